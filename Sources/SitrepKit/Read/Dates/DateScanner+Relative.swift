/// Dates written relative to the publication date or to a date told before: weekdays, "yesterday",
/// "last week", "three years ago", "the next day", quarters and seasons.
extension DateScanner {
    /// "Tuesday", "last Tuesday", "this coming Sunday", "Tuesday night", and a weekday written
    /// before its date ("Sunday, December 11, 2016"), which is read as the date.
    func weekday(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        var j = i
        var shift = WrittenDate.Shift.none
        if case let .shift(written, word)? = c.word(j), ["last", "next", "this", "past", "coming"].contains(word) {
            // "the last Friday of the month" is no last Friday.
            if c.norm(j - 1) == "the" { return nil }
            shift = written
            j += 1
            if word == "this", let after = c.norm(j), after == "coming" || after == "past" {
                shift = after == "coming" ? .next : .last
                j += 1
            }
        }
        guard case let .weekday(weekday, abbreviated)? = c.word(j) else { return nil }
        // "Black Friday", "Good Friday", "Super Tuesday" name days of their own.
        if j > c.range.lowerBound, let previous = c.norm(j - 1), c.tokens[j - 1].isCapitalised, Self.namedDays.contains(previous) {
            return nil
        }
        var k = j + 1
        if abbreviated, c.isMark(k, "."), c.touches(j) { k += 1 }
        var dateStart = k
        if c.isMark(dateStart, ",") { dateStart += 1 }
        if var date = monthFirst(at: dateStart, &c) ?? dayFirst(at: dateStart, &c), date.written.isDay {
            if shift != .none { date.tense = shift == .last ? .past : .future }
            date.withWeekday = true
            return date
        }
        if abbreviated { return nil }
        var modifier: String?
        if case let .dayPart(part)? = c.word(k) {
            modifier = part
            k += 1
        }
        return DateMatch(written: .weekday(weekday, shift), end: k, modifier: modifier)
    }

    static let namedDays: Set<String> = ["black", "good", "super", "ash", "holy", "maundy", "cyber", "bloody", "palm", "easter"]

    /// "today", "yesterday morning", "tomorrow", "tonight", "this morning", "last night",
    /// "overnight", "the day before yesterday".
    func relativeDay(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        if case let .dayOffset(offset)? = c.word(i) {
            var k = i + 1
            var modifier: String? = c.norm(i) == "tonight" ? "night" : nil
            if modifier == nil, case let .dayPart(part)? = c.word(k) {
                modifier = part
                k += 1
            }
            return DateMatch(written: .dayOffset(offset), end: k, modifier: modifier)
        }
        switch c.norm(i) {
        case "this":
            guard case let .dayPart(part)? = c.word(i + 1), part != "night" else { return nil }
            return DateMatch(written: .dayOffset(0), end: i + 2, modifier: part)
        case "last":
            guard c.norm(i + 1) == "night" else { return nil }
            return DateMatch(written: .dayOffset(-1), end: i + 2, modifier: "night")
        case "overnight":
            // "an overnight curfew" is no date.
            if let previous = c.norm(i - 1), ["a", "an", "the"].contains(previous) { return nil }
            return DateMatch(written: .dayOffset(0), end: i + 1, modifier: "overnight")
        case "the":
            guard c.norm(i + 1) == "day", let direction = c.norm(i + 2), case let .dayOffset(offset)? = c.word(i + 3),
                  (direction == "before" && offset == -1) || (direction == "after" && offset == 1) else { return nil }
            return DateMatch(written: .dayOffset(offset * 2), end: i + 4)
        default:
            return nil
        }
    }

    /// One hyphenated word: "mid-November", "late-November", "third-quarter", "year-end",
    /// "year-earlier", "year-ago".
    func compound(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        guard let norm = c.norm(i), let dash = norm.firstIndex(of: "-") else { return nil }
        let head = String(norm[..<dash]), tail = String(norm[norm.index(after: dash)...])
        if let (month, modifier) = modifiedMonth(head, tail) {
            return DateMatch(written: .calendar(year: .unknown, month: month, day: nil), end: i + 1, modifier: modifier)
        }
        if tail == "quarter", case let .ordinal(q)? = DateWords.word(head), (1...4).contains(q) {
            return DateMatch(written: .quarter(q, year: quarterYear(after: i + 1, &c) ?? .unknown), end: i + 1)
        }
        if tail == "half", case let .ordinal(h)? = DateWords.word(head), (1...2).contains(h) {
            return DateMatch(written: .half(h, year: quarterYear(after: i + 1, &c) ?? .unknown), end: i + 1)
        }
        if head == "fiscal", case let .ordinal(q)? = DateWords.word(tail), (1...4).contains(q), c.norm(i + 1) == "quarter" {
            return DateMatch(written: .quarter(q, year: .unknown), end: i + 2)
        }
        switch (head, tail) {
        case ("year", "end"), ("year", "ending"):
            return DateMatch(written: .period(.year, offset: 0), end: i + 1, modifier: "end")
        case ("month", "end"):
            return DateMatch(written: .period(.month, offset: 0), end: i + 1, modifier: "end")
        case ("year", "earlier"), ("year", "ago"):
            return DateMatch(written: .fromReference(.year, offset: -1), end: i + 1)
        default:
            return nil
        }
    }

