/// What is learned from the corpus as a whole once its articles are stored: boilerplate a site
/// repeats across its articles (which is then cleaned out of them), and outlets named by initials
/// in one article and in full in another. Story clusters and cross-source findings come here next.
///
///     try CorpusPass().run(on: store)
///
/// It reads the corpus three times (learn, find the articles to clean again, clean them), one
/// article or one chunk of articles at a time.
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
        let recurring = learner.recurringParagraphs()
        guard !recurring.isEmpty else { return }
        var affected: [String] = []
        try store.forEachArticle { processed in
            guard let site = SiteBoilerplate.site(of: processed), let hashes = recurring[site],
                  !SiteBoilerplate.recurring(in: processed, hashes).isEmpty else { return }
            affected.append(processed.article.id)
        }
        // In chunks, so a site with many affected articles never holds them all at once.
        for start in stride(from: 0, to: affected.count, by: 256) {
            let chunk = try store.articles(withIDs: Array(affected[start..<min(start + 256, affected.count)]))
            try store.replaceBodies(chunk.map { processed in
                let lines = SiteBoilerplate.site(of: processed).flatMap { recurring[$0] }
                    .map { SiteBoilerplate.recurring(in: processed, $0) } ?? []
                return pipeline.reclean(processed, recurringLines: lines)
            })
        }
    }
}
