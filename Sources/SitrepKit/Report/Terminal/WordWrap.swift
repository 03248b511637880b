/// Text broken into lines of at most `width` display columns at spaces, for a table cell.
///
///     WordWrap.lines("Moon of Alabama, Fars News Agency", width: 16)
///     // ["Moon of Alabama,", "Fars News Agency"]
///
/// Any run of whitespace is one break opportunity, so a cell never keeps a line break of its own.
/// A word wider than the line is cut and ends in "…": a table has no room for the rest, and the
/// ellipsis says something is missing. Expects text already made inert by ``TerminalText``.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(whereSeparator: \.isWhitespace) {
            let wordWidth = DisplayWidth.of(word)
            if wordWidth > width {
                if !line.isEmpty { lines.append(line) }
                lines.append(cut(word, width: width))
                (line, lineWidth) = ("", 0)
            } else if line.isEmpty {
                (line, lineWidth) = (String(word), wordWidth)
            } else if lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
            } else {
                lines.append(line)
                (line, lineWidth) = (String(word), wordWidth)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The start of `text` that fits in `width` columns with an ellipsis after it; `text` itself
    /// when it fits.
    public static func cut(_ text: some StringProtocol, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return String(text) }
        var kept = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            kept.append(character)
            used += w
        }
        return width >= 1 ? kept + "…" : ""
    }
}
