/// Finds the lines that a fixed-width wrap broke out of one paragraph, as text copied out of a
/// page's source, an e-mail or a wire feed arrives ("lines broken mid-sentence at ~80 columns,
/// each indented"), so that cleaning judges paragraphs, not the pieces a wrap left.
///
///     LineJoiner.continuations(raw, lineSpans)   // [false, true, true, false, …]
///
/// A wrap leaves a mark no other line break does: a line was broken there because the next word
/// would not have fitted. So the document's wrap width is read first (the length most lines
/// followed by another one come close to), and a line continues the one above it when that one
/// is near the width and the line's first word would have pushed it past. A block of lines
/// (between blank lines) is only joined when most of its breaks are such wraps: a menu or a list
/// of headlines has a few long items by chance, not most. And the document's wraps together
/// must read as prose broken anywhere: mostly mid-sentence, some before a lower-case word (one
/// sentence a line, or lines that all open with a capital, were laid out one by one). A deeper
/// indent, a list marker or a `label: number` row starts a line of its own. A few passes over
/// the lines, whatever their number.
enum LineJoiner {
    /// Wraps narrower than this are not looked for: at a few words a line, any list would pass.
    static let narrowestWidth = 40
    /// Lines longer than this are paragraphs laid out on one line, never a wrap's.
    static let widestWidth = 250
    /// How far below the width a wrapped line may end: the longest words people write.
    static let raggedness = 25
    /// The shortest line taken for a wrap's when the document has no other to compare it with.
    static let loneLineWidth = 60

    /// For each line, whether it continues the line before it (always false for the first).
    static func continuations(_ raw: [Unicode.Scalar], _ spans: [Span]) -> [Bool] {
        let shapes = spans.map { Shape(raw, $0) }
        var joins = [Bool](repeating: false, count: spans.count)
        guard spans.count >= 2, let width = wrapWidth(shapes) else { return joins }
        var evidence = Evidence()
        var blockStart = 0
        for index in 0...shapes.count where index == shapes.count || shapes[index].isBlank {
            markBlock(shapes, blockStart..<index, width: width, into: &joins, &evidence)
            blockStart = index + 1
        }
        // A wrap falls anywhere in a sentence, so most break one, and some break before a word in
        // lower case. Lines that each end a sentence, or that all start with a capital (menus,
        // headlines, a footer's notices), were laid out one by one, whatever their lengths.
        // A lone wrap is taken on its line's shape (``wrapWidth(_:)``); more must show it.
        let lone = evidence.wraps == 1 && loneWrap(shapes) != nil
        guard lone || (evidence.midSentence * 2 > evidence.wraps && evidence.lowercaseNext > 0 && evidence.lowercaseNext * 4 >= evidence.wraps) else {
            return [Bool](repeating: false, count: spans.count)
        }
        return joins
    }

    /// What the document's wraps show, summed over its blocks.
    struct Evidence {
        var wraps = 0
        var midSentence = 0
        var lowercaseNext = 0
    }

    /// The width the document was wrapped at: the right edge of the band of lengths holding most
    /// lines that another line follows, or nil when fewer than two lines share any such band.
    static func wrapWidth(_ shapes: [Shape]) -> Int? {
        var histogram = [Int](repeating: 0, count: widestWidth + 1)
        var counted = 0
        for index in shapes.indices.dropLast() where !shapes[index].isBlank && !shapes[index + 1].isBlank {
            let length = shapes[index].length
            if (narrowestWidth...widestWidth).contains(length) {
                histogram[length] += 1
                counted += 1
            }
        }
        // A single pair of lines shows no band; a line long enough to be a wrap's and cut off
        // mid-sentence is taken for one.
        if counted == 1 { return loneWrap(shapes) }
        guard counted >= 2 else { return nil }
        // A sliding window: the smallest right edge among the fullest bands is a length some
        // line reaches, the widest a wrap at that width produced.
        var inWindow = 0
        var best: (count: Int, width: Int) = (0, 0)
        for width in narrowestWidth...widestWidth {
            inWindow += histogram[width]
            if width - raggedness >= narrowestWidth { inWindow -= histogram[width - raggedness] }
            if inWindow > best.count { best = (inWindow, width) }
        }
        return best.count >= 2 ? best.width : nil
    }

    /// The first line's length, when the document's only pair of adjacent lines reads as one
    /// wrapped sentence: that line long enough to be a wrap's, cut off mid-sentence, no headline.
    static func loneWrap(_ shapes: [Shape]) -> Int? {
        let pairs = shapes.indices.dropLast().filter { !shapes[$0].isBlank && !shapes[$0 + 1].isBlank }
        guard pairs.count == 1, let index = pairs.first else { return nil }
        let line = shapes[index]
        let isWrap = (loneLineWidth...widestWidth).contains(line.length) && !line.endsSentence && !line.isHeadlineCased
        return isWrap ? line.length : nil
    }

