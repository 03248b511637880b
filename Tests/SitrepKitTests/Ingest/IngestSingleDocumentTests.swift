import Foundation
import Testing
@testable import SitrepKit

@Suite struct IngestSingleDocumentTests {
    @Test func readsOneDocumentPerFileWithItsFormat() {
        let folder = TemporaryDirectory()
        let html = folder.write("page.html", WARCFixture.page("Siege"))
        let text = folder.write("note.txt", "Aleppo, December 2016.\n\nBy [Outlet](#)\n")
        let markdown = folder.write("notes.md", "Evacuation buses left at dawn.\n")
        let markdownByContent = folder.write("report.txt", "# Report\n\n- one\n- [two](https://example.org)\n")

        let cases: [(String, DocumentFormat)] = [(html, .html), (text, .text), (markdown, .markdown), (markdownByContent, .markdown)]
        for (path, format) in cases {
            let run = ingest(path)
            #expect(run.failures.isEmpty, "\(path): \(run.failures)")
            #expect(run.documents.count == 1)
            #expect(run.documents.first?.format == format, "\(path)")
            #expect(run.documents.first?.source == path)
            #expect(run.documents.first?.payload == Array(try! String(contentsOfFile: path, encoding: .utf8).utf8))
        }
    }

    @Test func payloadIsKeptByteForByteEvenWhenNotUTF8() {
        let folder = TemporaryDirectory()
        let latin1: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" in Halab.\n".utf8)
        let run = ingest(folder.write("latin1.txt", latin1))
        #expect(run.documents.first?.payload == latin1)
    }

    @Test func gunzipsWhateverTheName() {
        let folder = TemporaryDirectory()
        let page = Array(WARCFixture.page("Compressed").utf8)
        let run = ingest(folder.write("page.html.gz", Gzip.compress(page)))
        #expect(run.failures.isEmpty)
        #expect(run.documents.first?.payload == page)
        #expect(run.documents.first?.format == .html)
        let disguised = ingest(folder.write("looks-plain.txt", Gzip.compress(page)))
        #expect(disguised.documents.first?.format == .html)
        let markdown = ingest(folder.write("notes.md.gz", Gzip.compress(Array("Some notes.\n".utf8))))
        #expect(markdown.documents.first?.format == .markdown)
    }

    @Test func reportsEmptyAndBinaryFiles() {
        let folder = TemporaryDirectory()
        let empty = ingest(folder.write("empty.html", ""))
        #expect(empty.documents.isEmpty)
        #expect(empty.failures.map(\.description) == ["\(folder.path)/empty.html: empty file"])
        let blank = ingest(folder.write("blank.txt", " \n\n\t \n"))
        #expect(blank.failures.first?.reason == "empty file")

        var generator = SystemRandomNumberGenerator()
        var noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        noise[100] = 0
        let binary = ingest(folder.write("noise.bin", noise))
        #expect(binary.documents.isEmpty)
        #expect(binary.failures.first?.reason == "binary file (not HTML, text, JSONL, WARC or a feed)")
    }

    @Test func readsUTF16PagesAndPagesWithAStrayNUL() throws {
        let folder = TemporaryDirectory()
        let paragraph = "<p>The river rose overnight and crews reinforced the levee near the old mill, officials said.</p>"
        let page = "<!doctype html><html><body><article>" + String(repeating: paragraph, count: 12) + "</article></body></html>"
        let utf16 = folder.write("wide.html", [0xFF, 0xFE] + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let stray = folder.write("stray.html", Array(page.utf8.prefix(400)) + [0] + Array(page.utf8.dropFirst(400)))
        for path in [utf16, stray] {
            let run = ingest(path)
            #expect(run.failures.isEmpty, "\(run.failures)")
            let document = try #require(run.documents.first)
            #expect(document.format == .html)
            let text = try Pipeline().process(document).article.text
            #expect(text.contains("crews reinforced the levee"))
            #expect(!text.contains("\u{0}"))
        }
    }

    @Test func reportsTruncatedGzip() {
        let folder = TemporaryDirectory()
        let text = (0..<3000).map { "Line \($0) of a long dispatch about the evacuation corridors.\n" }.joined()
        let compressed = Gzip.compress(Array(text.utf8))
        let run = ingest(folder.write("cut.txt.gz", Array(compressed.prefix(compressed.count / 2))))
        #expect(run.documents.isEmpty)
        #expect(run.failures.count == 1)
        #expect(run.failures.first?.reason == "truncated gzip stream")
    }

    @Test func refusesADocumentOverTheLimitWithoutReadingIt() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("big.html", String(repeating: "<p>filler paragraph</p>\n", count: 500))
        // Sparse: 50 MB on paper, nothing on disk, and nothing in memory unless the reader reads it.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()

        let run = ingest(path)
        // Bytes read: a buffer's worth for sniffing the format, not the 50 MB.
        #expect(try #require(run.progress.last) < 1 << 20)
        #expect(run.documents.isEmpty)
        #expect(run.failures.map(\.description) == ["\(path): document is 50.0 MB, over the 16.0 MB limit"])
    }

    @Test func refusesAStreamedDocumentOverTheLimit() {
        let folder = TemporaryDirectory()
        let text = String(repeating: "A sentence of a long article.\n", count: 2000)
        let run = ingest(folder.write("long.txt.gz", Gzip.compress(Array(text.utf8))), with: Ingestor(maxDocumentBytes: 10_000))
        #expect(run.documents.isEmpty)
        #expect(run.failures.first?.reason == "document is over the 9.8 KB limit")
    }

    @Test func reportsUnreadableInputsWithTheSystemsReason() {
        let folder = TemporaryDirectory()
        let missing = ingest(folder.path + "/gone.html")
        #expect(missing.failures.first?.reason == "no such file or directory")
        let directory = ingest(folder.path)
        #expect(directory.failures.first?.reason == "is a directory")
    }

    @Test func reportsProgressInInputBytes() {
        let folder = TemporaryDirectory()
        let page = Array(WARCFixture.page("Progress").utf8)
        let compressed = Gzip.compress(page)
        let run = ingest(folder.write("p.html.gz", compressed))
        #expect(run.progress.last == compressed.count)
    }
}
