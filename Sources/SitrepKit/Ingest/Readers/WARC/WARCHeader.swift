/// The named fields of one WARC record header (`WARC-Type`, `Content-Length`, …), read from the
/// lines between the version line and the blank line.
struct WARCHeader {
    /// Field values by lower-cased name. A repeated field keeps its first value.
    private var fields: [String: String] = [:]

    /// A header line longer than this is damage, not a header.
    static let maxLineLength = 64 << 10

    enum ReadResult {
        case header(WARCHeader)
        case corrupt(String)
    }

    /// Reads header lines up to and including the blank line that ends them.
    static func read(from reader: ByteReader) -> ReadResult {
        var header = WARCHeader()
        var lastName: String?
        while true {
            guard let line = reader.readLine(maxLength: maxLineLength) else {
                return .corrupt(reader.failure ?? "the file ends inside a record header")
            }
            guard case .line(let bytes, let terminated) = line else {
                return .corrupt("a header line is over \(maxLineLength >> 10) KiB")
            }
            if !terminated, let reason = reader.failure { return .corrupt(reason) }
            if bytes.isEmpty { return .header(header) }
            if bytes[0] == 0x20 || bytes[0] == 0x09 {
                // A continuation of the previous field (folded header, allowed by WARC 1.0).
                guard let name = lastName else { return .corrupt("bad header line \(quotedForMessage(bytes))") }
                header.fields[name, default: ""] += " " + text(bytes)
                continue
            }
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
                  !bytes[..<colon].contains(where: { $0 == 0x20 || $0 == 0x09 }) else {
                return .corrupt("bad header line \(quotedForMessage(bytes))")
            }
            let name = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
            if header.fields[name] == nil {
                header.fields[name] = text(bytes[(colon + 1)...])
            }
            lastName = name
        }
    }

    subscript(lowercasedName: String) -> String? {
        fields[lowercasedName]
    }

    var type: String? { self["warc-type"]?.lowercased() }

    /// The target URI, without the angle brackets some WARC 1.0 writers put around it.
    var targetURI: String? {
        guard var uri = self["warc-target-uri"] else { return nil }
        if uri.hasPrefix("<") && uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
        return uri.isEmpty ? nil : uri
    }

    /// The declared block length, or why there is none.
    var contentLength: Result<Int, WARCRecordDamage> {
        guard let value = self["content-length"] else {
            return .failure(WARCRecordDamage(reason: "no Content-Length header"))
        }
        guard let length = Int(value), length >= 0 else {
            return .failure(WARCRecordDamage(reason: "Content-Length \(quotedForMessage(Array(value.utf8))) is not a number"))
        }
        return .success(length)
    }

    private static func text(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingASCIIWhitespace()
    }
}

/// What is wrong with a record's framing, for the failure report.
struct WARCRecordDamage: Error {
    var reason: String
}
