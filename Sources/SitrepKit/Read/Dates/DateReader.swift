/// Dates written out in full in the text ("December 11, 2016", "2016-12-13"), as ``TimeExpression``s
/// of day precision, read by the same ``DateParser`` the extractor dates pages with.
///
///     // "Talks resumed on 6 December 2016."  →  dates/0 "6 December 2016" = 2016-12-06
///
/// Relative dates, months, years and ranges, resolved against the publication date, come next.
public struct DateReader: Reader {
    public static let needs: Set<LayerName> = [.sentences]
    public static let adds: Set<LayerName> = [.dates]

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        var dates = Layer<TimeExpression>(.dates)
        for sentence in document.article.sentences {
            for found in DateParser.mentions(in: document[sentence]) {
                let span = Span(start: sentence.start + found.range.lowerBound, end: sentence.start + found.range.upperBound)
                dates.append(Annotation(span: span, value: TimeExpression(value: String(found.date.iso.prefix(10)),
                                                                          precision: .day, relative: false)))
            }
        }
        document.article.layers.dates = dates
    }
}
