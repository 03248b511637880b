import Foundation
import Testing
@testable import SitrepKit

/// Hostile input: each bad file or record is a one-line error naming it; the rest goes in.
@Suite struct BadInputTests {
    let directory = TemporaryDirectory()
    static let good = "Levee Watch\n\nThe river rose two metres overnight and officials ordered families to leave their homes.\n"

    func ingest(_ paths: [String]) throws -> (IngestSummary, Int) {
        let store = try SQLiteStore(path: directory.file("db.sqlite"))
        let summary = try IngestJob().run(paths, into: store)
        return (summary, try store.articleCount())
    }

    func failure(_ summary: IngestSummary, naming file: String) -> IngestError? {
        summary.failures.first { $0.source.hasSuffix(file) }
    }

    @Test func eachBadFileIsNamedAndTheRestIsIngested() throws {
        directory.write("in/good.txt", Self.good)
        directory.write("in/empty.txt", "")
        directory.write("in/binary.dat", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })
        directory.write("in/latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait, the menu said, and nothing else at all.\n".utf8))
        let whole = Gzip.compress(Array((Self.good + String(repeating: "More words in the story go here. ", count: 400)).utf8))
        directory.write("in/cut.txt.gz", Array(whole.prefix(whole.count / 2)))
        directory.write("in/lines.jsonl", "{\"title\": \"Ok\", \"text\": \"\(Self.good.replacingOccurrences(of: "\n", with: " "))\"}\nnot json at all\n")
        let (summary, count) = try ingest([directory.file("in")])

        #expect(count == 2)  // good.txt and the good JSONL line
        #expect(failure(summary, naming: "empty.txt")?.reason.contains("empty") == true)
        #expect(failure(summary, naming: "binary.dat")?.reason.contains("binary") == true)
        #expect(failure(summary, naming: "latin1.txt")?.description.contains("line 1: invalid UTF-8") == true)
        #expect(failure(summary, naming: "cut.txt.gz")?.reason.contains("truncated") == true)
        #expect(summary.failures.contains { $0.source.hasSuffix("lines.jsonl") && $0.location == "line 2" })
        for failure in summary.failures { #expect(!failure.description.contains("\n")) }
    }

    @Test func aCorruptWARCRecordIsSkipped() throws {
        let page = { (t: String) in "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><article><h1>\(t)</h1><p>\(Self.good) \(t).</p></article></body></html>" }
        var warc = WARCFixture.record(type: "response", uri: "https://a.example/1", contentType: "application/http; msgtype=response", block: Array(page("One").utf8))
        warc += Array("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\ngarbage\r\n\r\n".utf8)
        warc += WARCFixture.record(type: "response", uri: "https://a.example/3", contentType: "application/http; msgtype=response", block: Array(page("Three").utf8))
        directory.write("crawl.warc", warc)
        let (summary, count) = try ingest([directory.file("crawl.warc")])
        #expect(count == 2)
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.location?.contains("record 2") == true)
    }

    @Test func aFiftyMegabyteFileIsRefusedQuickly() throws {
        let big = directory.file("big.txt")
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        let chunk = Data(String(repeating: "All work and no play makes a long file. ", count: 26_000).utf8)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        directory.write("small.txt", Self.good)
        let (summary, count) = try ingest([big, directory.file("small.txt")])
        #expect(count == 1)
        #expect(failure(summary, naming: "big.txt")?.reason.contains("limit") == true)
    }

    @Test func theCommandExitsNonZeroWhenAnInputFailed() throws {
        directory.write("ok.txt", Self.good)
        directory.write("empty.txt", "")
        let result = try runSitrep(["ingest", "--db", directory.file("cli.sqlite"), directory.file("ok.txt"),
                                    directory.file("empty.txt"), directory.file("missing.txt")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ingested 1, already present 0, failed 2"))
        #expect(result.stdout.contains("empty.txt"))
        #expect(result.stdout.contains("missing.txt"))
    }
}
