import Foundation
@testable import SitrepKit

/// Everything one `Ingestor.read` call reported.
struct IngestRun {
    var documents: [SourceDocument] = []
    var failures: [IngestError] = []
    var progress: [Int] = []

    var payloads: [String] { documents.map { String(decoding: $0.payload, as: UTF8.self) } }
}

func ingest(_ path: String, with ingestor: Ingestor = Ingestor()) -> IngestRun {
    var run = IngestRun()
    ingestor.read(InputFile(path: path),
                  document: { run.documents.append($0) },
                  failure: { run.failures.append($0) },
                  progress: { run.progress.append($0) })
    return run
}

/// Builds WARC records the way crawlers write them, for tests that need a WARC file.
enum WARCFixture {
    static func record(type: String, uri: String? = nil, contentType: String? = nil,
                       block: [UInt8], contentLength: String? = nil) -> [UInt8] {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\n"
        header += "WARC-Record-ID: <urn:uuid:\(UUID().uuidString.lowercased())>\r\n"
        header += "WARC-Date: 2016-12-14T08:00:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { header += "Content-Type: \(contentType)\r\n" }
        header += "Content-Length: \(contentLength ?? String(block.count))\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func warcinfo() -> [UInt8] {
        record(type: "warcinfo", contentType: "application/warc-fields",
               block: Array("software: sitrep-tests\r\nformat: WARC File Format 1.1\r\n".utf8))
    }

    static func request(_ uri: String) -> [UInt8] {
        let host = URL(string: uri)?.host ?? "example.org"
        return record(type: "request", uri: uri, contentType: "application/http; msgtype=request",
                      block: Array("GET / HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: test\r\n\r\n".utf8))
    }

    static func response(_ uri: String, status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        let head = "HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n"
        return record(type: "response", uri: uri, contentType: "application/http; msgtype=response",
                      block: Array(head.utf8) + body)
    }

    static func page(_ title: String) -> String {
        "<!DOCTYPE html><html><head><title>\(title)</title></head><body><p>\(title) body.</p></body></html>"
    }

    /// `body` in chunked transfer framing, cut into pieces of `size` bytes.
    static func chunked(_ body: [UInt8], size: Int) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < body.count {
            let piece = body[index..<min(index + size, body.count)]
            output += Array((String(piece.count, radix: 16) + ";ext=1\r\n").utf8) + piece + Array("\r\n".utf8)
            index += size
        }
        return output + Array("0\r\n\r\n".utf8)
    }
}
