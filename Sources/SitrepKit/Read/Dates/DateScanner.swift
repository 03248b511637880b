/// Finds date expressions in one sentence's tokens: absolute ("December 11, 2016", "May 2015",
/// "11/12/2016"), relative ("on Tuesday", "yesterday", "last week", "three years ago"), anchored on
/// a date told before ("the next day", "a year earlier"), ranges ("between 5 and 7 December"),
/// with a part of the day or period ("late on December 6") and a time when given ("Dec 4, 6PM ET").
///
///     let scanner = DateScanner(tokens: document.tokens, order: nil)
///     scanner.scan(document.tokenIndices(in: sentence))   // [FoundDate]
///
/// Every pattern looks a bounded number of tokens ahead and the scan resumes after each match, so
/// a sentence is read in one linear pass. Words are matched by looking each token's `norm` up once
/// in ``DateWords``.
struct DateScanner {
    let tokens: [Token]
    /// How to read an all-numeric `11/12/2016` whose day and month could be either; nil reads
    /// only the unambiguous ones.
    let order: NumericDateOrder?

    func scan(_ sentence: Range<Int>) -> [FoundDate] {
        var cursor = DateCursor(tokens: tokens, range: sentence)
        var found: [FoundDate] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if cursor.canStart(i), let match = expression(at: i, &cursor) {
                // "each Thursday", "every March" repeat: no one date.
                if let previous = cursor.norm(i - 1), previous == "each" || previous == "every" {
                    i = match.end
                    continue
                }
                found.append(FoundDate(tokens: i..<match.end, written: match.written, modifier: match.modifier,
                                       time: match.time, sentence: sentence, tense: match.tense,
                                       withWeekday: match.withWeekday))
                i = match.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// One expression starting at `i`: a range, a time before its day, a modifier before its
    /// period, or a date alone.
    private func expression(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        if let range = range(at: i, &c) { return range }
        if let (time, next) = c.timeOfDay(at: i) {
            // "9 a.m. EST Tuesday", "at 6 p.m. on Tuesday", "midnight on Saturday"; a time alone is no date.
            var k = next
            if c.norm(k) == "on" || c.isMark(k, ",") { k += 1 }
            guard var match = core(at: k, &c), match.written.isDay else { return nil }
            match.time = time
            return match
        }
        if let (modifier, next) = leadingModifier(at: i, &c) {
            if c.norm(next - 1) == "the", case let .unit(unit, false)? = c.word(next) {
                // "earlier in the year"; "later in the day" is the day told of.
                let written: WrittenDate = unit == .day ? .fromReference(.day, offset: 0) : .period(unit, offset: 0)
                return DateMatch(written: written, end: next + 1, modifier: modifier)
            }
            guard var match = core(at: next, &c, afterModifier: true) else { return nil }
            match.modifier = [modifier, match.modifier].compactMap { $0 }.joined(separator: " ")
            return match
        }
        return core(at: i, &c)
    }

    /// A date on its own, with a time after it when it names a day ("Dec 4, 6PM ET").
    func core(at i: Int, _ c: inout DateCursor, afterModifier: Bool = false) -> DateMatch? {
        guard i < c.range.upperBound else { return nil }
        guard var match = pattern(at: i, &c, afterModifier: afterModifier) else { return nil }
        if match.written.isDay, match.time == nil {
            var k = match.end
            if c.isMark(k, ",") { k += 1 }
            if c.norm(k) == "at" { k += 1 }
            if let (time, next) = c.timeOfDay(at: k) {
                match.time = time
                match.end = next
            }
        }
        return match
    }

    /// The first pattern that reads a date at `i`, the more specific ones first.
    private func pattern(at i: Int, _ c: inout DateCursor, afterModifier: Bool) -> DateMatch? {
        if let match = holiday(at: i, &c) { return match }
        if let match = monthFirst(at: i, &c, afterModifier: afterModifier) { return match }
        if let match = dayFirst(at: i, &c) { return match }
        if let match = numeric(at: i, &c) { return match }
        if let match = weekday(at: i, &c) { return match }
        if let match = relativeDay(at: i, &c) { return match }
        if let match = compound(at: i, &c) { return match }
        if let match = quarter(at: i, &c) { return match }
        if let match = century(at: i, &c) { return match }
        if let match = season(at: i, &c, afterModifier: afterModifier) { return match }
        if let match = period(at: i, &c, afterModifier: afterModifier) { return match }
        if let match = counted(at: i, &c) { return match }
        return year(at: i, &c, afterModifier: afterModifier)
    }

    /// "between 5 and 7 December", "from May to July 2016", "between 2010 and 2015".
    private func range(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        let lead = c.norm(i)
        guard lead == "between" || lead == "from" else { return nil }
        if let days = dayFirst(at: i + 1, &c, allowAnd: lead == "between"), case .range = days.written { return days }
        guard let from = core(at: i + 1, &c), !from.written.isRange else { return nil }
        let connector = c.norm(from.end)
        let joins = lead == "between" ? connector == "and" : ["to", "until", "till", "through", "-", "–"].contains(connector ?? "")
        guard joins, let to = core(at: from.end + 1, &c), !to.written.isRange,
              let written = WrittenDate.joined(from.written, to.written) else { return nil }
        return DateMatch(written: written, end: to.end)
    }

    /// "late on", "early", "mid-", "the end of", "the middle of", "the beginning of": a part of
    /// what follows, and where what follows starts.
    private func leadingModifier(at i: Int, _ c: inout DateCursor) -> (String, Int)? {
        if case let .modifier(name)? = c.word(i) {
            var k = i + 1
            if c.norm(k) == "-", c.touches(i) { k += 1 }
            if c.norm(k) == "on" || c.norm(k) == "in" {
                k += 1
                if c.norm(k) == "the", case let .unit(unit, false)? = c.word(k + 1), [.day, .week, .month, .year].contains(unit) {
                    return (name, k + 1)
                }
            }
            return (name, k)
        }
        let k = c.norm(i) == "the" ? i + 1 : i
        guard let name = c.norm(k).flatMap({ Self.periodParts[$0] }), c.norm(k + 1) == "of" else { return nil }
        return (name, k + 2)
    }

    private static let periodParts = ["end": "end", "beginning": "beginning", "start": "beginning", "middle": "mid", "close": "end"]
}

/// What one pattern read: the date, the token after it, and its modifier and time.
struct DateMatch {
    var written: WrittenDate
    var end: Int
    var modifier: String?
    var time: String?
    /// The tense the words themselves give ("last Oct. 23" is past), over the clause's.
    var tense: Tense?
    var withWeekday = false
}

extension WrittenDate {
    /// Whether it names one day, so a time of day can go with it.
    var isDay: Bool {
        switch self {
        case let .calendar(_, month, day): return month != nil && day != nil
        case .weekday, .dayOffset, .holiday: return true
        case let .fromReference(unit, _): return unit == .day
        default: return false
        }
    }

    var isRange: Bool {
        if case .range = self { return true }
        return false
    }

    /// Two ends of a range, the first taking the second's year when it has none ("from May to
    /// July 2016"); nil when they are not the same kind of date.
    static func joined(_ from: WrittenDate, _ to: WrittenDate) -> WrittenDate? {
        switch (from, to) {
        case let (.calendar(fromYear, fromMonth, fromDay), .calendar(toYear, toMonth, toDay)):
            guard (fromMonth == nil) == (toMonth == nil), (fromDay == nil) == (toDay == nil) else { return nil }
            let year = fromYear == .unknown ? toYear : fromYear
            return .range(.calendar(year: year, month: fromMonth, day: fromDay), .calendar(year: toYear, month: toMonth, day: toDay))
        case (.weekday, .weekday), (.dayOffset, .dayOffset), (.decade, .decade), (.namedMonth, .namedMonth):
            return .range(from, to)
        default:
            return nil
        }
    }
}