    private func modifiedMonth(_ head: String, _ tail: String) -> (Int, String)? {
        guard ["mid", "early", "late"].contains(head), Self.fullMonthNames.contains(tail),
              case let .month(month)? = DateWords.word(tail) else { return nil }
        return (month, head)
    }

    /// "the third quarter", "the fourth quarter of 1994", "this year's third quarter", "Q3 2016",
    /// "the first half of 2016". Without a year, only in a sentence about money or output: the
    /// fourth quarter of a match is no date.
    func quarter(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        var j = i
        if c.norm(j) == "the" { j += 1 }
        var year: WrittenDate.YearSpec?
        if case let .shift(shift, _)? = c.word(j), c.norm(j + 1) == "year", c.norm(j + 2) == "'s" || c.norm(j + 2) == "’s" {
            year = .relative(shift.offset)
            j += 3
        }
        if c.norm(j) == "fiscal" { j += 1 }
        var number: Int?
        var isHalf = false
        var k = j
        if let norm = c.norm(j), norm.count == 2, norm.hasPrefix("q"), let q = Int(norm.dropFirst()), (1...4).contains(q) {
            number = q
            k = j + 1
        } else if let (n, after) = ordinal(at: j, &c) {
            guard let unit = c.norm(after), unit == "quarter" || unit == "half" else { return nil }
            isHalf = unit == "half"
            guard (1...(isHalf ? 2 : 4)).contains(n) else { return nil }
            number = n
            k = after + 1
        }
        guard let number else { return nil }
        if year == nil, let (written, end) = writtenYear(after: k, &c) {
            year = written
            k = end
        }
        if year == nil, !c.isFinancial() { return nil }
        let spec = year ?? .unknown
        return DateMatch(written: isHalf ? .half(number, year: spec) : .quarter(number, year: spec), end: k)
    }

    /// "third", "3rd": an ordinal and the index after it.
    private func ordinal(at j: Int, _ c: inout DateCursor) -> (Int, Int)? {
        if case let .ordinal(n)? = c.word(j) { return (n, j + 1) }
        if let (n, digits) = c.number(j), digits <= 2, c.touches(j), let suffix = c.norm(j + 1),
           DateCursor.ordinalSuffixes.contains(suffix) { return (n, j + 2) }
        return nil
    }

    /// The year after a quarter or a half: "of 1994", "1994", "of this year", "of last year".
    private func writtenYear(after k: Int, _ c: inout DateCursor) -> (WrittenDate.YearSpec, Int)? {
        var y = k
        if c.norm(y) == "of" { y += 1 }
        if let (value, end) = c.year(at: y) { return (.written(value), end) }
        if y > k, case let .shift(shift, _)? = c.word(y), c.norm(y + 1) == "year" { return (.relative(shift.offset), y + 2) }
        return nil
    }

    private func quarterYear(after k: Int, _ c: inout DateCursor) -> WrittenDate.YearSpec? {
        writtenYear(after: k, &c)?.0
    }

    /// "last fall", "this summer", "the winter of 1994", "spring 2015"; a season alone ("the fall
    /// of Aleppo") is no date.
    func season(at i: Int, _ c: inout DateCursor, afterModifier: Bool = false) -> DateMatch? {
        var j = i
        if c.norm(j) == "the" { j += 1 }
        var shift = WrittenDate.Shift.none
        if case let .shift(written, word)? = c.word(j), ["last", "this", "next", "past", "coming"].contains(word) {
            shift = written
            j += 1
        }
        guard case let .season(season)? = c.word(j) else { return nil }
        var k = j + 1
        var year = WrittenDate.YearSpec.unknown
        var y = k
        if c.norm(y) == "of" { y += 1 }
        if let (value, end) = c.year(at: y) {
            year = .written(value)
            k = end
        }
        guard shift != .none || year != .unknown || (afterModifier && c.norm(k) != "of") else { return nil }
        return DateMatch(written: .season(season, year: year, shift: shift), end: k)
    }

