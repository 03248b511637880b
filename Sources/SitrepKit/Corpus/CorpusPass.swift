/// What is learned from the corpus as a whole once its articles are stored: boilerplate a site
/// repeats across its articles (which is then cleaned out of them and the articles read again),
/// outlets named by initials in one article and in full in another, and entities that articles
/// name as aliases of each other; then the stories the new articles join (``StoryPass``).
/// Cross-source findings come here next.
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

    /// The wall time of each step of a pass.
    public struct Timings: Sendable {
        public var sites: Duration = .zero
        public var readAgain: Duration = .zero
        public var entities: Duration = .zero
        public var stories: Duration = .zero
        public var total: Duration { sites + readAgain + entities + stories }
    }

    @discardableResult
    public func run(on store: any ArticleStore) throws -> Timings {
        var timings = Timings()
        let clock = ContinuousClock()
        timings.sites = try clock.measure {
            if !(try store.pendingCorpusWork()).isEmpty {
                // Renaming first: a site named by an outlet's initials is read under its full name.
                for (acronym, name) in OutletAliases.expansions(of: try store.outletNames()) {
                    try store.renameOutlet(acronym, to: name)
                }
                let work = try store.pendingCorpusWork()
                try removeSiteBoilerplate(in: store, sites: work.sites)
                try store.finishCorpusWork(work)
            }
        }
        timings.readAgain = try clock.measure { try readAgain(in: store) }
        timings.entities = try clock.measure { try linkEntities(in: store) }
        timings.stories = try clock.measure { try StoryPass().run(on: store) }
        return timings
    }

    /// Reads again every article read by older readers (all of them, after an upgrade that
    /// changed what the readers find), in chunks. The clean text stays as it is.
    private func readAgain(in store: any ArticleStore) throws {
        while true {
            let ids = try store.articleIDs(readBefore: ReadingStage.version, limit: 256)
            let stale = try store.articles(withIDs: ids)
            guard !stale.isEmpty else { return }
            try store.replaceBodies(stale.map { processed in
                var read = processed
                read.article = pipeline.reading.read(processed.article, setAside: processed.removed.setAside)
                read.readVersion = ReadingStage.version
                return read
            })
        }
    }

    /// Unites the entities every article's alias links name, and moves only the ids whose
    /// canonical entity changed.
    private func linkEntities(in store: any ArticleStore) throws {
        let wanted = EntityLinker().canonical(for: try store.aliasLinks())
        let current = try store.canonicalEntities()
        var changes: [EntityID: EntityID] = [:]
        for (id, target) in wanted where current[id] != target { changes[id] = target }
        // An id no longer linked (its article was cleaned again) is its own entity once more.
        for id in current.keys where wanted[id] == nil { changes[id] = id }
        try store.setCanonicalEntities(changes)
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
