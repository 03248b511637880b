/// What is learned from the corpus as a whole once its articles are stored: boilerplate a site
/// repeats across its articles (which is then cleaned out of them), and outlets named by initials
/// in one article and in full in another. Story clusters and cross-source findings come here next.
///
///     try CorpusPass().run(on: store)
///
/// A pass reads only the sites of articles stored since the last one
/// (``ArticleStore/pendingCorpusWork()``), so its cost follows what came in, not the size of the
/// store; a run killed before its pass leaves its articles pending for the next. Each site is read
/// three times (learn, find the articles to clean again, clean them), one article or one chunk of
/// articles at a time.
public struct CorpusPass: Sendable {
    public var pipeline = Pipeline()

    public init() {}

    public func run(on store: any ArticleStore) throws {
        guard !(try store.pendingCorpusWork()).isEmpty else { return }
        // Renaming first: a site named by an outlet's initials is read under its full name.
        for (acronym, name) in OutletAliases.expansions(of: try store.outletNames()) {
            try store.renameOutlet(acronym, to: name)
        }
        let work = try store.pendingCorpusWork()
        try removeSiteBoilerplate(in: store, sites: work.sites)
        try store.finishCorpusWork(work)
    }

    private func removeSiteBoilerplate(in store: any ArticleStore, sites: [String]) throws {
        guard !sites.isEmpty else { return }
        var learner = SiteBoilerplate()
        try store.forEachArticle(inSites: sites) { learner.observe($0) }
        let recurring = learner.recurringParagraphs()
        guard !recurring.isEmpty else { return }
        var affected: [String] = []
        try store.forEachArticle(inSites: sites.filter { recurring[$0] != nil }) { processed in
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
