/// Turns a plain-text or Markdown payload into a String, strictly.
///
/// Text files carry no charset declaration, so a file that is not valid UTF-8 (or UTF-16 with a
/// byte-order mark) is reported with the line and byte where decoding failed, rather than guessed
/// at and silently garbled.
///
///     let text = try TextDecoder.decode(bytes, source: "notes.txt")
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], source: String) throws(IngestError) -> String {
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = try decodeUTF16(bytes, source: source)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            guard let valid = String(validating: body, as: UTF8.self) else {
                throw invalidUTF8(body, source: source)
            }
            text = valid
        }
        // A stray NUL (a damaged download) reads as a space; no later stage expects one.
        if text.utf8.contains(0) { text = text.replacingOccurrences(of: "\u{0}", with: " ") }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    private static func decodeUTF16(_ bytes: [UInt8], source: String) throws(IngestError) -> String {
        guard let text = String(validating: UTF16Bytes.units(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE), as: UTF16.self) else {
            throw IngestError(source: source, reason: "invalid UTF-16")
        }
        return text
    }

    /// Finds where decoding fails, for an error a user can act on.
    private static func invalidUTF8(_ bytes: ArraySlice<UInt8>, source: String) -> IngestError {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead == 10 { line += 1; lineStart = index + 1 }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                let column = index - lineStart + 1
                let hex = String(lead, radix: 16, uppercase: true)
                return IngestError(source: source, location: "line \(line)",
                                   reason: "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) at column \(column)); save the file as UTF-8")
            }
            index += length
        }
        return IngestError(source: source, reason: "invalid UTF-8")
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if none starts there.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.endIndex else { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}
