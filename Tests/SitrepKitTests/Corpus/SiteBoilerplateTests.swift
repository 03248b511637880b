import Foundation
import Testing
@testable import SitrepKit

@Suite struct SiteBoilerplateTests {
    static let standing = "Our reporters have covered the valley since 1901 and answer to readers alone."

    func line(_ n: Int, _ url: String, extra: String) -> String {
        let text = "Story \(n) says the river rose again overnight and crews reinforced the levee near mill \(n).\n\n\(extra)\n\nResidents of district \(n) were told to stay away from the banks until further notice."
        let object: [String: String] = ["url": url, "title": "Story \(n)", "text": text]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func aParagraphASiteRepeatsIsLearnedAndRemoved() throws {
        let directory = TemporaryDirectory()
        var lines = (1...4).map { line($0, "https://www.valley.example/news/\($0)", extra: Self.standing) }
        lines.append(line(9, "https://other.example/9", extra: Self.standing))
        directory.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let store = try SQLiteStore(path: directory.file("b.sqlite"))
        _ = try IngestJob().run([directory.file("feed.jsonl")], into: store)
        var bySite: [String: [ProcessedArticle]] = [:]
        try store.forEachArticle { bySite[SiteBoilerplate.site(of: $0) ?? "", default: []].append($0) }
        let valley = try #require(bySite["valley.example"])
        #expect(valley.count == 4)
        for processed in valley {
            #expect(!processed.article.text.contains("since 1901"))
            #expect(processed.removed.contains { $0.reason == .recurring })
            #expect(processed.article.paragraphs.count == 2)
            #expect(processed.article.sentences.count == 2)
        }
        // Another site printing the same words once has not earned them as boilerplate.
        #expect(bySite["other.example"]?.first?.article.text.contains("since 1901") == true)
        // Full-text search follows the cleaned text.
        #expect(try store.search("1901", limit: 10).count == 1)
    }

    @Test func articlesCleanedAgainAreReadAgainAndNoLayerPointsIntoTheOldText() throws {
        let directory = TemporaryDirectory()
        // The recurring paragraph comes first and holds a date, so every later offset moves.
        let standing = "Founded on 4 July 1901, the Valley Post answers to its readers alone."
        let lines = (1...4).map { n -> String in
            let text = "\(standing)\n\nCrews reinforced the levee near mill \(n) on 2 March 2024, officials said.\n\nThe river crested on 5 March 2024 at district \(n)."
            let object: [String: String] = ["url": "https://valley.example/\(n)", "title": "Levee \(n)", "text": text]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        directory.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let store = try SQLiteStore(path: directory.file("reread.sqlite"))
        _ = try IngestJob().run([directory.file("feed.jsonl")], into: store)
        var stored: [ProcessedArticle] = []
        try store.forEachArticle { stored.append($0) }
        #expect(stored.count == 4)
        for processed in stored {
            let a = processed.article
            #expect(!a.text.contains("1901"))
            // What the store holds is what reading the new text gives, and every span is inside it.
            #expect(a == ReadingStage.standard.read(a))
            #expect(a.layers.dates.map { String(a.text[$0.span]) } == ["2 March 2024", "5 March 2024"])
            let length = a.text.unicodeScalars.count
            #expect((a.sentences + a.layers.dates.map(\.span) + a.layers.quantities.map(\.span)).allSatisfy { $0.end <= length })
        }
        var dates: [DateRecord] = []
        try store.forEachDate { dates.append($0) }
        #expect(dates.count == 8)
        #expect(dates.allSatisfy { $0.position.text.hasSuffix("2024") })
    }

    @Test func whatWasLearnedStaysLearnedAcrossRuns() throws {
        let directory = TemporaryDirectory()
        let store = try SQLiteStore(path: directory.file("r.sqlite"))
        directory.write("first.jsonl", (1...3).map { line($0, "https://valley.example/\($0)", extra: Self.standing) }.joined(separator: "\n"))
        _ = try IngestJob().run([directory.file("first.jsonl")], into: store)
        // Later articles print the same line with other spacing.
        let spaced = Self.standing.replacingOccurrences(of: " since ", with: "  since ")
        directory.write("second.jsonl", (4...5).map { line($0, "https://valley.example/\($0)", extra: spaced) }.joined(separator: "\n"))
        _ = try IngestJob().run([directory.file("second.jsonl")], into: store)
        var texts: [String] = []
        try store.forEachArticle { texts.append($0.article.text) }
        #expect(texts.count == 5)
        #expect(texts.allSatisfy { !$0.contains("1901") })
    }

    @Test func aSiteIsTheRepublisherElseTheHostElseTheOutlet() {
        var processed = ProcessedArticle(article: Article(id: "a", contentHash: "a", source: "a.txt", format: .text,
                                                          url: "https://www.valley.example/a", outlet: "Valley Post", text: "x"),
                                         rawText: "x", removed: [])
        #expect(SiteBoilerplate.site(of: processed) == "valley.example")
        processed.republication = Republication(kind: .republished, by: "Harbour Times")
        #expect(SiteBoilerplate.site(of: processed) == "Harbour Times")
        processed.republication = nil
        processed.article.url = nil
        #expect(SiteBoilerplate.site(of: processed) == "Valley Post")
    }
}
