import Synchronization
import Foundation
import Testing
@testable import SitrepKit

@Suite struct SQLiteStoreTests {
    let directory = TemporaryDirectory()

    func processed(_ text: String, source: String = "a.txt") throws -> ProcessedArticle {
        try Pipeline().process(textDocument(text, source: source))
    }

    @Test func savesAnArticleWithItsSpansAndRemovedSegments() throws {
        let store = try SQLiteStore(path: directory.file("s.sqlite"))
        let original = try processed("Harbour Floods\n\nBy [Valley Post](#)\n\nThe harbour flooded on Monday after a storm surge. Boats were lost.")
        #expect(try store.save([original]) == 1)
        var loaded: [ProcessedArticle] = []
        try store.forEachArticle { loaded.append($0) }
        #expect(loaded == [original])
        #expect(loaded[0].article.sentences.count == 2)
        #expect(loaded[0].removed.contains { $0.reason == .byline })
    }

    @Test func savingTheSameContentTwiceIsANoOp() throws {
        let store = try SQLiteStore(path: directory.file("s.sqlite"))
        let article = try processed("Title Line\n\nA body sentence that is long enough to be prose, said officials.")
        #expect(try store.save([article]) == 1)
        #expect(try store.save([article]) == 0)
        #expect(try store.articleCount() == 1)
        #expect(try store.storedHashes(among: [article.article.contentHash, "other"]) == [article.article.contentHash])
    }

    @Test func reopeningKeepsEverything() throws {
        let path = directory.file("s.sqlite")
        let article = try processed("Title Line\n\nA body sentence that is long enough to be prose, said officials.")
        try SQLiteStore(path: path).save([article])
        #expect(try SQLiteStore(path: path).articleCount() == 1)
    }

    @Test func searchesStemmedWordsWithSnippets() throws {
        let store = try SQLiteStore(path: directory.file("s.sqlite"))
        try store.save([
            try processed("Ferry Service Resumes\n\nFerries resumed sailing to the islands on Tuesday after the storm passed.", source: "a.txt"),
            try processed("Schools Reopen\n\nSchools in the valley reopened on Wednesday, the education office said.", source: "b.txt"),
        ])
        let hits = try store.search("ferry sailings", limit: 5)
        #expect(hits.map(\.title) == ["Ferry Service Resumes"])
        #expect(hits[0].marked(open: "[", close: "]").contains("[Ferries]"))
        #expect(!hits[0].snippet.contains("["))
        #expect(try store.search("\"unbalanced quote AND (", limit: 5).isEmpty)
    }

    @Test func articlesComeInPublicationOrderUndatedLast() throws {
        let store = try SQLiteStore(path: directory.file("s.sqlite"))
        try store.save([
            try processed("Later Story\nValley Post, May 09, 2021\n\nSomething happened later in the week, the officials said today.", source: "late.txt"),
            try processed("Undated Story\n\nSomething happened at some point, the officials said on the radio.", source: "none.txt"),
            try processed("Earlier Story\nValley Post, May 02, 2021\n\nSomething happened early in the month, the officials said today.", source: "early.txt"),
        ])
        #expect(try store.articleSummaries().map(\.title) == ["Earlier Story", "Later Story", "Undated Story"])
    }

    @Test func manyOpeningANewFileAtOnceAllSucceed() throws {
        // Each store is its own set of connections, as another process's would be: they race to
        // create the schema, and none may fail for it.
        for round in 0..<8 {
            let path = directory.file("race\(round).sqlite")
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do {
                    let store = try SQLiteStore(path: path)
                    _ = try store.articleCount()
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            #expect(failures.withLock { $0 } == [], "round \(round)")
        }
    }

    @Test func anUnopenableDatabaseIsAClearError() {
        #expect {
            try SQLiteStore(path: directory.file("no/such/dir/s.sqlite"))
        } throws: { error in
            "\(error)".contains("no/such/dir/s.sqlite: cannot open the database")
        }
    }
}
