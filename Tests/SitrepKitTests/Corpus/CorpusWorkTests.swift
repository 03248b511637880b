import Foundation
import GRDB
import Synchronization
import Testing
@testable import SitrepKit

/// The corpus pass reads only what came in since the last one: the store keeps each article's
/// site and whether a pass has read it.
@Suite struct CorpusWorkTests {
    let directory = TemporaryDirectory()
    static let standing = SiteBoilerplateTests.standing

    private func article(_ n: Int, site: String, extra: String = standing) throws -> ProcessedArticle {
        let text = "Story \(n) says the river rose again overnight and crews reinforced the levee near mill \(n).\n\n\(extra)\n\nResidents of district \(n) were told to stay away from the banks until further notice."
        var document = textDocument(text, source: "\(site)-\(n).txt")
        document.hints.url = "https://\(site)/news/\(n)"
        return try Pipeline().process(document)
    }

    @Test func pendingWorkNamesTheSitesStoredSinceTheLastPass() throws {
        let store = try SQLiteStore(path: directory.file("w.sqlite"))
        #expect(try store.pendingCorpusWork().isEmpty)
        try store.save([try article(1, site: "valley.example"), try article(2, site: "harbour.example")])
        let first = try store.pendingCorpusWork()
        #expect(first.sites == ["harbour.example", "valley.example"])
        // Stored after the work was read: stays pending when that work is finished.
        try store.save([try article(3, site: "valley.example")])
        try store.finishCorpusWork(first)
        #expect(try store.pendingCorpusWork().sites == ["valley.example"])
        var read: [String] = []
        try store.forEachArticle(inSites: ["valley.example"]) { read.append($0.article.source) }
        #expect(read == ["valley.example-1.txt", "valley.example-3.txt"])
        try store.finishCorpusWork(try store.pendingCorpusWork())
        #expect(try store.pendingCorpusWork().isEmpty)
    }

    @Test func aRenamedSiteIsReadAgainUnderItsNewName() throws {
        let store = try SQLiteStore(path: directory.file("r.sqlite"))
        var copy = try article(1, site: "valley.example")
        copy.republication = Republication(kind: .republished, by: "VP")
        try store.save([copy])
        try store.finishCorpusWork(try store.pendingCorpusWork())
        try store.renameOutlet("VP", to: "Valley Post")
        #expect(try store.pendingCorpusWork().sites == ["Valley Post"])
    }

    @Test func finishingWorkLeavesArticlesRenamedMeanwhilePending() throws {
        let store = try SQLiteStore(path: directory.file("m.sqlite"))
        var copy = try article(1, site: "valley.example")
        copy.republication = Republication(kind: .republished, by: "VP")
        try store.save([copy])
        try store.finishCorpusWork(try store.pendingCorpusWork())
        try store.save([try article(2, site: "harbour.example")])
        let work = try store.pendingCorpusWork()
        #expect(work.sites == ["harbour.example"])
        // Another process renames the outlet while this pass works.
        try store.renameOutlet("VP", to: "Valley Post")
        try store.finishCorpusWork(work)
        #expect(try store.pendingCorpusWork().sites == ["Valley Post"])
    }

    @Test func markingArticlesReadDoesNotReindexTheirText() throws {
        let path = directory.file("f.sqlite")
        let store = try SQLiteStore(path: path)
        try store.save(try (1...20).map { try article($0, site: "valley.example") })
        func indexRows() throws -> Int {
            try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article_fts_data") ?? 0 }
        }
        let before = try indexRows()
        try store.finishCorpusWork(try store.pendingCorpusWork())
        try store.renameOutlet("nobody", to: "no one")
        #expect(try indexRows() == before)
        #expect(try store.search("levee", limit: 50).count == 20)
    }

    @Test func aKilledRunsArticlesAreCleanedByTheNextRun() throws {
        // Saved without a corpus pass, as a run killed after its last batch leaves them.
        let store = try SQLiteStore(path: directory.file("k.sqlite"))
        try store.save(try (1...4).map { try article($0, site: "valley.example") })
        directory.write("empty.jsonl", "")
        _ = try IngestJob().run([directory.file("empty.jsonl")], into: store)
        var texts: [String] = []
        try store.forEachArticle { texts.append($0.article.text) }
        #expect(texts.count == 4)
        #expect(texts.allSatisfy { !$0.contains("since 1901") })
        #expect(try store.pendingCorpusWork().isEmpty)
    }

    @Test func aPassReadsOnlyTheSitesThatChanged() throws {
        let store = RecordingStore(try SQLiteStore(path: directory.file("s.sqlite")))
        try store.save(try (1...3).map { try article($0, site: "harbour.example") })
        try CorpusPass().run(on: store)
        #expect(store.sitesRead.withLock { $0 } == [["harbour.example"], ["harbour.example"]])
        store.sitesRead.withLock { $0 = [] }
        try store.save([try article(4, site: "valley.example")])
        try CorpusPass().run(on: store)
        // Valley alone is read (no boilerplate learned there, so once); Harbour is not read again.
        #expect(store.sitesRead.withLock { $0 } == [["valley.example"]])
        #expect(store.wholeCorpusReads.withLock { $0 } == 0)
        // Nothing new: the pass reads nothing at all.
        store.sitesRead.withLock { $0 = [] }
        try CorpusPass().run(on: store)
        #expect(store.sitesRead.withLock { $0 } == [])
    }

