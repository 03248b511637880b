/// What the corpus pass reads and rewrites: the articles stored since the last pass, by site,
/// outlet names, the bodies it cleans again, and the alias links it unites entities by.
public protocol CorpusWorking: Sendable {
    /// What the corpus pass has still to read: the sites of articles stored (or renamed) since
    /// the last pass, up to a mark that ``finishCorpusWork(_:)`` clears them to. Articles stored
    /// meanwhile by another process stay pending for the next pass, so the mark must never cover
    /// an article that was not yet visible when the work was read (SQLite commits its integer
    /// keys in order; a store whose keys can commit out of order needs another mark).
    func pendingCorpusWork() throws -> CorpusWork

    /// Marks the articles of `work` as read by a corpus pass.
    func finishCorpusWork(_ work: CorpusWork) throws

    /// Visits the articles of these sites (see ``SiteBoilerplate/site(of:)``), one at a time.
    func forEachArticle(inSites sites: [String], _ body: (ProcessedArticle) throws -> Void) throws

    /// Replaces the body of stored articles — text, every layer, removed segments — keeping the rest.
    func replaceBodies(_ articles: [ProcessedArticle]) throws

    /// Up to `limit` articles whose layers were read by readers older than `version`, oldest first.
    func articleIDs(readBefore version: Int, limit: Int) throws -> [String]

    /// Every distinct outlet name in the corpus.
    func outletNames() throws -> [String]

    /// Renames outlet `name` to `newName`, as the outlet and as the republisher of every article.
    func renameOutlet(_ name: String, to newName: String) throws

    /// Every alias link the articles give, once each.
    func aliasLinks() throws -> [AliasLink]

    /// Sets the canonical entity of each id in `canonical` (ids not named keep theirs).
    func setCanonicalEntities(_ canonical: [EntityID: EntityID]) throws

    /// The canonical entity of every entity that has been merged into another.
    func canonicalEntities() throws -> [EntityID: EntityID]
}
