/// Finds a page's character encoding and brings its bytes to UTF-8 before libxml2 sees them.
///
/// Order of evidence: a byte-order mark, then the charset a container declared (an HTTP header),
/// then `<meta charset>` or `<meta http-equiv="Content-Type">` near the top, then the bytes
/// themselves: valid UTF-8 stays UTF-8, anything else is read as windows-1252. Labels for Latin-1
/// and ASCII mean windows-1252, as browsers read them; other legacy charsets are decoded by
/// ``LegacyCharset`` (an undefined byte costs one U+FFFD, not the rest of the page), and a label
/// no decoder knows counts as none. A page declared single-byte whose bytes
/// are valid UTF-8 with non-ASCII characters is read as UTF-8: mislabelled pages are common, and
/// windows-1252 text almost never forms valid multi-byte UTF-8 by chance.
///
///     let input = HTMLCharset.decode(bytes, declared: "text/html; charset=windows-1252")
///     input.bytes      // UTF-8, with no NUL bytes and no invalid sequences
enum HTMLCharset {
    struct Decoded {
        /// The page as valid UTF-8.
        var bytes: [UInt8]
        /// The encoding the bytes were read as (a lowercase label).
        var name: String
    }

    static func decode(_ input: [UInt8], declared: String? = nil) -> Decoded {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(bytes: UTF8Repair.sanitized(Array(input.dropFirst(3))), name: "utf-8")
        }
        if input.starts(with: [0xFF, 0xFE]) {
            return Decoded(bytes: UTF8Repair.sanitized(fromUTF16(input.dropFirst(2), bigEndian: false)), name: "utf-16le")
        }
        if input.starts(with: [0xFE, 0xFF]) {
            return Decoded(bytes: UTF8Repair.sanitized(fromUTF16(input.dropFirst(2), bigEndian: true)), name: "utf-16be")
        }
        let label = declared.flatMap(labelInContentType) ?? metaCharset(in: input)
        let scan = UTF8Repair.scan(input)
        let asUTF8 = { Decoded(bytes: UTF8Repair.sanitized(input, scan: scan), name: "utf-8") }
        switch label.map(canonical) {
        case "windows-1252"?:
            if scan.valid && scan.multibyte { return asUTF8() }
            return Decoded(bytes: UTF8Repair.sanitized(fromWindows1252(input[...])), name: "windows-1252")
        case "utf-8"?:
            return asUTF8()
        case let other?:
            if scan.valid && scan.multibyte { return asUTF8() }
            if let converted = LegacyCharset.utf8(input[...], label: other) {
                return Decoded(bytes: UTF8Repair.sanitized(converted), name: other)
            }
            // A label no decoder knows says nothing: read the bytes as if none were declared.
            if scan.valid { return asUTF8() }
            return Decoded(bytes: UTF8Repair.sanitized(fromWindows1252(input[...])), name: "windows-1252")
        case nil:
            if scan.valid { return asUTF8() }
            return Decoded(bytes: UTF8Repair.sanitized(fromWindows1252(input[...])), name: "windows-1252")
        }
    }

    /// A charset label in the form the rest of the code compares against: "utf-8",
    /// "windows-1252" and "gb18030" for every label browsers read as those, else the label
    /// lowercased.
    static func canonical(_ label: String) -> String {
        let lower = MarkupText.trimmed(label.lowercased(), also: "\"'")
        switch lower {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
             // A meta tag cannot truly declare UTF-16 (the tag itself would not be readable); browsers read UTF-8.
             "utf-16", "utf-16le", "utf-16be", "unicode", "unicodefeff", "unicodefffe", "csunicode", "iso-10646-ucs-2", "ucs-2":
            return "utf-8"
        case "latin-1":   // no standard label, but common enough to honour
            return "windows-1252"
        default:
            // Latin-1 and ASCII labels mean windows-1252, and GB2312 or GBK pages routinely use
            // characters only their superset GB18030 has: the Encoding Standard's table says so.
            switch LegacyCharset.iconvName(lower) {
            case "WINDOWS-1252"?: return "windows-1252"
            case "GB18030"?: return "gb18030"
            default: return lower
            }
        }
    }

    /// `charset=` inside a Content-Type value; a bare label is taken as it stands.
    static func labelInContentType(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        if let label = charsetValue(in: bytes[...]) { return label }
        let trimmed = MarkupText.trimmed(value)
        if trimmed.isEmpty || trimmed.contains("/") || trimmed.contains(";") { return nil }
        return trimmed
    }

    /// The charset a `<meta>` tag declares in the first 16 KB.
    static func metaCharset(in input: [UInt8]) -> String? {
        let window = input.prefix(16 * 1024)
        var index = window.startIndex
        while index + 5 < window.endIndex {
            if window[index] == UInt8(ascii: "<"), ASCIIBytes.lower(window[index + 1]) == UInt8(ascii: "m"),
               ASCIIBytes.lower(window[index + 2]) == UInt8(ascii: "e"), ASCIIBytes.lower(window[index + 3]) == UInt8(ascii: "t"),
               ASCIIBytes.lower(window[index + 4]) == UInt8(ascii: "a") {
                var close = index + 5
                while close < window.endIndex, window[close] != UInt8(ascii: ">") { close += 1 }
                if let label = charsetValue(in: window[(index + 5)..<close]) { return label }
                index = close
            }
            index += 1
        }
        return nil
    }

    private static func charsetValue(in bytes: ArraySlice<UInt8>) -> String? {
        let key = Array("charset".utf8)
        var index = bytes.startIndex
        while index + key.count <= bytes.endIndex {
            var matches = true
            for offset in 0..<key.count where ASCIIBytes.lower(bytes[index + offset]) != key[offset] {
                matches = false
                break
            }
            if matches {
                var cursor = index + key.count
                while cursor < bytes.endIndex, ASCIIBytes.isSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "=") else {
                    index += 1
                    continue
                }
                cursor += 1
                while cursor < bytes.endIndex, ASCIIBytes.isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "\"")
                    || bytes[cursor] == UInt8(ascii: "'") { cursor += 1 }
                let start = cursor
                while cursor < bytes.endIndex, ASCIIBytes.isAlphanumeric(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-")
                    || bytes[cursor] == UInt8(ascii: "_") || bytes[cursor] == UInt8(ascii: ":")
                    || bytes[cursor] == UInt8(ascii: ".") { cursor += 1 }
                if cursor > start { return String(decoding: bytes[start..<cursor], as: UTF8.self) }
            }
            index += 1
        }
        return nil
    }

    // MARK: Conversions

    /// windows-1252's characters for bytes 0x80–0x9F (the five undefined bytes map to C1 controls,
    /// as browsers do); every other byte is the Latin-1 code point of the same number.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? UInt32(windows1252High[Int(byte) - 0x80]) : UInt32(byte)
    }

    static func fromWindows1252(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 8)
        for byte in input {
            if byte < 0x80 {
                out.append(byte)
            } else {
                UTF8Repair.appendScalar(windows1252Scalar(byte), to: &out)
            }
        }
        return out
    }

    private static func fromUTF16(_ input: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        Array(String(decoding: UTF16Bytes.units(input, bigEndian: bigEndian), as: UTF16.self).utf8)
    }
}