    @Test func upgradingAVersion2StoreGivesEveryArticleItsSiteAndOnePass() throws {
        let path = directory.file("v2.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v2: the copy's kind and date beside the republisher")
        try queue.write { db in
            for (n, url, republisher) in [(1, "https://www.valley.example/a", nil), (2, "https://harbour.example/b", "Valley Post")] as [(Int, String, String?)] {
                try db.execute(sql: """
                    INSERT INTO article (id, content_hash, source, format, url, republisher, text, raw_text, ingested_at)
                    VALUES (?, ?, ?, 'text', ?, ?, 'x', 'x', '2026-01-01')
                    """, arguments: ["id\(n)", "hash\(n)", "s\(n).txt", url, republisher])
            }
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try store.pendingCorpusWork().sites == ["Valley Post", "valley.example"])
    }
}

/// A store that records which sites a corpus pass reads, and forwards everything.
private final class RecordingStore: ArticleStore {
    let inner: SQLiteStore
    let sitesRead = Mutex<[[String]]>([])
    let wholeCorpusReads = Mutex(0)

    init(_ inner: SQLiteStore) { self.inner = inner }

    func storedHashes(among hashes: [String]) throws -> Set<String> { try inner.storedHashes(among: hashes) }
    func save(_ articles: [ProcessedArticle]) throws -> Int { try inner.save(articles) }
    func articleCount() throws -> Int { try inner.articleCount() }
    func forEachArticle(_ body: (ProcessedArticle) throws -> Void) throws {
        wholeCorpusReads.withLock { $0 += 1 }
        try inner.forEachArticle(body)
    }
    func forEachArticle(inSites sites: [String], _ body: (ProcessedArticle) throws -> Void) throws {
        sitesRead.withLock { $0.append(sites) }
        try inner.forEachArticle(inSites: sites, body)
    }
    func pendingCorpusWork() throws -> CorpusWork { try inner.pendingCorpusWork() }
    func finishCorpusWork(_ work: CorpusWork) throws { try inner.finishCorpusWork(work) }
    func articleSummaries() throws -> [ArticleSummary] { try inner.articleSummaries() }
    func articles(withIDs ids: [String]) throws -> [ProcessedArticle] { try inner.articles(withIDs: ids) }
    func replaceBodies(_ articles: [ProcessedArticle]) throws { try inner.replaceBodies(articles) }
    func outletNames() throws -> [String] { try inner.outletNames() }
    func renameOutlet(_ name: String, to newName: String) throws { try inner.renameOutlet(name, to: newName) }
    func search(_ query: String, limit: Int) throws -> [SearchHit] { try inner.search(query, limit: limit) }
    func articleSummaries(matching filter: ArticleFilter, page: Page) throws -> [ArticleSummary] {
        try inner.articleSummaries(matching: filter, page: page)
    }
    func articleIDs(readBefore version: Int, limit: Int) throws -> [String] { try inner.articleIDs(readBefore: version, limit: limit) }
    func aliasLinks() throws -> [AliasLink] { try inner.aliasLinks() }
    func setCanonicalEntities(_ canonical: [EntityID: EntityID]) throws { try inner.setCanonicalEntities(canonical) }
    func canonicalEntities() throws -> [EntityID: EntityID] { try inner.canonicalEntities() }
    func forEachEntity(_ body: (EntityRecord) throws -> Void) throws { try inner.forEachEntity(body) }
    func forEachMention(_ body: (MentionRecord) throws -> Void) throws { try inner.forEachMention(body) }
    func forEachDate(_ body: (DateRecord) throws -> Void) throws { try inner.forEachDate(body) }
    func forEachQuantity(_ body: (QuantityRecord) throws -> Void) throws { try inner.forEachQuantity(body) }
    func forEachEvent(_ body: (EventRecord) throws -> Void) throws { try inner.forEachEvent(body) }
    func forEachClaim(_ body: (ClaimRecord) throws -> Void) throws { try inner.forEachClaim(body) }
    func articleIDsWithoutStory() throws -> [String] { try inner.articleIDsWithoutStory() }
    func openStories(since day: String?) throws -> (stories: [StoryClusterer.Story], segmentCount: Int) {
        try inner.openStories(since: day)
    }
    func storyTermCounts(_ terms: Set<String>) throws -> [String: Int] { try inner.storyTermCounts(terms) }
    func saveStories(_ clusterer: StoryClusterer) throws { try inner.saveStories(clusterer) }
    func forEachStory(_ body: (StoryRecord) throws -> Void) throws { try inner.forEachStory(body) }
    func measuredFigures(inArticles articles: [String]) throws -> [MeasuredFigureRecord] { try inner.measuredFigures(inArticles: articles) }
}
