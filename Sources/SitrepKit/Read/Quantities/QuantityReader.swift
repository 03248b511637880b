/// Figures in the text: counts, ranges, percentages, money, areas, distances, durations, votes
/// and scores, changes — each with its qualifier, unit, what it counts and, for casualty
/// figures, what happened to them.
///
///     // "Russian news agencies said air strikes had killed 300 militants overnight."
///     article.layers.quantities[0].value
///     // Quantity(low: 300, high: 300, kind: .count, counts: "militants", role: .killed)
///
/// Numbers inside the dates layer are left to it; times, years, ages, ordinals, phone numbers,
/// addresses and identifiers the dates layer does not cover are rejected here (``NonQuantities``).
/// A figure's date is set here only where the syntax ties the two, a date written right before or
/// after it ("On 6 December 2016, 300 militants …", "… 40 houses flooded on 3 May"); the nearest
/// date and the place of the sentence are the ``FigureContextReader``'s. One pass over each
/// sentence's tokens, each step a bounded look around one token.
public struct QuantityReader: Reader {
    public static let needs: Set<LayerName> = [.sentences, .tokens, .dates]
    public static let adds: Set<LayerName> = [.quantities]

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        var layer = Layer<Quantity>(.quantities)
        let tokens = document.tokens
        let dates = document.article.layers.dates
        let dateSpans = dates.items.map(\.span)
        var dateCursor = 0
        for sentence in document.article.sentences {
            let range = document.tokenIndices(in: sentence)
            let reader = FigureReader(tokens: tokens, scalars: document.text.scalars, floor: range.lowerBound,
                                      limit: range.upperBound)
            var figures: [Figure] = []
            var i = range.lowerBound
            while i < range.upperBound {
                let start = tokens[i].span.start
                while dateCursor < dateSpans.count, dateSpans[dateCursor].end <= start { dateCursor += 1 }
                if dateCursor < dateSpans.count, dateSpans[dateCursor].start <= start {
                    i += 1
                    continue
                }
                switch reader.read(at: i) {
                case .figure(let figure)?:
                    // A figure never reaches into a date ("3 December 2016" is the date's).
                    if dateCursor < dateSpans.count, tokens[figure.end - 1].span.end > dateSpans[dateCursor].start {
                        i += 1
                        continue
                    }
                    figures.append(figure)
                    i = max(figure.end, i + 1)
                case .skip(let next)?:
                    i = max(next, i + 1)
                case nil:
                    i += 1
                }
            }
            guard !figures.isEmpty else { continue }
            CoordinatedFigures.share(&figures, tokens: tokens, text: document.text)
            let sentenceDates = dates.indices(startingIn: sentence)
            for figure in figures {
                layer.append(annotation(figure, tokens: tokens, document: document,
                                        date: adjacentDate(to: figure, in: sentenceDates, dates: dateSpans, tokens: tokens,
                                                           document: document).map { dates.id(at: $0) }))
            }
        }
        document.article.layers.quantities = layer
    }

    private func annotation(_ figure: Figure, tokens: [Token], document: ReadingDocument, date: AnnotationID?) -> Annotation<Quantity> {
        let span = Span(start: tokens[figure.first].span.start, end: tokens[figure.end - 1].span.end)
        var countsSpan = figure.countedSpan
        if let counted = figure.counted {
            countsSpan = Span(start: tokens[counted.lowerBound].span.start, end: tokens[counted.upperBound - 1].span.end)
        }
        let counts = figure.countedText ?? countsSpan.map { document[$0] }
        return Annotation(span: span, value: Quantity(
            low: figure.low, high: figure.high, kind: figure.kind, approx: figure.approx, unit: figure.unitName,
            counts: counts, countsSpan: countsSpan, role: figure.role, date: date, sides: figure.sides,
            direction: figure.direction))
    }

    /// The date written right before the figure ("On Tuesday, 300 …") or right after it or its
    /// counted noun ("40 houses flooded on 3 May"), with at most a comma or a preposition between.
    private func adjacentDate(to figure: Figure, in indices: Range<Int>, dates: [Span], tokens: [Token],
                              document: ReadingDocument) -> Int? {
        guard !indices.isEmpty else { return nil }
        let first = figure.first
        var last = figure.end
        if let counted = figure.counted { last = max(last, counted.upperBound) }
        // One participle after the counted noun: "40 houses flooded on 3 May".
        if last < tokens.count, tokens[last].kind == .word, tokens[last].norm.hasSuffix("ed") { last += 1 }
        let start = tokens[first].span.start, end = tokens[last - 1].span.end
        for k in indices {
            let span = dates[k]
            let gap = span.end <= start ? Span(start: span.end, end: start) : span.start >= end ? Span(start: end, end: span.start) : nil
            guard let gap else { continue }
            let between = document.tokens(in: gap)
            if between.count <= 2, between.allSatisfy({ Self.dateTies.contains($0.norm) }) { return k }
        }
        return nil
    }

    private static let dateTies: Set<String> = [",", "on", "in", "by", "since", "until", "as", "of", "from", "during"]
}
