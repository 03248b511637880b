/// Strips markup residue that scrapers leave inside lines of text: Markdown links and emphasis,
/// BBCode tags, HTML entities, autolinks and heading markers. The words stay; the markup goes,
/// and every removed piece is reported with its raw offsets.
///
///     InlineMarkup.strip("By [Fars News Agency](#)")   // "By Fars News Agency"
///     InlineMarkup.strip("[size=39]Exclusive[/size]")  // "Exclusive"
enum InlineMarkup {
    struct Result {
        var text: String
        /// Removed markup, in raw offsets, in order.
        var removed: [RemovedSegment]
        var hadLink: Bool
        /// BBCode tags were stripped: the text passed through a forum.
        var hadBBCode = false
        /// How many scalars of ``text`` were the text of links.
        var linkText = 0
    }

    static func strip(_ text: String) -> String {
        let scalars = ScalarText.scalars(of: text)
        return strip(scalars, Span(start: 0, end: scalars.count)).text
    }

    /// Strips the markup in `span` of `raw`.
    static func strip(_ raw: [Unicode.Scalar], _ span: Span) -> Result {
        // Most lines carry no markup at all: copy them whole instead of scalar by scalar.
        if !raw[span.start..<span.end].contains(where: opensMarkup) {
            return Result(text: ScalarText.string(raw[span.start..<span.end]), removed: [], hadLink: false)
        }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(span.length)
        var removed: [RemovedSegment] = []
        var hadLink = false
        var hadBBCode = false
        var linkText = 0
        // Where a Markdown link's text ends, and where its "](target)" tail ends.
        var linkTails: [(textEnd: Int, tailEnd: Int)] = []

        func drop(_ from: Int, _ to: Int) {
            guard to > from else { return }
            removed.append(RemovedSegment(span: Span(start: from, end: to), reason: .markup, text: ScalarText.string(raw[from..<to])))
        }

        var i = span.start
        // Heading and blockquote markers only mean something at the start of a line.
        var lead = i
        while lead < span.end, raw[lead] == "#" || raw[lead] == ">" { lead += 1 }
        if lead > i, lead < span.end, raw[lead] == " " { drop(i, lead + 1); i = lead + 1 }

        while i < span.end {
            if let tail = linkTails.last, i == tail.textEnd {
                drop(tail.textEnd, tail.tailEnd)
                i = tail.tailEnd
                linkTails.removeLast()
                continue
            }
            let c = raw[i]
            switch c {
            case "!" where i + 1 < span.end && raw[i + 1] == "[":
                // An image: its alt text is not article prose.
                if let (_, tailEnd) = markdownLink(raw, at: i + 1, limit: span.end) {
                    drop(i, tailEnd)
                    hadLink = true
                    i = tailEnd
                    continue
                }
            case "[":
                if let end = bbcodeTag(raw, at: i, limit: span.end) {
                    drop(i, end)
                    hadBBCode = true
                    i = end
                    continue
                }
                if let (textEnd, tailEnd) = markdownLink(raw, at: i, limit: span.end) {
                    drop(i, i + 1)
                    linkTails.append((textEnd, tailEnd))
                    hadLink = true
                    i += 1
                    continue
                }
            case "*", "_":
                if i + 1 < span.end, raw[i + 1] == c {
                    drop(i, i + 2)
                    i += 2
                    continue
                }
            case "&":
                if let (decoded, end) = entity(raw, at: i, limit: span.end) {
                    drop(i, end)
                    out.append(decoded)
                    i = end
                    continue
                }
            case "<":
                if let end = autolink(raw, at: i, limit: span.end) {
                    drop(i, i + 1)
                    out.append(contentsOf: raw[(i + 1)..<(end - 1)])
                    drop(end - 1, end)
                    i = end
                    continue
                }
            default:
                break
            }
            out.append(c)
            if !linkTails.isEmpty { linkText += 1 }
            i += 1
        }
        return Result(text: ScalarText.string(out), removed: removed, hadLink: hadLink, hadBBCode: hadBBCode, linkText: linkText)
    }

    /// Whether a scalar can open a piece of markup; a line without any is copied as it is.
    private static func opensMarkup(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "[", "!", "*", "_", "&", "<", "#", ">": return true
        default: return false
        }
    }

    /// `[text](target)` starting at `start`: where the text ends and where the whole link ends.
    private static func markdownLink(_ raw: [Unicode.Scalar], at start: Int, limit: Int) -> (Int, Int)? {
        var depth = 0
        var i = start
        while i < limit, i - start < 2_000 {
            if raw[i] == "[" { depth += 1 }
            if raw[i] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        guard i < limit, raw[i] == "]", i + 1 < limit, raw[i + 1] == "(" else { return nil }
        // The target may hold balanced parentheses of its own: `(https://x.org/Battle_(2016))`.
        var j = i + 2
        var open = 1
        while j < limit, j - i < 2_000 {
            if raw[j] == "(" { open += 1 }
            if raw[j] == ")" {
                open -= 1
                if open == 0 { break }
            }
            j += 1
        }
        guard j < limit, raw[j] == ")" else { return nil }
        return (i, j + 1)
    }

    private static let bbcodeTags: Set<String> = [
        "b", "i", "u", "s", "size", "color", "colour", "font", "url", "img", "quote", "code", "center", "left",
        "right", "list", "li", "email", "spoiler", "table", "tr", "td", "sup", "sub", "h1", "h2", "h3", "h4",
        "youtube", "media", "indent", "justify", "highlight", "strike",
    ]

    /// `[tag]`, `[tag=value]` or `[/tag]` for a known BBCode tag: where it ends.
    private static func bbcodeTag(_ raw: [Unicode.Scalar], at start: Int, limit: Int) -> Int? {
        var i = start + 1
        if i < limit, raw[i] == "/" { i += 1 }
        let nameStart = i
        while i < limit, raw[i].isAlphabeticFast || raw[i].asciiDigit != nil, i - nameStart < 12 { i += 1 }
        let name = ScalarText.string(raw[nameStart..<i]).lowercased()
        guard bbcodeTags.contains(name) else { return nil }
        if i < limit, raw[i] == "=" {
            while i < limit, raw[i] != "]", raw[i] != "[", i - start < 300 { i += 1 }
        }
        guard i < limit, raw[i] == "]" else { return nil }
        return i + 1
    }

    /// `&amp;`, `&#8217;`, `&#x2019;`: the character and where the entity ends.
    private static func entity(_ raw: [Unicode.Scalar], at start: Int, limit: Int) -> (Unicode.Scalar, Int)? {
        var i = start + 1
        while i < limit, raw[i] != ";", i - start < 34 { i += 1 }
        guard i < limit, raw[i] == ";", i > start + 1 else { return nil }
        let body = ScalarText.string(raw[(start + 1)..<i])
        // A no-break space left in scraped text is a space like any other to the reader.
        if body == "nbsp" { return (" ", i + 1) }
        guard let text = HTMLEntities.character(referencedBy: Substring(body)), text.unicodeScalars.count == 1 else { return nil }
        return (text.unicodeScalars.first!, i + 1)
    }

    /// `<http://…>` or `<https://…>`: where it ends.
    private static func autolink(_ raw: [Unicode.Scalar], at start: Int, limit: Int) -> Int? {
        let prefix = "http"
        var i = start + 1
        for p in prefix.unicodeScalars {
            guard i < limit, raw[i] == p else { return nil }
            i += 1
        }
        while i < limit, raw[i] != ">", raw[i] != " ", i - start < 2_000 { i += 1 }
        guard i < limit, raw[i] == ">" else { return nil }
        return i + 1
    }
}
