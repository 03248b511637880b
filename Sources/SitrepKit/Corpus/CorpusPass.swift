/// What is learned from the corpus as a whole once its articles are stored: for now, outlets named
/// by initials in one article and in full in another. (Boilerplate learned across an outlet's
/// articles, story clusters and cross-source findings come here next.)
///
///     try CorpusPass().run(on: store)
public struct CorpusPass: Sendable {
    public init() {}

    public func run(on store: any ArticleStore) throws {
        for (acronym, name) in OutletAliases.expansions(of: try store.outletNames()) {
            try store.renameOutlet(acronym, to: name)
        }
    }
}