/// Makes bytes safe for libxml2: valid UTF-8, no NUL or other C0 control bytes (which stop or
/// derail its parser). Bytes that are not valid UTF-8 are read as windows-1252, the likeliest
/// source of a stray byte in a UTF-8 page. Returns the input untouched when it is already clean.
enum UTF8Repair {
    static func sanitized(_ input: [UInt8]) -> [UInt8] { sanitized(input, scan: scan(input)) }

    static func sanitized(_ input: [UInt8], scan result: Scan) -> [UInt8] {
        if result.valid && !result.controls { return input }
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 16)
        input.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    appendScalar(HTMLCharset.windows1252Scalar(buffer[index]), to: &out)
                    index += 1
                } else if length == 1, isControl(buffer[index]) {
                    out.append(0x20)
                    index += 1
                } else {
                    out.append(contentsOf: buffer[index..<(index + length)])
                    index += length
                }
            }
        }
        return out
    }

    @inline(__always)
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
    }

    struct Scan {
        var valid: Bool
        var multibyte: Bool
        var controls: Bool
    }

    static func scan(_ input: [UInt8]) -> Scan {
        input.withUnsafeBufferPointer { buffer in
            var valid = true, multibyte = false, controls = false
            var index = 0
            let raw = UnsafeRawBufferPointer(buffer)
            while index < buffer.count {
                // Eight bytes at a time while they are all printable ASCII (no high bit, none below
                // 0x20): the bulk of any page.
                while index + 8 <= buffer.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let high: UInt64 = 0x8080_8080_8080_8080
                    if (word | ((word &- 0x2020_2020_2020_2020) & ~word)) & high != 0 { break }
                    index += 8
                }
                guard index < buffer.count else { break }
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte < 0x20, isControl(byte) { controls = true }
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    valid = false
                    index += 1
                } else {
                    multibyte = true
                    index += length
                }
            }
            return Scan(valid: valid, multibyte: multibyte, controls: controls)
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 if it is not one.
    @inline(__always)
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = buffer[index]
        if byte < 0x80 { return 1 }
        let remaining = buffer.count - index
        func continuation(_ offset: Int) -> Bool { buffer[index + offset] & 0xC0 == 0x80 }
        switch byte {
        case 0xC2...0xDF:
            return remaining >= 2 && continuation(1) ? 2 : 0
        case 0xE0...0xEF:
            guard remaining >= 3, continuation(1), continuation(2) else { return 0 }
            let second = buffer[index + 1]
            if byte == 0xE0 && second < 0xA0 { return 0 }   // overlong
            if byte == 0xED && second > 0x9F { return 0 }   // surrogate
            return 3
        case 0xF0...0xF4:
            guard remaining >= 4, continuation(1), continuation(2), continuation(3) else { return 0 }
            let second = buffer[index + 1]
            if byte == 0xF0 && second < 0x90 { return 0 }
            if byte == 0xF4 && second > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }

    static func appendScalar(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
