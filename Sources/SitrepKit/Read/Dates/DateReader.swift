/// Reads every date of an article and resolves it: absolute ("December 11, 2016", "May 2015",
/// "11/12/2016" in the outlet's order), relative to the publication date ("on Tuesday",
/// "yesterday", "last week", "earlier this month", "overnight"), to a date told before ("the next
/// day", "a year earlier"), and ranges ("between 5 and 7 December"), each with its precision, its
/// anchor, its part of the day and its time when given.
///
///     // "On Friday, the bill passed." in an article published Wednesday 2016-12-07:
///     article.layers.dates[0].value
///     // TimeExpression(value: "2016-12-02", precision: .day, relative: true, anchor: .publication)
///
/// An article without a publication date gets one inferred from its own words
/// (``PublicationInference``), marked inferred with its evidence, and its dates are resolved
/// against that; a declared date is never replaced. Dates are found per sentence by
/// ``DateScanner``, the tense of their clause read by ``TenseReader``, and their values worked out
/// by ``DateResolver``: one linear pass over the tokens.
public struct DateReader: Reader {
    public static let needs: Set<LayerName> = [.sentences, .tokens]
    public static let adds: Set<LayerName> = [.dates]

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        let tokens = document.tokens
        let scanner = DateScanner(tokens: tokens, order: NumericDateOrder(language: document.article.language))
        var found: [FoundDate] = []
        for sentence in document.article.sentences {
            found.append(contentsOf: scanner.scan(document.tokenIndices(in: sentence)))
        }
        if document.article.published?.isInferred ?? true {
            document.article.published = PublicationInference().infer(found, tokens: tokens, setAside: document.setAside)
        }
        let resolver = DateResolver(anchor: document.article.published.flatMap { CalendarDay(iso: $0.day) })
        let tenses = TenseReader(tokens: tokens)
        var dates = Layer<TimeExpression>(.dates)
        // The last date told, which "the next day" and "a year earlier" count from.
        var reference: (value: CalendarValue, id: AnnotationID)?
        for date in found {
            let tense = date.tense ?? (date.written.needsTense ? tenses.tense(of: date.tokens, in: date.sentence) : .unknown)
            guard let (value, fromReference) = resolver.resolve(date.written, tense: tense, reference: reference?.value) else { continue }
            let anchor: TimeExpression.Anchor? = date.written.isAbsolute ? nil
                : fromReference ? reference.map { .date($0.id) } : .publication
            let span = Span(start: tokens[date.tokens.lowerBound].span.start, end: tokens[date.tokens.upperBound - 1].span.end)
            let id = dates.append(Annotation(span: span, value: TimeExpression(
                value: value.iso, precision: value.precision, relative: !date.written.isAbsolute, anchor: anchor,
                time: date.time, modifier: date.modifier.flatMap { $0.isEmpty ? nil : $0 })))
            if case .fromReference = date.written { continue }
            reference = (value, id)
        }
        document.article.layers.dates = dates
    }
}

extension NumericDateOrder {
    /// How the outlet's language writes `11/12/2016`: month first in American English, day first
    /// elsewhere; unknown for plain "en", which both share, or no language at all.
    init?(language: String?) {
        guard let language else { return nil }
        let code = String(language.lowercased().map { $0 == "_" ? "-" : $0 })
        guard code.count >= 2, code != "en" else { return nil }
        if code.hasPrefix("en-us") || code.hasPrefix("en-ph") { self = .monthFirst } else { self = .dayFirst }
    }
}
