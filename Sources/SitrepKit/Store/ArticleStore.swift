/// Where processed articles live: SQLite by default, PostgreSQL for shared deployments.
///
///     let store = try SQLiteStore(path: "sitrep.sqlite")
///     let fresh = try store.storedHashes(among: hashes)   // skip what is already there
///     try store.save(processed)                           // one transaction per batch
///     try store.forEachArticle { print($0.article.title ?? "") }
///
/// Every implementation keeps the same schema and behaviour; the pipeline and the reports only
/// ever see this protocol.
public protocol ArticleStore: Sendable {
    /// The content hashes among `hashes` that are already stored.
    func storedHashes(among hashes: [String]) throws -> Set<String>

    /// Saves articles with all their annotations, in one transaction: each article is written
    /// whole or not at all; one already stored (same content hash) is skipped. Returns how many
    /// were new.
    @discardableResult
    func save(_ articles: [ProcessedArticle]) throws -> Int

    func articleCount() throws -> Int

    /// Visits every article in publication order (undated last), one at a time, so a report over
    /// a large corpus never holds it all in memory.
    func forEachArticle(_ body: (ProcessedArticle) throws -> Void) throws

    /// Visits the articles of these sites (see ``SiteBoilerplate/site(of:)``), one at a time.
    func forEachArticle(inSites sites: [String], _ body: (ProcessedArticle) throws -> Void) throws

    /// What the corpus pass has still to read: the sites of articles stored (or renamed) since
    /// the last pass, up to a mark that ``finishCorpusWork(_:)`` clears them to. Articles stored
    /// meanwhile by another process stay pending for the next pass, so the mark must never cover
    /// an article that was not yet visible when the work was read (SQLite commits its integer
    /// keys in order; a store whose keys can commit out of order needs another mark).
    func pendingCorpusWork() throws -> CorpusWork

    /// Marks the articles of `work` as read by a corpus pass.
    func finishCorpusWork(_ work: CorpusWork) throws

    /// Title, outlet and date of every article in publication order: enough for an index.
    func articleSummaries() throws -> [ArticleSummary]

    /// The articles with these ids (those that exist), in no particular order.
    func articles(withIDs ids: [String]) throws -> [ProcessedArticle]

    /// Replaces the body of stored articles — text, spans, removed segments — keeping the rest.
    func replaceBodies(_ articles: [ProcessedArticle]) throws

    /// Every distinct outlet name in the corpus.
    func outletNames() throws -> [String]

    /// Renames outlet `name` to `newName`, as the outlet and as the republisher of every article.
    func renameOutlet(_ name: String, to newName: String) throws

    /// Full-text search over titles and bodies, best matches first.
    func search(_ query: String, limit: Int) throws -> [SearchHit]
}

/// Articles a corpus pass has not read yet: their sites, and the store's mark for them.
public struct CorpusWork: Sendable, Equatable {
    /// The distinct sites of the pending articles (those without a site are simply cleared).
    public var sites: [String]
    /// The store's position up to which the pending articles are counted; nil when none are.
    public var mark: Int64?

    public init(sites: [String], mark: Int64?) {
        self.sites = sites
        self.mark = mark
    }

    public var isEmpty: Bool { mark == nil }
}

/// One article matching a search, with a snippet of the matching text.
public struct SearchHit: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    /// The best-matching stretch of the body, matched words between `[` and `]`.
    public var snippet: String
    public var score: Double

    /// The publication day, `YYYY-MM-DD`.
    public var day: String? { published.map { String($0.prefix(10)) } }
}

/// An article's identity and headline facts, without its text.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var source: String

    /// The publication day, `YYYY-MM-DD`.
    public var day: String? { published.map { String($0.prefix(10)) } }

    public init(id: String, title: String?, outlet: String?, published: String?, source: String) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.source = source
    }
}