    /// Marks the wraps of one block of non-blank lines, when most of its breaks are wraps.
    private static func markBlock(_ shapes: [Shape], _ block: Range<Int>, width: Int, into joins: inout [Bool], _ evidence: inout Evidence) {
        guard block.count >= 2 else { return }
        var found = Evidence()
        // Breaks before a list item, a row of figures or an indented paragraph are meant; the
        // others are wraps or a paragraph's end.
        let breaks = block.dropLast().filter { !startsItsOwnLine(shapes[$0], shapes[$0 + 1]) }.count
        for index in block.dropLast() where isWrap(shapes[index], shapes[index + 1], width: width, opensBlock: index == block.lowerBound) {
            joins[index + 1] = true
            found.wraps += 1
            if !shapes[index].endsSentence { found.midSentence += 1 }
            // A link is in lower case whatever precedes it, and says nothing of a sentence going on.
            if !shapes[index + 1].startsUppercase && !shapes[index + 1].startsWithLink { found.lowercaseNext += 1 }
        }
        // Lines that end a paragraph are no wraps; in a block of three-line paragraphs with no
        // blank line between them a third of the breaks are such ends.
        guard found.wraps * 2 >= breaks else {
            for index in block.dropFirst() { joins[index] = false }
            return
        }
        evidence.wraps += found.wraps
        evidence.midSentence += found.midSentence
        evidence.lowercaseNext += found.lowercaseNext
    }

    /// Whether the break between `line` and `next` is a wrap at `width`.
    static func isWrap(_ line: Shape, _ next: Shape, width: Int, opensBlock: Bool) -> Bool {
        // Near the width, and the next word would have pushed it past. A word longer than the
        // band (a link on a line of its own) would push any line past, and shows nothing.
        guard line.length <= width, line.length + raggedness >= width, next.firstWordLength <= raggedness,
              line.length + 1 + next.firstWordLength > width else { return false }
        if startsItsOwnLine(line, next) { return false }
        // A headline on top of its story: capitalised words with no sentence end, before a
        // capitalised line. (Inside a paragraph a line full of names may read the same.)
        if opensBlock && line.isHeadlineCased && next.startsUppercase && !next.isMostlyCapitalized { return false }
        return true
    }

    /// A list item or a row of figures, a line after a row, or a deeper indent, which opens a
    /// paragraph or a quotation (unless it hangs under a list marker).
    static func startsItsOwnLine(_ line: Shape, _ next: Shape) -> Bool {
        let hangingIndent = line.opensItem ? line.indent + line.firstWordLength + 1 : line.indent
        return next.opensItem || next.isFigureRow || line.isFigureRow || next.indent > hangingIndent
    }

    /// What the joiner reads of a line, straight from the raw scalars.
    struct Shape {
        var isBlank: Bool
        /// Columns up to the last non-space scalar, the indent included.
        var length: Int
        var indent: Int
        var firstWordLength: Int
        /// A bullet or a numbered-list marker, or a Markdown heading or quotation marker.
        var opensItem: Bool
        var isFigureRow: Bool
        /// Capitalised words with no sentence end, as a headline in title case is written; names
        /// alone rarely capitalise three words in four.
        var isHeadlineCased: Bool
        /// Most words capitalised, as in a headline's last words ("Bad Optics.").
        var isMostlyCapitalized: Bool
        var startsUppercase: Bool
        /// The first word is a web address.
        var startsWithLink: Bool
        /// Ends with sentence punctuation, a closing quotation mark or a colon.
        var endsSentence: Bool

        init(_ raw: [Unicode.Scalar], _ span: Span) {
            var start = span.start
            var indent = 0
            while start < span.end, raw[start] == " " || raw[start] == "\t" || raw[start] == "\u{A0}" {
                indent += 1
                start += 1
            }
            var end = span.end
            while end > start, raw[end - 1].isWhitespaceFast { end -= 1 }
            isBlank = start == end
            length = indent + (end - start)
            self.indent = indent
            var wordEnd = start
            while wordEnd < end, !raw[wordEnd].isWhitespaceFast { wordEnd += 1 }
            firstWordLength = wordEnd - start
            let firstWord = ScalarText.string(raw[start..<min(wordEnd, start + 8)]).lowercased()
            startsWithLink = firstWord.hasPrefix("http") || firstWord.hasPrefix("www.")
            opensItem = !isBlank && Self.opensItem(raw, start, wordEnd)
            startsUppercase = !isBlank && raw[start].isUppercaseFast
            isFigureRow = !isBlank && LabelledFigure.isRow(raw[start..<end])
            var words = 0
            var capitalized = 0
            var atWordStart = true
            for i in start..<end {
                let isSpace = raw[i] == " " || raw[i] == "\t"
                if atWordStart && !isSpace {
                    words += 1
                    if raw[i].isUppercaseFast { capitalized += 1 }
                }
                atWordStart = isSpace
            }
            endsSentence = end > start && [".", "!", "?", "…", "\"", "”", "'", "’", ":"].contains(raw[end - 1])
            isMostlyCapitalized = words > 0 && capitalized * 10 >= words * 6
            isHeadlineCased = words >= 3 && capitalized * 4 >= words * 3 && !endsSentence
        }

        private static func opensItem(_ raw: [Unicode.Scalar], _ start: Int, _ wordEnd: Int) -> Bool {
            let word = raw[start..<wordEnd]
            guard let first = word.first else { return false }
            if word.count == 1 && TrailingList.bullets.contains(first) { return true }
            if word.allSatisfy({ $0 == "#" }) || word.allSatisfy({ $0 == ">" }) { return true }
            // "1.", "12)", "a)": a numbered item.
            if word.count >= 2, let last = word.last, last == "." || last == ")" {
                let body = word.dropLast()
                return body.count <= 3 && body.allSatisfy { $0.asciiDigit != nil }
            }
            return false
        }
    }
}
