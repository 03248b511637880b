/// Makes the ampersands of a feed well-formed XML before parsing. Feeds are full of HTML's
/// `&nbsp;` and bare `AT&T`, which XML forbids and XMLParser stops at; a whole feed should not be
/// lost to one of them.
///
/// Known HTML names become numeric references, anything else a literal `&amp;`. Inside CDATA the
/// result means the same once read as HTML, which is what CDATA in a feed holds.
enum FeedEntityRepair {
    private static let xmlNames: Set<ArraySlice<UInt8>> = Set(["amp", "lt", "gt", "quot", "apos"].map { Array($0.utf8)[...] })

    /// The bytes with every ampersand made valid; the input itself when none needed it.
    static func repair(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var copiedUpTo = 0
        var index = 0
        while let ampersand = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
            index = ampersand + 1
            let (isValid, replacement, end) = inspectReference(in: bytes, at: ampersand)
            if isValid { continue }
            if output.isEmpty { output.reserveCapacity(bytes.count + 64) }
            output.append(contentsOf: bytes[copiedUpTo..<ampersand])
            output.append(contentsOf: replacement)
            copiedUpTo = end
            index = end
        }
        guard copiedUpTo > 0 else { return bytes }
        output.append(contentsOf: bytes[copiedUpTo...])
        return output
    }

    /// Whether the reference at `start` is valid XML; if not, what to write instead and where
    /// the original stops.
    private static func inspectReference(in bytes: [UInt8], at start: Int) -> (Bool, [UInt8], Int) {
        var index = start + 1
        if index < bytes.count && bytes[index] == UInt8(ascii: "#") {
            // A reference to a character XML forbids (`&#1;`) would end the feed: it is written
            // out as text instead. Other numeric references are left to the parser.
            if let value = numericReference(in: bytes, at: index + 1), !isXMLCharacter(value) {
                return (false, Array("&amp;".utf8), start + 1)
            }
            return (true, [], start + 1)
        }
        while index < bytes.count, index - start <= 32, isNameByte(bytes[index]) { index += 1 }
        let name = bytes[(start + 1)..<index]
        guard index < bytes.count, bytes[index] == UInt8(ascii: ";"), !name.isEmpty else {
            return (false, Array("&amp;".utf8), start + 1)
        }
        if xmlNames.contains(name) { return (true, [], index + 1) }
        if let character = HTMLEntities.namedCharacter(Substring(decoding: name, as: UTF8.self)) {
            let numeric = character.unicodeScalars.map { "&#\($0.value);" }.joined()
            return (false, Array(numeric.utf8), index + 1)
        }
        return (false, Array("&amp;".utf8), start + 1)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// The value of `123;` or `x7B;`, read from just after a `&#`.
    private static func numericReference(in bytes: [UInt8], at start: Int) -> UInt32? {
        var index = start
        let hex = index < bytes.count && (bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X"))
        if hex { index += 1 }
        var value: UInt32 = 0
        let digitsStart = index
        while index < bytes.count, index - digitsStart < 8 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: digit = 99
            }
            guard digit < 99 else { break }
            value = value * (hex ? 16 : 10) + digit
            index += 1
        }
        guard index > digitsStart, index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return nil }
        return value
    }

    /// XML 1.0's Char production.
    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }
}
