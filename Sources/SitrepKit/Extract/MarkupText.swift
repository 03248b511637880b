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
    static func comparisonKey(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in value.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(scalar)
            } else {
                space = true
            }
        }
        return String(out)
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