    /// "last week", "this year", "the past year", "next month", "last quarter", "the weekend",
    /// "last April"; "the next day", "the following week", "the previous year", "that day",
    /// "the same day", "the day before" count from the date told before.
    func period(at i: Int, _ c: inout DateCursor, afterModifier: Bool = false) -> DateMatch? {
        var j = i
        let hasThe = c.norm(j) == "the"
        if hasThe { j += 1 }
        if case let .unit(unit, false)? = c.word(j + 1), unit != .quarter, unit != .decade {
            if !hasThe, c.norm(j) == "that" { return DateMatch(written: .fromReference(unit, offset: 0), end: j + 2) }
            if hasThe, c.norm(j) == "same" { return DateMatch(written: .fromReference(unit, offset: 0), end: j + 2) }
        }
        if hasThe, case let .unit(unit, false)? = c.word(j), unit != .quarter, unit != .decade {
            // "the day before", "the year after": at the clause's end only ("the day before the vote" is not).
            if let direction = c.norm(j + 1), direction == "before" || direction == "after", c.clauseEnds(at: j + 2) {
                return DateMatch(written: .fromReference(unit, offset: direction == "before" ? -1 : 1), end: j + 2)
            }
            // "the end of the month" after its modifier.
            if afterModifier, unit != .day { return DateMatch(written: .period(unit, offset: 0), end: j + 1) }
        }
        if hasThe, c.norm(j) == "weekend" { return DateMatch(written: .weekend(.none), end: j + 1) }
        // "by year end"
        if !hasThe, c.norm(j) == "year", c.norm(j + 1) == "end" {
            return DateMatch(written: .period(.year, offset: 0), end: j + 2, modifier: "end")
        }
        guard case let .shift(shift, word)? = c.word(j) else { return nil }
        // "the last weekend of …" was read, and refused, from its "the".
        if !hasThe, c.norm(j - 1) == "the" { return nil }
        var k = j + 1
        var offset = shift
        if word == "this", let after = c.norm(k), after == "past" || after == "coming" {
            offset = after == "past" ? .last : .next
            k += 1
        }
        // "the following year", "the previous day" count from the date told before; "last week",
        // "the past year", "next month" from the publication.
        let fromReference = hasThe && ["next", "following", "previous", "preceding"].contains(word)
        if !hasThe, ["past", "previous", "preceding", "following", "upcoming"].contains(word) { return nil }
        if c.norm(k) == "fiscal", c.norm(k + 1) == "year" { k += 1 }
        switch c.word(k) {
        case let .unit(unit, false)?:
            // "This Week", a programme's name, is no date.
            if unit == .decade || c.tokens[k].isCapitalised { return nil }
            if fromReference { return DateMatch(written: .fromReference(unit, offset: offset.offset), end: k + 1) }
            // "the last day" of something, "the last weekend of the festival", are no dates.
            if unit == .day || (hasThe && c.norm(k + 1) == "of") { return nil }
            return DateMatch(written: .period(unit, offset: offset.offset), end: k + 1)
        case .weekend?:
            if hasThe && c.norm(k + 1) == "of" { return nil }
            return DateMatch(written: .weekend(offset), end: k + 1)
        case let .dayPart(part)? where fromReference:
            return DateMatch(written: .fromReference(.day, offset: offset.offset), end: k + 1, modifier: part)
        case let .month(month)? where !hasThe && word != "past":
            // "last Oct. 23": a day, in the past.
            if var day = monthFirst(at: k, &c), day.written.isDay, offset != .this {
                day.tense = offset == .last ? .past : .future
                return day
            }
            return DateMatch(written: .namedMonth(month, offset), end: k + 1)
        default:
            return nil
        }
    }

    /// "three years ago", "almost four years ago", "11 days ago", "a year earlier", "two days
    /// later", "a week before" (at the clause's end).
    func counted(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        var j = i
        if let norm = c.norm(j) {
            if ["almost", "nearly", "about", "some", "roughly", "around", "approximately", "just", "only", "barely", "over"].contains(norm) {
                j += 1
            } else if norm == "more" || norm == "less", c.norm(j + 1) == "than" {
                j += 2
            }
        }
        var count: Int?
        if let (value, digits) = c.number(j), digits <= 3 {
            count = value
        } else if case let .count(value)? = c.word(j) {
            count = value
        }
        guard let count, case let .unit(unit, _)? = c.word(j + 1), let direction = c.norm(j + 2) else { return nil }
        let end = j + 3
        switch direction {
        case "ago":
            return DateMatch(written: .ago(unit, count: count), end: end)
        case "earlier", "previously":
            return DateMatch(written: .fromReference(unit, offset: -count), end: end)
        case "later":
            return DateMatch(written: .fromReference(unit, offset: count), end: end)
        case "before", "after":
            guard c.clauseEnds(at: end) else { return nil }
            return DateMatch(written: .fromReference(unit, offset: direction == "before" ? -count : count), end: end)
        default:
            return nil
        }
    }
}
