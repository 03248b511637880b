/// What is learned from the corpus as a whole once its articles are stored: boilerplate a site
/// repeats across its articles (which is then cleaned out of them), and outlets named by initials
/// in one article and in full in another. Story clusters and cross-source findings come here next.
///
///     try CorpusPass().run(on: store)
///
/// It reads the corpus twice (learn, then apply), one article at a time.
public struct CorpusPass: Sendable {
    public var pipeline = Pipeline()

    public init() {}

    public func run(on store: any ArticleStore) throws {
        try removeSiteBoilerplate(in: store)
        for (acronym, name) in OutletAliases.expansions(of: try store.outletNames()) {
            try store.renameOutlet(acronym, to: name)
        }
    }

    private func removeSiteBoilerplate(in store: any ArticleStore) throws {
        var learner = SiteBoilerplate()
        try store.forEachArticle { learner.observe($0) }
        let recurring = learner.recurringLines()
        guard !recurring.isEmpty else { return }
        var updated: [ProcessedArticle] = []
        try store.forEachArticle { processed in
            guard let site = SiteBoilerplate.site(of: processed), let lines = recurring[site],
                  processed.article.paragraphs.contains(where: { lines.contains(String(processed.article.text[$0])) })
            else { return }
            updated.append(pipeline.reclean(processed, recurringLines: lines))
        }
        try store.replaceBodies(updated)
    }
}
