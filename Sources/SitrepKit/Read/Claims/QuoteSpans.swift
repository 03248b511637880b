/// The quoted stretches of an article, found in one pass over its paragraphs: curly quotes pair
/// “ with ”, straight ones alternate, a typewriter '' closes either. A quote left open at a
/// paragraph's end goes on when the next paragraph opens with a quote mark (the convention for a
/// quotation over several paragraphs) and ends with its paragraph otherwise, so a missing closing
/// mark costs one paragraph, not the rest of the article.
///
///     QuoteSpans(text, paragraphs).containing(offset)   // the quote around a position, if any
struct QuoteSpans {
    /// From the opening mark to just past the closing one, in text order, none overlapping.
    private(set) var spans: [Span] = []

    init(_ text: ScalarText, paragraphs: [Span]) {
        var open: Int?
        var curly = false
        for (n, paragraph) in paragraphs.enumerated() {
            var i = paragraph.start
            while i < paragraph.end {
                let (s, width) = Self.mark(at: i, in: text, before: paragraph.end)
                if let start = open {
                    // A quotation over several paragraphs reopens each one: that mark goes on with it.
                    let reopens = i == paragraph.start && (s == "“" || s == "\"")
                    if !reopens, s == "”" || !curly && s == "\"" || width == 2 && s == "\"" {
                        spans.append(Span(start: start, end: i + width))
                        open = nil
                    }
                } else if s == "“" || s == "\"" {
                    open = i
                    curly = s == "“"
                }
                i += width
            }
            if let start = open {
                let next = n + 1 < paragraphs.count ? paragraphs[n + 1] : nil
                let goesOn = next.map { $0.start < $0.end && ["“", "\""].contains(Self.mark(at: $0.start, in: text, before: $0.end).0) } ?? false
                if !goesOn {
                    spans.append(Span(start: start, end: paragraph.end))
                    open = nil
                }
            }
        }
    }

    /// The quotation mark at `i` and its width: ``…'' and ''…'' (two scalars each) stand for “ and ”
    /// or a straight quote, the way the tokenizer reads them.
    private static func mark(at i: Int, in text: ScalarText, before end: Int) -> (Unicode.Scalar, Int) {
        let s = text.scalars[i]
        guard s == "'" || s == "`", i + 1 < end, text.scalars[i + 1] == s else { return (s, 1) }
        return (s == "`" ? "“" : "\"", 2)
    }

    /// The quote that holds `offset`, by binary search.
    func containing(_ offset: Int) -> Span? {
        let i = spans.partitionIndex { $0.end <= offset }
        return i < spans.count && spans[i].start <= offset ? spans[i] : nil
    }
}
