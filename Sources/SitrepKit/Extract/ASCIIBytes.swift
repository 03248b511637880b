/// Byte-level helpers for ASCII markup and keywords inside UTF-8 text.
enum ASCIIBytes {
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A byte libxml2 takes inside an element or attribute name: letters, digits, `-`, `_`, `:`,
    /// `.` (it ends the name at any other).
    @inline(__always)
    static func isMarkupNameByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == 0x2D || byte == 0x5F || byte == 0x3A || byte == 0x2E
    }

    /// A byte libxml2 takes at the start of an attribute name: a letter, `_` or `:`.
    @inline(__always)
    static func isMarkupNameStart(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x5F || byte == 0x3A
    }

    /// Whether `haystack` contains `needle` (lowercase ASCII), ignoring ASCII case.
    static func contains<C: Collection>(_ haystack: C, _ needle: StaticString) -> Bool where C.Element == UInt8, C.Index == Int {
        let count = needle.utf8CodeUnitCount
        guard count > 0, haystack.count >= count else { return count == 0 }
        return needle.withUTF8Buffer { pattern in
            let first = pattern[0]
            var start = haystack.startIndex
            let last = haystack.endIndex - count
            while start <= last {
                if lower(haystack[start]) == first {
                    var offset = 1
                    while offset < count, lower(haystack[start + offset]) == pattern[offset] { offset += 1 }
                    if offset == count { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// Where `needle` (lowercase ASCII, or any UTF-8 matched exactly) first occurs in `bytes`,
    /// ignoring ASCII case.
    static func firstIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) {
            var offset = 0
            while offset < pattern.count, lower(bytes[start + offset]) == pattern[offset] { offset += 1 }
            if offset == pattern.count { return start }
        }
        return nil
    }

    /// Whether `bytes` start with `prefix` (lowercase ASCII), ignoring ASCII case.
    static func hasPrefix(_ bytes: [UInt8], _ prefix: String) -> Bool {
        let pattern = Array(prefix.utf8)
        guard bytes.count >= pattern.count else { return false }
        for offset in 0..<pattern.count where lower(bytes[offset]) != pattern[offset] { return false }
        return true
    }

    /// Whether the bytes equal `word` (lowercase ASCII), ignoring ASCII case and surrounding spaces.
    static func equals<C: Collection>(_ bytes: C, _ word: StaticString) -> Bool where C.Element == UInt8, C.Index == Int {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard end - start == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { pattern in
            for offset in 0..<pattern.count where lower(bytes[start + offset]) != pattern[offset] { return false }
            return true
        }
    }
}
