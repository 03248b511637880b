/// Undoes HTTP/1.1 `Transfer-Encoding: chunked`: hex size line, that many bytes, CRLF, … , 0.
enum ChunkedBody {
    /// The joined chunks, or nil when `body` is not chunked framing. Crawlers often store the
    /// body already de-chunked but keep the header, so nil tells the caller to use the body as is.
    /// A body cut off mid-chunk (a truncated record) gives the chunks read so far, the cut one
    /// included, rather than its framing left in the page.
    static func decode(_ body: ArraySlice<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var index = body.startIndex
        var chunks = 0
        // What the framing gives once it breaks: the chunks so far if there were any, else nil.
        var sofar: [UInt8]? { chunks > 0 ? output : nil }
        while true {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { return sofar }
            guard let size = chunkSize(body[index..<lineEnd]) else { return sofar }
            index = lineEnd + 1
            if size == 0 { return output }   // Trailer fields after the last chunk carry nothing we need.
            guard body.endIndex - index >= size else {
                // A first chunk cut short counts only if its size line was framed as HTTP frames
                // it (CRLF): a de-chunked page that happens to open with a hex word is not one.
                let framed = lineEnd > body.startIndex && body[lineEnd - 1] == 0x0D
                guard chunks > 0 || (framed && index < body.endIndex) else { return sofar }
                output.append(contentsOf: body[index...])
                return output
            }
            output.append(contentsOf: body[index..<(index + size)])
            chunks += 1
            index += size
            // The CRLF after the chunk data; a bare LF is tolerated.
            if index < body.endIndex && body[index] == 0x0D { index += 1 }
            guard index < body.endIndex, body[index] == 0x0A else { return index == body.endIndex ? output : sofar }
            index += 1
        }
    }

    /// The hex size before any `;extension`, or nil for a line that is not a chunk size.
    private static func chunkSize(_ line: ArraySlice<UInt8>) -> Int? {
        var size = 0
        var digits = 0
        for byte in line.drop(while: { $0 == 0x20 || $0 == 0x09 }) {
            let value: Int
            switch byte {
            case 0x30...0x39: value = Int(byte - 0x30)
            case 0x41...0x46: value = Int(byte - 0x41 + 10)
            case 0x61...0x66: value = Int(byte - 0x61 + 10)
            case UInt8(ascii: ";"), 0x0D, 0x20, 0x09:
                return digits > 0 ? size : nil
            default:
                return nil
            }
            guard digits < 15 else { return nil }
            size = size * 16 + value
            digits += 1
        }
        return digits > 0 ? size : nil
    }
}
