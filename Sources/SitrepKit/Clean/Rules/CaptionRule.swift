/// Photo and map captions and their credits, which sit inside a body but are not its prose:
/// "Map via Some Institute", "Photo: Jane Roe/Agency", "Rescuers at work on Monday. AGENCY/Jane Roe",
/// "A still from a video … Handout via AGENCY TV". They are kept as asides.
struct CaptionRule: LineRule {
    static let openers = PhraseList(["photo:", "photo by", "photos:", "image:", "image caption", "image credit",
                                     "picture:", "pictured:", "caption:", "credit:", "map via", "map:", "file photo",
                                     "screenshot"])

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        guard line.wordCount <= 60, !line.isFigureRow else { return nil }
        if line.starts(withAnyOf: Self.openers) { return .aside }
        return Self.endsWithCredit(line.plain) ? .aside : nil
    }

    /// A picture credit closing the line: "AGENCY/Jane Roe", "Jane Roe/Agency Images", or
    /// "(Handout) via Some Agency TV" — names in capitals, with no sentence after them.
    static func endsWithCredit(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 3, let last = words.last, !last.hasSuffix(".") else { return false }
        let tail = words.suffix(4)
        // AGENCY/Name: a slash joining two capitalised names.
        if let slashed = tail.first(where: { $0.contains("/") && !$0.contains("://") }) {
            let sides = slashed.split(separator: "/", omittingEmptySubsequences: false)
            if sides.count == 2, sides.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        }
        // "… via Some Agency": "via" followed only by capitalised words, at the end.
        if let via = words.lastIndex(of: "via"), words.count - via <= 4, via > 0 {
            return words[(via + 1)...].allSatisfy { $0.first?.isUppercase == true }
        }
        return false
    }

    /// A caption and its credit closing a paragraph of prose, as a photo's text lands in a
    /// one-paragraph report: "… officials said. Residents walk past the site. Pic/AFP". The
    /// caption (its last sentence, and the one before when the credit stands alone) becomes a
    /// line of its own, for the rule to set aside; the report stays. With less than two sentences
    /// before it the paragraph may be all caption, and is left whole for the rule to judge,
    /// unless it is the document's only paragraph.
    static func splittingTrailingCaptions(_ lines: [TextLine], _ raw: [Unicode.Scalar]) -> [TextLine] {
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        // A document of one paragraph is a report, not a caption alone: one sentence before the
        // caption is enough there.
        let substantial = lines.filter { $0.wordCount >= 4 && !(WireDateline.mayOpen($0) && WireDateline.read($0.plain)?.isWholeLine == true) }.count
        for line in lines {
            let alone = substantial == 1 && line.wordCount >= 4
            if line.wordCount > 12, let (head, tail) = splitTrailingCaption(line, raw, alone: alone) {
                result.append(head)
                result.append(tail)
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// Words in a caption split off a paragraph, its credit included.
    static let longestCaption = 35

    private static func splitTrailingCaption(_ line: TextLine, _ raw: [Unicode.Scalar], alone: Bool) -> (TextLine, TextLine)? {
        guard endsWithCredit(line.plain) else { return nil }
        let text = Array(line.plain.unicodeScalars)
        let starts = sentenceStarts(text)
        guard var captionStart = starts.last else { return nil }
        // A credit alone ("Pic/AFP", "Photo: Jane Roe/Reuters") takes the sentence before it along.
        if countWords(text[captionStart...]) <= 4 {
            guard starts.count >= 2 else { return nil }
            captionStart = starts[starts.count - 2]
        }
        // A caption is a sentence or two; a longer tail means a sentence end went unseen.
        guard countWords(text[captionStart...]) <= longestCaption else { return nil }
        let head = Array(text[..<captionStart])
        let headSentences = starts.filter { $0 < captionStart }.count + 1
        // One long sentence before a credit is as likely a caption of its own.
        guard headSentences >= 2 || (alone && countWords(head[...]) >= 4) else { return nil }
        // Where the caption starts in the raw line: it must end the raw line word for word
        // (spacing aside), so a line whose caption carries markup is left alone.
        guard let rawStart = suffixStart(of: text[captionStart...], in: raw, line.span) else { return nil }
        var headEnd = rawStart
        while headEnd > line.span.start, raw[headEnd - 1].isWhitespaceFast { headEnd -= 1 }
        let headPlain = ScalarText.string(head).trimmingWhitespace()
        let captionPlain = ScalarText.string(text[captionStart...])
        var headStripped = line.stripped
        headStripped.text = headPlain
        headStripped.removed = line.stripped.removed.filter { $0.span.end <= headEnd }
        let tailStripped = InlineMarkup.Result(text: captionPlain, removed: [], hadLink: false)
        return (TextLine(span: Span(start: line.span.start, end: headEnd), stripped: headStripped),
                TextLine(span: Span(start: rawStart, end: line.span.end), stripped: tailStripped))
    }

    /// Where sentences start after the first: after a full stop, "!" or "?" (and a closing
    /// quotation mark) and a space, at a capital letter or an opening quotation mark before one.
    private static func sentenceStarts(_ text: [Unicode.Scalar]) -> [Int] {
        var starts: [Int] = []
        for i in text.indices.dropFirst() where text[i] == " " && i + 1 < text.count {
            var end = i - 1
            while end > 0, closingQuotes.contains(text[end]) { end -= 1 }
            guard text[end] == "." || text[end] == "!" || text[end] == "?" else { continue }
            // "Jeffrey T. Barnes": an initial, no sentence end.
            if end >= 1, text[end - 1].isUppercaseFast, end == 1 || text[end - 2] == " " { continue }
            var start = i + 1
            if openingQuotes.contains(text[start]), start + 1 < text.count { start += 1 }
            if text[start].isUppercaseFast { starts.append(i + 1) }
        }
        return starts
    }

    private static let closingQuotes: Set<Unicode.Scalar> = ["\"", "”", "’", "'", "»", ")"]
    private static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "«", "("]

    private static func countWords(_ text: ArraySlice<Unicode.Scalar>) -> Int {
        text.split(whereSeparator: \.isWhitespaceFast).count
    }

    /// The raw offset where `suffix` starts, when the raw line ends with it (any run of
    /// whitespace matching any other).
    private static func suffixStart(of suffix: ArraySlice<Unicode.Scalar>, in raw: [Unicode.Scalar], _ span: Span) -> Int? {
        var r = span.end
        while r > span.start, raw[r - 1].isWhitespaceFast { r -= 1 }
        var s = suffix.endIndex
        while s > suffix.startIndex, suffix[s - 1].isWhitespaceFast { s -= 1 }
        while s > suffix.startIndex {
            guard r > span.start else { return nil }
            if suffix[s - 1].isWhitespaceFast {
                guard raw[r - 1].isWhitespaceFast else { return nil }
                while s > suffix.startIndex, suffix[s - 1].isWhitespaceFast { s -= 1 }
                while r > span.start, raw[r - 1].isWhitespaceFast { r -= 1 }
            } else {
                guard raw[r - 1] == suffix[s - 1] else { return nil }
                r -= 1
                s -= 1
            }
        }
        return r
    }
}
