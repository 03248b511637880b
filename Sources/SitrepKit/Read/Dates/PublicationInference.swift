/// The publication day of an article that declares none, read from what it reports: an event it
/// dates as "today" ("Today, 11 December 2016, …"), or a dated caption, or a date the body gives
/// with its weekday, on the weekday the body tells its news by ("a video … on December 11, 2016"
/// beside "government forces closed in on Sunday").
///
///     PublicationInference().infer(found, tokens: document.tokens, setAside: captions)
///     // PublicationDate(value: "2016-12-11", source: .inferred, reliable: false, evidence: <"Sunday">)
///
/// Never reliable, always marked ``PublicationDate/Source/inferred`` with the words it rests on.
/// A date in the body alone, with nothing to tie it to the day of writing, dates nothing: an
/// article may look back years.
struct PublicationInference {
    /// How close "today" and its date stand, in tokens.
    static let todayReach = 6

    /// - Parameters:
    ///   - found: the body's dates, in text order.
    ///   - setAside: what cleaning set beside the body (captions, embedded posts), read for dates only.
    func infer(_ found: [FoundDate], tokens: [Token], setAside: [String]) -> PublicationDate? {
        // "Today, 11 December 2016": the day it is written. Dates are in text order, so the full
        // date that goes with a "today" is one of its neighbours.
        for (index, today) in found.enumerated() where Self.isToday(today) {
            for other in found[max(0, index - 2)..<min(found.count, index + 3)] where other.sentence == today.sentence {
                if let day = Self.fullDate(other.written), Self.distance(today.tokens, other.tokens) <= Self.todayReach {
                    return inferred(day, evidence: Self.span(today.tokens, other.tokens, tokens))
                }
            }
        }
        // A dated caption or a dated event, on the weekday the body's news happened.
        var firstOnWeekday: [Int: FoundDate] = [:]
        for date in found {
            if case let .weekday(weekday, .none) = date.written, firstOnWeekday[weekday] == nil { firstOnWeekday[weekday] = date }
        }
        var best: (day: CalendarDay, evidence: Span?)?
        for date in found {
            // Only a date the text restates with its weekday ("on Thursday, 9 February 2017"):
            // any other date shares a weekday with the news one time in seven.
            guard date.withWeekday, let day = Self.fullDate(date.written), firstOnWeekday[day.weekday] != nil else { continue }
            if best.map({ day > $0.day }) ?? true { best = (day, Self.span(date.tokens, date.tokens, tokens)) }
        }
        let captions = setAside.flatMap { Self.fullDates(in: $0) }
        for day in captions {
            guard let agreeing = firstOnWeekday[day.weekday] else { continue }
            if best.map({ day > $0.day }) ?? true { best = (day, Self.span(agreeing.tokens, agreeing.tokens, tokens)) }
        }
        if let best { return inferred(best.day, evidence: best.evidence) }
        // A caption alone: photographs are dated the day of the news they illustrate.
        if let latest = captions.max() { return inferred(latest, evidence: nil) }
        return nil
    }

    private func inferred(_ day: CalendarDay, evidence: Span?) -> PublicationDate {
        PublicationDate(value: day.iso, source: .inferred, reliable: false, evidence: evidence)
    }

    private static func fullDate(_ written: WrittenDate) -> CalendarDay? {
        guard case let .calendar(.written(year), month?, day?) = written else { return nil }
        return CalendarDay.valid(year, month, day)
    }

    private static func isToday(_ date: FoundDate) -> Bool {
        guard case .dayOffset(0) = date.written else { return false }
        return date.modifier != "overnight"
    }

    private static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    private static func span(_ a: Range<Int>, _ b: Range<Int>, _ tokens: [Token]) -> Span {
        Span(start: tokens[min(a.lowerBound, b.lowerBound)].span.start, end: tokens[max(a.upperBound, b.upperBound) - 1].span.end)
    }

    /// The full dates written in a text set aside from the body.
    static func fullDates(in text: String) -> [CalendarDay] {
        let tokens = Tokenizer().tokens(ScalarText(text))
        return DateScanner(tokens: tokens, order: nil).scan(0..<tokens.count).compactMap { fullDate($0.written) }
    }
}
