import Foundation

/// Turns a feed into valid UTF-8 without an XML declaration before it reaches XMLParser.
///
/// libxml2 hands invalid bytes in element and attribute names through to Foundation's XMLParser,
/// which on Linux traps on them: one damaged byte would take the whole process down. libxml2
/// also ignores a declared multi-byte encoding it cannot switch to, so no declaration can be
/// trusted to protect the parser. The feed is therefore decoded here — from the declared charset
/// when iconv knows it (``LegacyCharset``), else as UTF-8, bad bytes replaced by U+FFFD — and the
/// declaration removed, so the parser reads the UTF-8 it is given.
enum FeedTranscoder {
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        let start = FormatSniffer.firstSignificantIndex(bytes)
        guard MarkupPrologue.matches(bytes, at: start, "<?xml"),
              let close = bytes.index(ofBytes: Array("?>".utf8), from: start) else {
            return validUTF8(bytes)
        }
        let declaration = bytes[start..<(close + 2)]
        let body = Array(bytes[(close + 2)...])
        // The declaration's line breaks stay, so parser line numbers still match the file.
        let lineBreaks = [UInt8](repeating: 0x0A, count: declaration.count(where: { $0 == 0x0A }))
        let decoded: [UInt8]
        // Unicode labels are no legacy charset's: a declaration read as ASCII rules out UTF-16
        // and UTF-32 whatever it says, and the body is read as UTF-8.
        if let label = declaredLabel(in: declaration), let converted = LegacyCharset.utf8(body[...], label: label) {
            decoded = converted
        } else {
            decoded = validUTF8(body)
        }
        return lineBreaks + withoutForbiddenControls(decoded)
    }

    /// XML forbids control characters other than tab and line breaks, and one of them makes the
    /// parser drop the rest of the feed: a space reads as well and loses nothing.
    private static func withoutForbiddenControls(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return bytes }
        return bytes.map { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D ? 0x20 : $0 }
    }

    private static func validUTF8(_ bytes: [UInt8]) -> [UInt8] {
        if String(validating: bytes, as: UTF8.self) != nil { return bytes }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// The lowercase `encoding` label of an XML declaration.
    private static func declaredLabel(in declaration: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: declaration, as: UTF8.self).lowercased()
        guard let keyword = text.range(of: "encoding") else { return nil }
        let name = text[keyword.upperBound...]
            .drop(while: { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" })
            .prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "?" })
        return name.isEmpty ? nil : String(name)
    }
}
