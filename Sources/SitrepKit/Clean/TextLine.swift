/// One line of the text being cleaned: where it sits in the raw text, and how it reads once markup
/// residue is stripped. Rules judge lines by ``plain``; the body keeps their ``span``s.
struct TextLine {
    /// The line in the raw text, without its newline.
    var span: Span
    /// The line as a reader sees it: markup stripped, whitespace trimmed.
    var plain: String
    /// True when most of the line's text is the text of links ("[Become a Member](#)").
    var isMostlyLinks: Bool
    var wordCount: Int
    /// Words that start with a capital letter: nearly all of them in a menu or a headline.
    var capitalizedWords: Int
    /// ``plain`` lowercased, as UTF-8, for the rules' vocabulary checks.
    var lowered: [UInt8]
    /// The line with markup stripped, untrimmed, and the markup removed from it.
    var stripped: InlineMarkup.Result
    /// A row of a table of figures, `label: number` (``LabelledFigure``).
    var isFigureRow = false

    var isBlank: Bool { plain.isEmpty }

    /// Ends like a sentence (or a quotation of one) rather than like a label or a headline.
    var endsSentence: Bool {
        var scalars = plain.unicodeScalars[...]
        guard let last = scalars.last else { return false }
        switch last {
        case ".", "!", "?", "…", "\"", "”", "’", ")", "。", "！", "？", "」", "』": return true
        case "'", "»":
            // A quotation closed with apostrophes (wire copy's ``…'') or guillemets, after a stop.
            while let closing = scalars.last, closing == "'" || closing == "»" || closing == " " { scalars = scalars.dropLast() }
            return scalars.last.map { [".", "!", "?", "…"].contains($0) } ?? false
        default: return false
        }
    }

    /// Reads like a menu or a headline: mostly capitalised words, no sentence end.
    var isTitleCased: Bool { wordCount >= 4 && capitalizedWords * 10 >= wordCount * 6 && !endsSentence }

    /// Splits raw text into lines, stripping each one's markup once for every rule to read. Lines
    /// a fixed-width wrap broke out of one paragraph (``LineJoiner``) come back as one line, whose
    /// span runs over all of them and whose text joins them with single spaces.
    static func lines(of raw: [Unicode.Scalar]) -> [TextLine] {
        var physical: [Span] = []
        var start = 0
        for index in 0...raw.count where index == raw.count || raw[index] == "\n" {
            physical.append(Span(start: start, end: index))
            start = index + 1
        }
        let continues = LineJoiner.continuations(raw, physical)
        var lines: [TextLine] = []
        lines.reserveCapacity(physical.count)
        var index = 0
        while index < physical.count {
            var last = index
            while last + 1 < physical.count, continues[last + 1] { last += 1 }
            let stripped = last == index ? InlineMarkup.strip(raw, physical[index])
                : InlineMarkup.Result(joining: physical[index...last].map { InlineMarkup.strip(raw, $0) })
            lines.append(TextLine(span: Span(start: physical[index].start, end: physical[last].end), stripped: stripped))
            index = last + 1
        }
        return lines
    }
}

extension TextLine {
    /// A line read from its stripped text.
    init(span: Span, stripped: InlineMarkup.Result) {
        let plain = stripped.text.trimmingWhitespace()
        self.init(span: span, plain: plain,
                  isMostlyLinks: stripped.linkText * 2 >= plain.unicodeScalars.count && stripped.linkText > 0,
                  wordCount: countWords(plain), capitalizedWords: countCapitalizedWords(plain),
                  lowered: loweredUTF8(plain), stripped: stripped, isFigureRow: LabelledFigure.isRow(plain))
    }
}

extension InlineMarkup.Result {
    /// The lines of a wrapped paragraph as one, each trimmed and joined to the next by a space.
    init(joining parts: [InlineMarkup.Result]) {
        self.init(text: parts.map { $0.text.trimmingWhitespace() }.joined(separator: " "),
                  removed: parts.flatMap(\.removed), hadLink: parts.contains { $0.hadLink },
                  hadBBCode: parts.contains { $0.hadBBCode }, linkText: parts.reduce(0) { $0 + $1.linkText })
    }
}

/// The text lowercased, as UTF-8; ASCII text (most lines) without Unicode's case tables.
private func loweredUTF8(_ text: String) -> [UInt8] {
    var bytes = Array(text.utf8)
    for index in bytes.indices {
        let byte = bytes[index]
        if byte >= 0x80 { return Array(text.lowercased().utf8) }
        if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte | 0x20 }
    }
    return bytes
}

private func countCapitalizedWords(_ text: String) -> Int {
    var count = 0
    var atWordStart = true
    for scalar in text.unicodeScalars {
        let isSpace = scalar == " " || scalar == "\t"
        if atWordStart && !isSpace && scalar.isUppercaseFast { count += 1 }
        atWordStart = isSpace
    }
    return count
}

/// Runs of characters between spaces and tabs; in Chinese and Japanese, which write no spaces,
/// every two ideographs or kana count as a word, so their prose weighs like prose elsewhere.
private func countWords(_ text: String) -> Int {
    var count = 0
    var inWord = false
    var unspaced = 0
    for scalar in text.unicodeScalars {
        let isSpace = scalar == " " || scalar == "\t"
        if !isSpace && !inWord { count += 1 }
        inWord = !isSpace
        if isUnspacedScript(scalar) { unspaced += 1 }
    }
    return max(count, unspaced / 2)
}

/// Han ideographs, hiragana and katakana.
private func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return true
    default: return false
    }
}

extension StringProtocol {
    /// The text without any of `characters` at either end: `"[Valley Post], ".trimming(" ,[]")`.
    func trimming(_ characters: String) -> String {
        var s = Substring(self)
        while let first = s.first, characters.contains(first) { s = s.dropFirst() }
        while let last = s.last, characters.contains(last) { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// The words of the text separated by single spaces: how a line and a paragraph assembled
    /// from it compare equal whatever their spacing.
    var collapsingWhitespace: String {
        unicodeScalars.split(whereSeparator: \.isWhitespaceFast).map { String($0) }.joined(separator: " ")
    }

    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceFast }),
              let last = scalars.lastIndex(where: { !$0.isWhitespaceFast }) else { return "" }
        return String(scalars[first...last])
    }
}
