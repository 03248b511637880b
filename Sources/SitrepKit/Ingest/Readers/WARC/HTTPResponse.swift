/// The HTTP response inside a WARC `response` record: status, headers, and where the body starts.
struct HTTPResponse {
    var status: Int
    /// Header values by lower-cased name; the first occurrence wins.
    var headers: [String: String]
    var body: ArraySlice<UInt8>

    /// Parses `block` as `HTTP/1.x status reason`, header lines, a blank line, a body; nil when
    /// it does not start with an HTTP status line.
    init?(_ block: [UInt8]) {
        guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
        let headerEnd = Self.headerEnd(in: block)
        let head = block[..<headerEnd.start]
        var lines = head.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
        guard !lines.isEmpty else { return nil }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, let status = Int(String(decoding: parts[1], as: UTF8.self)) else { return nil }
        self.status = status

        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingASCIIWhitespace()
            if headers[name] == nil { headers[name] = value }
        }
        self.headers = headers
        body = block[headerEnd.bodyStart...]
    }

    /// Where the header block ends: at the first empty line, whether lines end in CRLF or in LF
    /// alone (some archivers rewrite them).
    private static func headerEnd(in block: [UInt8]) -> (start: Int, bodyStart: Int) {
        let crlf = block.index(ofBytes: [0x0D, 0x0A, 0x0D, 0x0A])
        let lf = block.index(ofBytes: [0x0A, 0x0A])
        switch (crlf, lf) {
        case let (crlf?, lf?) where lf < crlf: return (lf, lf + 2)
        case let (crlf?, _): return (crlf, crlf + 4)
        case let (nil, lf?): return (lf, lf + 2)
        case (nil, nil): return (block.count, block.count)
        }
    }
}
