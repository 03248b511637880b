/// Text from an article, escaped so that a Markdown renderer shows it as the words it is.
///
/// Markdown passes inline HTML straight through and reads punctuation as structure: a scraped
/// title `<script>…</script>` would run in the rendered report, a paragraph that starts "# " would
/// become a heading, and `[x](javascript:…)` a link. So every string from an article goes through
/// this type before the Markdown report writes it; what the report writes itself (its headings,
/// list markers, `<details>`) does not.
///
///     "## \(MarkdownText(line: "<b>Live</b> *updates*"))"   // "## &lt;b&gt;Live&lt;/b&gt; \*updates\*"
///     MarkdownText(paragraph: "1. not a list").markdown    // "1\. not a list"
///
/// `<`, `>` and `&` become entities (so no tag, autolink or entity of the article's survives);
/// the punctuation that opens inline syntax anywhere (`\`, `` ` ``, `*`, `_`, `[`, `]`, `|`, `~`)
/// is backslash-escaped; and what opens a block only at a line's start (`#`, `-`, `+`, `=`, a
/// number followed by `.` or `)`) is escaped there. A backslash before ASCII punctuation and an
/// entity both render as the plain character, so the rendered text reads as the original.
struct MarkdownText: CustomStringConvertible {
    let markdown: String

    /// For a heading, a list item or an emphasised run: line breaks become spaces (a break would
    /// end the heading or item and start a block of the article's making), and the ends are trimmed
    /// of spaces, which the renderer drops anyway and which would stop `*…*` from closing.
    init(line text: some StringProtocol) {
        var scalars: [Unicode.Scalar] = []
        var lastWasBreak = false
        for scalar in text.unicodeScalars {
            let isBreak = Self.lineEndings.contains(scalar)
            if isBreak && !lastWasBreak { scalars.append(" ") }
            if !isBreak { scalars.append(scalar) }
            lastWasBreak = isBreak
        }
        markdown = Self.escapedLine(Self.trimmed(scalars[...]))
    }

    /// For a paragraph of its own: its line breaks are kept and each line is escaped as the start
    /// of a block. Leading spaces are dropped (four would make an indented code block, and a
    /// renderer drops them from a paragraph anyway), and so are trailing ones (two make a hard break).
    init(paragraph text: some StringProtocol) {
        let scalars = Array(text.unicodeScalars)
        var lines: [String] = []
        var start = 0
        var at = 0
        while at <= scalars.count {
            if at == scalars.count || Self.lineEndings.contains(scalars[at]) {
                lines.append(Self.escapedLine(Self.trimmed(scalars[start..<at])))
                // CR LF is one line ending, not two.
                if at < scalars.count - 1, scalars[at] == "\r", scalars[at + 1] == "\n" { at += 1 }
                start = at + 1
            }
            at += 1
        }
        markdown = lines.joined(separator: "\n")
    }

    var description: String { markdown }

    /// CommonMark's line endings (LF, CR); other separators such as U+2028 are ordinary text to it.
    private static let lineEndings: Set<Unicode.Scalar> = ["\n", "\r"]
    /// The punctuation that opens inline syntax wherever it stands: escapes, code spans, emphasis,
    /// links and images, GFM's table cells and strikethrough.
    private static let inlineSyntax: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "|", "~"]

    private static func trimmed(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var line = line
        while let first = line.first, first == " " || first == "\t" { line.removeFirst() }
        while let last = line.last, last == " " || last == "\t" { line.removeLast() }
        return line
    }

    /// One line of text, no line endings in it, escaped as if it stood at the start of a block:
    /// the report puts article text right after a list marker, which starts a block too.
    private static func escapedLine(_ line: ArraySlice<Unicode.Scalar>) -> String {
        let scalars = Array(line)
        var out = String.UnicodeScalarView()
        var i = 0
        // A block marker at the line's start: ATX heading, bullet, thematic break, setext underline.
        if let first = scalars.first, ["#", "-", "+", "="].contains(first) {
            out.append("\\")
            out.append(first)
            i = 1
        } else {
            // An ordered-list marker: digits, then "." or ")".
            var digits = 0
            while digits < scalars.count, ("0"..."9").contains(scalars[digits]) { digits += 1 }
            if digits > 0, digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" {
                out.append(contentsOf: scalars[0..<digits])
                out.append("\\")
                out.append(scalars[digits])
                i = digits + 1
            }
        }
        while i < scalars.count {
            let scalar = scalars[i]
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "#" where closesHeading(scalars, at: i):
                out.append("\\")
                out.append(scalar)
            case _ where inlineSyntax.contains(scalar):
                out.append("\\")
                out.append(scalar)
            default:
                out.append(scalar)
            }
            i += 1
        }
        return String(out)
    }

    /// Whether the `#` at `i` starts a heading's closing sequence (a run of `#` after a space that
    /// only spaces follow), which a renderer would strip from "## Title #". A hashtag mid-line
    /// is left alone.
    private static func closesHeading(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i > 0, scalars[i - 1] == " " || scalars[i - 1] == "\t" else { return false }
        var j = i
        while j < scalars.count, scalars[j] == "#" { j += 1 }
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        return j == scalars.count
    }
}
