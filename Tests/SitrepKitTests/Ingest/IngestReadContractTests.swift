import Foundation
import Testing
@testable import SitrepKit

/// What every caller of `Ingestor.read` relies on, whatever the format.
@Suite struct IngestReadContractTests {
    private struct StoreFull: Error {}

    @Test func anErrorFromTheDocumentHandlerStopsReadingAndPropagates() {
        let folder = TemporaryDirectory()
        let path = folder.write("three.jsonl", (1...3).map { #"{"text": "Article \#($0)"}"# }.joined(separator: "\n"))
        var delivered = 0
        #expect(throws: StoreFull.self) {
            try Ingestor().read(InputFile(path: path), document: { _ in
                delivered += 1
                if delivered == 2 { throw StoreFull() }
            }, failure: { _ in })
        }
        #expect(delivered == 2)
    }

    @Test func readsANamedPipeWithoutKnowingItsSize() throws {
        let folder = TemporaryDirectory()
        let path = folder.path + "/pipe"
        try #require(mkfifo(path, 0o600) == 0)
        let lines = (1...500).map { #"{"url": "https://p.example/\#($0)", "text": "Piped article \#($0)."}"# }
        let content = Data((lines.joined(separator: "\n") + "\n").utf8)
        let writer = Thread {
            // Opening a FIFO for writing blocks until the reader opens it.
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.write(content)
            try? handle.close()
        }
        writer.start()
        let plan = Ingestor().plan([path])
        #expect(plan.files == [InputFile(path: path, size: nil)])
        let run = ingest(path)
        #expect(run.failures.isEmpty)
        #expect(run.documents.count == 500)
        #expect(run.documents.last?.source == "\(path):line 500")
        #expect(run.progress.last == content.count)
    }

    @Test func toleratesCRLFAndBlankLinesInJSONL() {
        let folder = TemporaryDirectory()
        let path = folder.write("crlf.jsonl", "\u{FEFF}{\"text\": \"one\"}\r\n\r\n   \r\n{\"text\": \"two\"}\r\n")
        let run = ingest(path)
        #expect(run.failures.isEmpty)
        #expect(run.payloads == ["one", "two"])
        #expect(run.documents.map(\.source) == ["\(path):line 1", "\(path):line 4"])
    }

    @Test func refusesXMLThatIsNotAFeed() {
        let folder = TemporaryDirectory()
        let sitemap = #"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc></url></urlset>"#
        let run = ingest(folder.write("sitemap.xml", sitemap))
        #expect(run.documents.isEmpty)
        #expect(run.failures.first?.reason == "XML, but not an RSS or Atom feed nor XHTML")
    }

    @Test func refusesAJSONDocumentThatIsNotJSONLines() {
        let folder = TemporaryDirectory()
        let run = ingest(folder.write("export.json", "{\n  \"articleBody\": \"Text\",\n  \"url\": \"https://a.example\"\n}\n"))
        #expect(run.documents.isEmpty)
        #expect(run.failures.first?.reason == "JSON, but not JSON Lines (one article object per line)")
        let array = ingest(folder.write("export2.json", "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n]"))
        #expect(array.failures.count == 1)
    }
}
