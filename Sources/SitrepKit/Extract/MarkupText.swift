/// Small string helpers for values taken out of markup (titles, meta contents, bylines).
enum MarkupText {
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
            || scalar == "\u{A0}"
    }

    /// Trims whitespace (NBSP included) and any scalar of `also` from both ends.
    static func trimmed(_ value: String, also: String = "") -> String {
        let extra = Set(also.unicodeScalars)
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) && !extra.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) && !extra.contains($0) })!
        return String(scalars[first...last])
    }

    /// Whitespace runs turned into single spaces, ends trimmed.
    static func collapsed(_ value: String) -> String {
        var buffer = InlineTextBuffer(capacity: value.utf8.count)
        buffer.appendCollapsed(Array(value.utf8)[...])
        return buffer.string
    }

    /// A form for comparing headlines: lowercase letters and digits, one space between words.
    /// ASCII is handled byte by byte; other scalars are lowercased one at a time (as
    /// `String.lowercased()` does) and kept when alphabetic.
    static func comparisonKey(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count)
        var space = false
        func add(_ scalar: Unicode.Scalar) {
            let keep: Bool
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                keep = ASCIIBytes.isAlphanumeric(byte)
            } else {
                keep = scalar.isAlphabeticFast
            }
            guard keep else {
                space = true
                return
            }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            if scalar.isASCII {
                out.append(ASCIIBytes.lower(UInt8(scalar.value)))
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        for scalar in value.unicodeScalars {
            if scalar.isASCII {
                add(scalar)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { add(lower) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of words (runs of letters or digits).
    static func wordCount(_ value: String) -> Int {
        comparisonKey(value).split(separator: " ").count
    }

    /// Nil for an empty or blank value, else the collapsed value.
    static func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let collapsed = collapsed(value)
        return collapsed.isEmpty ? nil : collapsed
    }
}
