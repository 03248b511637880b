import Foundation

/// Tells what a file holds from its first bytes, never from its name.
///
///     FormatSniffer.sniff(Array("<!doctype html><html>…".utf8))   // .html
///     FormatSniffer.sniff(Array("WARC/1.1\r\n…".utf8))            // .warc
///     FormatSniffer.sniff([0x89, 0x50, 0x4E, 0x47, 0x00])          // nil: binary
///
/// Give it the first ``prefixLength`` bytes (fewer only when the whole input is shorter), after
/// gunzipping a gzip file (see ``isGzip(_:)``). A nil answer means the bytes are not a document
/// format Sitrep reads. Empty or blank input sniffs as `.text`; whether that is an error is for
/// the caller to say.
public enum FormatSniffer {
    /// How many leading bytes the sniffer looks at.
    public static let prefixLength = 8192

    /// Whether the bytes start with the gzip magic number.
    public static func isGzip(_ prefix: [UInt8]) -> Bool {
        prefix.count >= 2 && prefix[0] == 0x1F && prefix[1] == 0x8B
    }

    public static func sniff(_ prefix: [UInt8]) -> InputFormat? {
        let bytes = prefix.count > prefixLength ? Array(prefix[..<prefixLength]) : prefix
        // UTF-16 with a byte-order mark: every other byte is NUL, yet the page or text is as
        // readable as any (the HTML and text decoders take it); containers in UTF-16 are not.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let format = sniff(utf16AsUTF8(bytes))
            return format == .html || format == .text || format == .markdown ? format : nil
        }
        let first = firstSignificantIndex(bytes)
        // Before the binary test: a WARC's first records may well carry images.
        if bytes[first...].starts(with: warcMagic) { return .warc }
        if hasBinaryMagic(bytes) || looksBinary(bytes) { return nil }
        if first < bytes.count {
            if bytes[first] == UInt8(ascii: "{"), startsWithJSONObjectLine(bytes, from: first) { return .jsonl }
            if bytes[first] == UInt8(ascii: "<"), let format = MarkupPrologue.classify(bytes, from: first) {
                return format
            }
        }
        if MarkupPrologue.isDenseWithHTMLTags(bytes) { return .html }
        if MarkdownSignals(bytes).isClearlyMarkdown { return .markdown }
        return .text
    }

    /// Whether a document body (a JSONL field, a feed item, an HTTP payload) is HTML.
    static func looksLikeHTML(_ prefix: [UInt8]) -> Bool {
        let bytes = prefix.count > prefixLength ? Array(prefix[..<prefixLength]) : prefix
        let first = firstSignificantIndex(bytes)
        if first < bytes.count, bytes[first] == UInt8(ascii: "<"),
           MarkupPrologue.classify(bytes, from: first) == .html {
            return true
        }
        return MarkupPrologue.isDenseWithHTMLTags(bytes)
    }

    /// Whether the bytes open like a JSON object or array of objects (`{ "`, `[ {`): a JSON
    /// document that is not JSON Lines when ``sniff(_:)`` did not say `.jsonl`.
    static func looksLikeJSONDocument(_ prefix: [UInt8]) -> Bool {
        var index = firstSignificantIndex(prefix)
        guard index < prefix.count else { return false }
        let opening = prefix[index]
        guard opening == UInt8(ascii: "{") || opening == UInt8(ascii: "[") else { return false }
        index += 1
        while index < prefix.count, isASCIIWhitespace(prefix[index]) { index += 1 }
        guard index < prefix.count else { return false }
        return opening == UInt8(ascii: "{") ? prefix[index] == UInt8(ascii: "\"") : prefix[index] == UInt8(ascii: "{")
    }

    private static let warcMagic = Array("WARC/1.".utf8)

    /// Skips a UTF-8 byte order mark and ASCII whitespace.
    static func firstSignificantIndex(_ bytes: [UInt8]) -> Int {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, isASCIIWhitespace(bytes[index]) { index += 1 }
        return index
    }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Formats whose first bytes might pass the control-byte test but are certainly not documents.
    private static let binaryMagics: [[UInt8]] = [
        Array("%PDF-".utf8), [0x89, 0x50, 0x4E, 0x47], Array("GIF8".utf8), [0xFF, 0xD8, 0xFF],
        [0x50, 0x4B, 0x03, 0x04], [0x7F, 0x45, 0x4C, 0x46], [0x1F, 0x8B], [0x28, 0xB5, 0x2F, 0xFD],
    ]

    private static func hasBinaryMagic(_ bytes: [UInt8]) -> Bool {
        binaryMagics.contains { bytes.starts(with: $0) }
    }

    /// More than one NUL byte in a thousand, or more than one control byte in twenty: no text
    /// editor wrote this. A stray NUL in a long page (a damaged download) leaves it text; legacy
    /// 8-bit encodings (Latin-1, Windows-1251) stay text: their high bytes are not control bytes.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var controls = 0
            var nuls = 0
            for byte in buffer where byte < 0x20 || byte == 0x7F {
                switch byte {
                case 0x00: nuls += 1
                case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: continue
                default: controls += 1
                }
            }
            return nuls * 1000 > buffer.count || (controls + nuls) * 20 > buffer.count
        }
    }

    /// The prefix of a UTF-16 input with a byte-order mark, as UTF-8 (a unit cut at the end of
    /// the prefix becomes U+FFFD).
    private static func utf16AsUTF8(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: UTF16Bytes.units(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE), as: UTF16.self).utf8)
    }

    /// The first line is a JSON object. When the line runs past the prefix (a JSONL line with a
    /// whole page in it easily does), an opening `{"` has to be enough.
    private static func startsWithJSONObjectLine(_ bytes: [UInt8], from start: Int) -> Bool {
        let lineEnd = bytes[start...].firstIndex(of: 0x0A)
        if lineEnd == nil && bytes.count >= prefixLength {
            var index = start + 1
            while index < bytes.count, isASCIIWhitespace(bytes[index]) { index += 1 }
            return index < bytes.count && (bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "}"))
        }
        // One bad line must not hide a file of good ones: any of the first few whole lines that
        // is a JSON object decides it (a pretty-printed JSON document has none).
        var lineStart = start
        for _ in 0..<4 {
            guard lineStart < bytes.count else { break }
            let end = bytes[lineStart...].firstIndex(of: 0x0A)
            guard end != nil || lineStart == start else { break }
            let line = Data(bytes[lineStart..<(end ?? bytes.count)])
            if (try? JSONSerialization.jsonObject(with: line)) is [String: Any] { return true }
            guard let end else { break }
            lineStart = end + 1
        }
        return false
    }
}
