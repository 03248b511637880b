import Foundation
import Testing
@testable import SitrepKit

@Suite struct IngestWARCTests {
    /// A small crawl: the records a crawler writes around three pages, one of them chunked and
    /// one gzip-encoded, plus responses that must be skipped (an image, a redirect).
    private static func crawl() -> [[UInt8]] {
        let plain = Array(WARCFixture.page("Plain").utf8)
        let chunkedPage = Array(WARCFixture.page("Chunked").utf8)
        let gzipPage = Array(WARCFixture.page("Gzipped").utf8)
        return [
            WARCFixture.warcinfo(),
            WARCFixture.request("https://a.example/plain"),
            WARCFixture.response("https://a.example/plain", headers: ["Content-Type: text/html; charset=\"ISO-8859-1\""], body: plain),
            WARCFixture.response("https://a.example/logo.png", headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47, 0, 0]),
            WARCFixture.response("https://a.example/old", status: "301 Moved Permanently",
                                 headers: ["Location: https://a.example/new", "Content-Type: text/html"], body: Array("<html>moved</html>".utf8)),
            WARCFixture.request("https://b.example/chunked"),
            WARCFixture.response("https://b.example/chunked", headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"],
                                 body: WARCFixture.chunked(chunkedPage, size: 17)),
            WARCFixture.record(type: "metadata", uri: "https://b.example/chunked", contentType: "application/warc-fields",
                               block: Array("fetchTimeMs: 120\r\n".utf8)),
            WARCFixture.response("https://c.example/gzipped", headers: ["Content-Type: application/xhtml+xml", "Content-Encoding: gzip"],
                                 body: Gzip.compress(gzipPage)),
            WARCFixture.record(type: "resource", uri: "file:///saved/page.html", contentType: "text/html",
                               block: Array(WARCFixture.page("Resource").utf8)),
        ]
    }

    private func check(_ run: IngestRun, path: String) {
        #expect(run.failures.isEmpty, "\(run.failures)")
        #expect(run.documents.map(\.hints.url) == ["https://a.example/plain", "https://b.example/chunked",
                                                   "https://c.example/gzipped", "file:///saved/page.html"])
        #expect(run.documents.map(\.source) == ["\(path)#record 3", "\(path)#record 7", "\(path)#record 9", "\(path)#record 10"])
        #expect(run.payloads == ["Plain", "Chunked", "Gzipped", "Resource"].map(WARCFixture.page))
        #expect(run.documents.allSatisfy { $0.format == .html && $0.hints.published == nil })
        #expect(run.documents.first?.hints.charset == "ISO-8859-1")
    }

    @Test func readsBodiesSentAsBareDeflate() {
        let folder = TemporaryDirectory()
        let page = Array(WARCFixture.page("Deflated").utf8)
        let records = [
            WARCFixture.response("https://d.example/bare", headers: ["Content-Type: text/html", "Content-Encoding: deflate"],
                                 body: Gzip.compress(page, wrapper: .none)),
            // Stored already decoded under the original header, as Common Crawl does.
            WARCFixture.response("https://d.example/stored", headers: ["Content-Type: text/html", "Content-Encoding: deflate"],
                                 body: Array(WARCFixture.page("Stored").utf8)),
        ]
        let run = ingest(folder.write("deflate.warc", records.flatMap { $0 }))
        #expect(run.failures.isEmpty, "\(run.failures)")
        #expect(run.payloads == [WARCFixture.page("Deflated"), WARCFixture.page("Stored")])
    }

    @Test func readsPagesFromAPlainWARC() {
        let folder = TemporaryDirectory()
        let path = folder.write("crawl.warc", Self.crawl().flatMap { $0 })
        check(ingest(path), path: path)
    }

    @Test func readsPagesFromAWARCGzWithOneMemberPerRecord() {
        let folder = TemporaryDirectory()
        let path = folder.write("crawl.warc.gz", Self.crawl().flatMap { Gzip.compress($0) })
        let run = ingest(path)
        check(run, path: path)
        #expect(run.progress.last == (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
    }

    @Test func aTruncatedWARCGzStillDeliversTheEarlierRecords() {
        let folder = TemporaryDirectory()
        let members = Self.crawl().map { Gzip.compress($0) }
        let last = members[members.count - 1]
        let bytes = members.dropLast().flatMap { $0 } + last.prefix(last.count / 2)
        let path = folder.write("cut.warc.gz", bytes)
        let run = ingest(path)
        #expect(run.payloads == ["Plain", "Chunked", "Gzipped"].map(WARCFixture.page))
        #expect(run.failures.count == 1)
        #expect(run.failures.first?.reason == "truncated gzip stream")
    }

    @Test func aCorruptGzipMemberCostsOnlyItsRecord() {
        let folder = TemporaryDirectory()
        var members = Self.crawl().map { Gzip.compress($0) }
        // Damage the compressed data in the middle of the chunked page's member (record 7).
        var damaged = members[6]
        for offset in (damaged.count / 3)..<(damaged.count / 3 + 24) { damaged[offset] ^= 0x5A }
        members[6] = damaged
        let run = ingest(folder.write("damaged.warc.gz", members.flatMap { $0 }))
        #expect(run.documents.map(\.hints.url) == ["https://a.example/plain", "https://c.example/gzipped", "file:///saved/page.html"])
        #expect(run.failures.contains { $0.reason.hasPrefix("corrupt gzip data: a damaged member was skipped") }, "\(run.failures)")
        #expect(run.failures.allSatisfy { $0.location != nil }, "\(run.failures)")
    }

    @Test func aSingleDocumentWithACorruptGzipMemberIsRefusedNotSpliced() {
        let folder = TemporaryDirectory()
        let page = Array(String(repeating: WARCFixture.page("Whole"), count: 8).utf8)
        var middle = Gzip.compress(Array(page[100..<200]))
        for offset in (middle.count / 3)..<(middle.count / 3 + 12) { middle[offset] ^= 0x5A }
        let path = folder.write("page.html.gz", Gzip.compress(Array(page[..<100])) + middle + Gzip.compress(Array(page[200...])))
        let run = ingest(path)
        #expect(run.documents.isEmpty)
        #expect(run.failures.map(\.reason) == ["corrupt gzip data: a damaged part of the document was skipped"])
    }

    @Test func resynchronisesAfterACorruptRecord() {
        let folder = TemporaryDirectory()
        let first = WARCFixture.response("https://a.example/1", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("One").utf8))
        let bad = WARCFixture.record(type: "response", uri: "https://a.example/2", contentType: "application/http",
                                     block: Array("HTTP/1.1 200 OK\r\n\r\n<html>two</html>".utf8), contentLength: "forty")
        let third = WARCFixture.response("https://a.example/3", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("Three").utf8))
        let path = folder.write("damaged.warc", first + bad + third)
        let run = ingest(path)
        #expect(run.documents.map(\.hints.url) == ["https://a.example/1", "https://a.example/3"])
        #expect(run.failures.map(\.description) == ["\(path): record 2: Content-Length \"forty\" is not a number"])
    }

    @Test func recoversTheNextRecordWhenAContentLengthIsTooLarge() {
        let folder = TemporaryDirectory()
        let body = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>short</p></html>".utf8)
        let overstated = WARCFixture.record(type: "response", uri: "https://a.example/long", contentType: "application/http",
                                            block: body, contentLength: String(body.count + 200))
        let next = WARCFixture.response("https://a.example/next", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("Next").utf8))
        let last = WARCFixture.response("https://a.example/last", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("Last").utf8))
        let path = folder.write("overstated.warc", overstated + next + last)
        let run = ingest(path)
        #expect(run.documents.map(\.hints.url) == ["https://a.example/next", "https://a.example/last"])
        #expect(run.failures.map(\.location) == ["record 1"])
        #expect(run.failures.first?.reason.contains("Content-Length") == true)
    }

    @Test func aHugeBogusContentLengthDoesNotSwallowTheRestOfTheFile() {
        let folder = TemporaryDirectory()
        let body = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>short</p></html>".utf8)
        let bogus = WARCFixture.record(type: "response", uri: "https://a.example/bogus", contentType: "application/http",
                                       block: body, contentLength: "900000000000")
        let next = WARCFixture.response("https://a.example/next", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("Next").utf8))
        let path = folder.write("bogus.warc", bogus + next)
        let run = ingest(path)
        #expect(run.documents.map(\.hints.url) == ["https://a.example/next"])
        #expect(run.failures.map(\.location) == ["record 1"])
        #expect(run.failures.first?.reason.hasPrefix("the block is shorter than its Content-Length") == true)
    }

    @Test func aHugeBogusContentLengthInAWARCGzDoesNotSwallowTheRecordsAfterIt() {
        let folder = TemporaryDirectory()
        let body = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>short</p></html>".utf8)
        let first = WARCFixture.response("https://a.example/first", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("First").utf8))
        let bogus = WARCFixture.record(type: "response", uri: "https://a.example/bogus", contentType: "application/http",
                                       block: body, contentLength: "99999999999")
        let next = WARCFixture.response("https://a.example/next", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("Next").utf8))
        let last = WARCFixture.response("https://a.example/last", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("Last").utf8))
        let path = folder.write("bogus.warc.gz", [first, bogus, next, last].flatMap { Gzip.compress($0) })
        let run = ingest(path)
        #expect(run.documents.map(\.hints.url) == ["https://a.example/first", "https://a.example/next", "https://a.example/last"])
        #expect(run.failures.map(\.location) == ["record 2"])
    }

    @Test func reportsABadHeaderLineAndAShortFinalBlock() {
        let folder = TemporaryDirectory()
        let page = WARCFixture.response("https://a.example/ok", headers: ["Content-Type: text/html"], body: Array(WARCFixture.page("Ok").utf8))
        let badHeader = Array("WARC/1.1\r\nWARC-Type: response\r\nthis is not a header\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n".utf8)
        let short = Array("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n".utf8)
        let path = folder.write("bad.warc", page + badHeader + page + short)
        let run = ingest(path)
        #expect(run.documents.count == 2)
        #expect(run.failures.map(\.location) == ["record 2", "record 4"])
        #expect(run.failures.first?.reason == "bad header line \"this is not a header\"")
        #expect(run.failures.last?.reason.hasPrefix("the block is shorter than its Content-Length") == true)
    }

    @Test func aFileOfFalseHeadersIsGivenUpOnAfterARunOfDamage() {
        let directory = TemporaryDirectory()
        let falseHeader = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 4000000\r\n\r\n"
        func falseHeaders(_ count: Int) -> [UInt8] { Array(String(repeating: falseHeader, count: count).utf8) }
        // Gzipped, the bytes left are unknown, so each false header's block is read to the end of
        // the file and searched again for the next record: the records read are what must stay
        // bounded, or the work grows with the square of the file.
        for path in [directory.write("false.warc", falseHeaders(2_000)), directory.write("false.warc.gz", Gzip.compress(falseHeaders(2_000)))] {
            let run = ingest(path, with: Ingestor(maxDocumentBytes: 4 << 20))
            #expect(run.documents.isEmpty)
            #expect(run.failures.count <= WARCReader.damagedRecordsInARow + 1)
            #expect(run.failures.last?.reason.contains("damaged records in a row") == true)
        }
        GrowthCheck().expectLinear(base: 500) { n in
            let path = directory.write("false-\(n).warc.gz", Gzip.compress(falseHeaders(n)))
            return { _ = ingest(path, with: Ingestor(maxDocumentBytes: 4 << 20)) }
        }
    }

    @Test func aChunkedBodyCutShortKeepsItsChunksNotItsFraming() {
        let cut = Array("5\r\nhello\r\n10\r\n world, and mo".utf8)
        #expect(ChunkedBody.decode(cut[...]).map { String(decoding: $0, as: UTF8.self) } == "hello world, and mo")
        let dechunked = Array("add\n<html>already plain</html>".utf8)
        #expect(ChunkedBody.decode(dechunked[...]) == nil)
        #expect(ChunkedBody.decode(Array(" 5\r\nhello\r\n0\r\n\r\n".utf8)[...]).map { String(decoding: $0, as: UTF8.self) } == "hello")
    }
}
