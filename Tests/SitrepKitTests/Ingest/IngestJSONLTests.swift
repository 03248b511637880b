import Foundation
import Testing
@testable import SitrepKit

@Suite struct IngestJSONLTests {
    private static let lines = [
        #"{"url": "https://news.example/a", "title": "Corridors open", "html": "<html><body><p>Buses left.</p></body></html>", "published": "2016-12-15", "outlet": "Example News", "author": "A. Writer", "language": "en"}"#,
        #"{"url": "https://news.example/b", "text": "Talks resumed in Geneva.\nMore to follow.", "date": "2016-12-16T10:00:00Z", "source": {"id": "x", "name": "Wire"}, "byline": ["B. One", "C. Two"]}"#,
        "",
        #"not json at all"#,
        #"{"title": "Only a title", "url": "https://news.example/c"}"#,
        #"{"content": "<div><p>From a content field</p><p>Second</p><span>x</span></div>", "lang": "fr"}"#,
    ]

    @Test func readsGoodLinesAndReportsBadOnesByLineNumber() {
        let folder = TemporaryDirectory()
        let path = folder.write("articles.jsonl", Self.lines.joined(separator: "\n") + "\n")
        let run = ingest(path)

        #expect(run.documents.map(\.source) == ["\(path):line 1", "\(path):line 2", "\(path):line 6"])
        #expect(run.documents.map(\.format) == [.html, .text, .html])
        #expect(run.payloads[1] == "Talks resumed in Geneva.\nMore to follow.")

        let first = run.documents[0].hints
        #expect(first == SourceDocument.Hints(url: "https://news.example/a", title: "Corridors open", outlet: "Example News",
                                              byline: "A. Writer", published: "2016-12-15", language: "en"))
        let second = run.documents[1].hints
        #expect(second.outlet == "Wire")
        #expect(second.byline == "B. One, C. Two")
        #expect(second.published == "2016-12-16T10:00:00Z")
        #expect(run.documents[2].hints.language == "fr")

        #expect(run.failures.map(\.location) == ["line 4", "line 5"])
        #expect(run.failures[0].reason.hasPrefix("not JSON ("))
        #expect(run.failures[1].reason == "no html or text field")
    }

    @Test func skipsALineOverTheLimitAndGoesOn() {
        let folder = TemporaryDirectory()
        let long = #"{"text": ""# + String(repeating: "x", count: 300_000) + #""}"#
        let path = folder.write("mixed.jsonl", [Self.lines[1], long, Self.lines[1]].joined(separator: "\n"))
        let run = ingest(path, with: Ingestor(maxDocumentBytes: 100_000))
        #expect(run.documents.map(\.source) == ["\(path):line 1", "\(path):line 3"])
        #expect(run.failures.map(\.description) == ["\(path): line 2: line is 293.0 KB, over the 97.7 KB limit"])
    }

    @Test func readsGzippedJSONLAndKeepsLinesBeforeATruncation() {
        let folder = TemporaryDirectory()
        let many = (1...400).map { #"{"text": "Article number \#($0) about the ceasefire talks."}"# }.joined(separator: "\n")
        let compressed = Gzip.compress(Array(many.utf8))
        let whole = ingest(folder.write("a.jsonl.gz", compressed))
        #expect(whole.documents.count == 400)
        #expect(whole.failures.isEmpty)

        let cut = ingest(folder.write("cut.jsonl.gz", Array(compressed.prefix(compressed.count * 2 / 3))))
        #expect(cut.documents.count > 10 && cut.documents.count < 400)
        #expect(cut.failures.count == 1)
        #expect(cut.failures.first?.reason == "truncated gzip stream")
        #expect(cut.documents.allSatisfy { String(decoding: $0.payload, as: UTF8.self).hasSuffix("talks.") })
    }

    @Test func aFirstLineThatIsNotAnObjectIsNotJSONL() {
        let folder = TemporaryDirectory()
        let run = ingest(folder.write("braces.txt", "{ a note }\nwith words\n"))
        #expect(run.documents.first?.format == .text)
    }

    @Test func aBadFirstLineDoesNotHideTheGoodOnes() {
        let directory = TemporaryDirectory()
        let path = directory.write("feed.jsonl", "{\"text\": a}\n{\"text\": \"One article.\"}\n{\"text\": \"Another.\"}\n")
        let run = ingest(path)
        #expect(run.documents.count == 2)
        #expect(run.failures.map(\.location) == ["line 1"])
    }
}
