import Testing
@testable import SitrepKit

/// Stored articles grouped with their copies, as `sitrep duplicates` lists them.
@Suite struct NearDuplicateArticlesTests {
    let directory = TemporaryDirectory()

    private func article(_ seed: UInt64, source: String, dateline: String = "") throws -> Article {
        let body = NearDuplicateTests.text(seed: seed)
        return try Pipeline().process(textDocument("Harbour Report\n\(dateline)\n\n\(body).", source: source)).article
    }

    @Test func groupsCopiesInTheOrderTheyCameAndLeavesStrangersOut() throws {
        var found = NearDuplicateArticles(threshold: 0.5)
        for (seed, source) in [(1, "first.txt"), (2, "stranger.txt"), (1, "copy.txt")] as [(UInt64, String)] {
            found.add(try article(seed, source: source))
        }
        #expect(found.articles.map(\.source) == ["first.txt", "stranger.txt", "copy.txt"])
        #expect(found.groups().map { $0.map(\.source) } == [["first.txt", "copy.txt"]])
    }

    @Test func aSummaryCarriesTheDayNotTheMoment() throws {
        var found = NearDuplicateArticles()
        var dated = try article(3, source: "a.txt")
        dated.published = PublicationDate(value: "2021-05-02T10:30:00Z", source: .meta, reliable: true)
        found.add(dated)
        #expect(found.articles.first?.published == "2021-05-02")
        #expect(found.articles.first?.id == dated.id)
    }

    @Test func fromAStoreTheEarliestCopyComesFirst() throws {
        let store = try SQLiteStore(path: directory.file("s.sqlite"))
        // Saved latest first: the store's publication order decides.
        let later = try Pipeline().process(textDocument("Harbour Report\nValley Post, May 09, 2021\n\n\(NearDuplicateTests.text(seed: 4)).", source: "later.txt"))
        let earlier = try Pipeline().process(textDocument("Harbour Report\nHarbour Times, May 02, 2021\n\n\(NearDuplicateTests.text(seed: 4)).", source: "earlier.txt"))
        try store.save([later, earlier])
        let found = try NearDuplicateArticles(store: store)
        #expect(found.groups().map { $0.map(\.source) } == [["earlier.txt", "later.txt"]])
        #expect(found.groups().first?.map(\.published) == ["2021-05-02", "2021-05-09"])
    }

    @Test func anEmptyStoreHasNoGroups() throws {
        let found = try NearDuplicateArticles(store: SQLiteStore(path: directory.file("empty.sqlite")))
        #expect(found.articles.isEmpty && found.groups().isEmpty)
    }
}
