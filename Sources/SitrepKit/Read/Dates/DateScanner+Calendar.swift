/// Dates written with the calendar's own names and numbers: months, days, years, decades,
/// centuries, all-numeric dates and holidays.
extension DateScanner {
    /// "December 11, 2016", "Dec. 4", "Sept. 30, 1999", "December 5-7", "May 2015", "June last
    /// year", and a month alone where the words around it make it one ("in March", "by August").
    func monthFirst(at i: Int, _ c: inout DateCursor, afterModifier: Bool = false) -> DateMatch? {
        guard let month = c.month(i) else { return nil }
        var j = i + 1
        if c.isMark(j, "."), c.touches(i) { j += 1 }
        if let (day, dayEnd) = c.day(at: j), !(c.number(j) != nil && c.isMark(dayEnd, ":")) {
            var k = dayEnd
            var lastDay: Int?
            if c.isMark(k, "-") || c.isMark(k, "–") || c.norm(k) == "to" || c.norm(k) == "through",
               let (other, otherEnd) = c.day(at: k + 1), other > day {
                lastDay = other
                k = otherEnd
            }
            var year = WrittenDate.YearSpec.unknown
            var y = k
            if c.isMark(y, ",") { y += 1 }
            if let (value, yearEnd) = c.year(at: y) {
                year = .written(value)
                k = yearEnd
            } else if let (offset, end) = yearOffset(at: k, &c) {
                year = .relative(offset)
                k = end
            }
            guard CalendarDay.valid(2000, month, lastDay ?? day) != nil else { return nil }
            let first = WrittenDate.calendar(year: year, month: month, day: day)
            if let lastDay { return DateMatch(written: .range(first, .calendar(year: year, month: month, day: lastDay)), end: k) }
            return DateMatch(written: first, end: k)
        }
        var k = j
        if c.norm(k) == "of" || c.isMark(k, ",") { k += 1 }
        if let (value, end) = c.year(at: k) {
            return DateMatch(written: .calendar(year: .written(value), month: month, day: nil), end: end)
        }
        if let (offset, end) = yearOffset(at: j, &c) {
            return DateMatch(written: .calendar(year: .relative(offset), month: month, day: nil), end: end)
        }
        guard isBareMonth(at: i, month, &c, afterModifier: afterModifier) else { return nil }
        return DateMatch(written: .calendar(year: .unknown, month: month, day: nil), end: i + 1)
    }

    /// "last year", "this year" after a month: "June last year".
    private func yearOffset(at k: Int, _ c: inout DateCursor) -> (Int, Int)? {
        guard case let .shift(shift, _)? = c.word(k), c.norm(k + 1) == "year" else { return nil }
        return (shift.offset, k + 2)
    }

    /// A month named alone is a date after a word that dates it ("in March", "since January",
    /// "last April" is read elsewhere) or before a possessive ("January's"); a month that is also a
    /// word or a name (May, March, June, August) needs one of those, the others only a place
    /// inside the sentence.
    private func isBareMonth(at i: Int, _ month: Int, _ c: inout DateCursor, afterModifier: Bool) -> Bool {
        guard let name = c.norm(i), Self.fullMonthNames.contains(name) else { return false }
        if afterModifier { return true }
        if let previous = c.norm(i - 1), DateWords.temporalLeads.contains(previous) { return true }
        if c.norm(i + 1) == "'s" || c.norm(i + 1) == "’s" { return true }
        if [3, 5, 6, 8].contains(month) { return false }
        return i > c.range.lowerBound
    }

    static let fullMonthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december"]

    /// "6 December 2016", "11th of December", "5-7 December", "5 and 7 December" (after "between").
    func dayFirst(at i: Int, _ c: inout DateCursor, allowAnd: Bool = false) -> DateMatch? {
        guard let (day, dayEnd) = c.day(at: i), c.number(i) != nil else { return nil }
        var k = dayEnd
        var lastDay: Int?
        let joiner = c.norm(k)
        if joiner == "-" || joiner == "–" || joiner == "to" || joiner == "through" || (allowAnd && joiner == "and"),
           let (other, otherEnd) = c.day(at: k + 1), other > day, c.number(k + 1) != nil {
            let afterOther = c.norm(otherEnd) == "of" ? otherEnd + 1 : otherEnd
            if c.month(afterOther) != nil {
                lastDay = other
                k = otherEnd
            }
        }
        if c.norm(k) == "of" { k += 1 }
        guard let month = c.month(k) else { return nil }
        k += 1
        var year = WrittenDate.YearSpec.unknown
        var y = k
        if c.isMark(y, "."), c.touches(k - 1), c.year(at: y + 1) != nil { y += 1 }
        if c.isMark(y, ",") { y += 1 }
        if let (value, end) = c.year(at: y) {
            year = .written(value)
            k = end
        }
        guard CalendarDay.valid(2000, month, lastDay ?? day) != nil else { return nil }
        let first = WrittenDate.calendar(year: year, month: month, day: day)
        if let lastDay { return DateMatch(written: .range(first, .calendar(year: year, month: month, day: lastDay)), end: k) }
        return DateMatch(written: first, end: k)
    }

    /// `2016-12-13`, `2016/12/13`, and `11/12/2016` read in the outlet's order when it could be
    /// either (a day above 12, or equal parts, need none).
    func numeric(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        guard let (first, firstDigits) = c.number(i), c.touches(i), let mark = c.norm(i + 1), ["-", "/", "."].contains(mark),
              let (second, secondDigits) = c.number(i + 2), secondDigits <= 2, c.touches(i + 1), c.touches(i + 2),
              c.isMark(i + 3, mark), c.touches(i + 3), let (third, thirdDigits) = c.number(i + 4) else { return nil }
        if c.touches(i + 4), c.number(i + 5) != nil || c.isMark(i + 5, mark) { return nil }
        var date: CalendarDay?
        if firstDigits == 4, thirdDigits <= 2 {
            date = CalendarDay.valid(first, second, third)
        } else if firstDigits <= 2, thirdDigits == 4 {
            if first > 12 || first == second {
                date = CalendarDay.valid(third, second, first)
            } else if second > 12 {
                date = CalendarDay.valid(third, first, second)
            } else if let order {
                date = order == .dayFirst ? CalendarDay.valid(third, second, first) : CalendarDay.valid(third, first, second)
            }
        }
        guard let date, (1000...2199).contains(date.year) else { return nil }
        return DateMatch(written: .calendar(year: .written(date.year), month: date.month, day: date.day), end: i + 5)
    }

    /// A year ("2016", "fiscal 1989", "FY2016", "mid-1996"), a span of years ("2010-2015",
    /// "1998-99"), or a decade ("the 1990s", "the '90s", "1980's").
    func year(at i: Int, _ c: inout DateCursor, afterModifier: Bool = false) -> DateMatch? {
        var j = i
        var fiscal = false
        if c.norm(j) == "fiscal" {
            fiscal = true
            j += 1
            if c.norm(j) == "year" { j += 1 }
        }
        if let norm = c.norm(j), norm.hasPrefix("fy"), norm.count == 6, let value = Int(norm.dropFirst(2)), (1900...2199).contains(value) {
            return DateMatch(written: .calendar(year: .written(value), month: nil, day: nil), end: j + 1)
        }
        // "the '90s"
        if c.isMark(j, "'") || c.isMark(j, "’"), c.touches(j), let (short, shortDigits) = c.number(j + 1), shortDigits == 2, short % 10 == 0,
           c.touches(j + 1), c.norm(j + 2) == "s" {
            return DateMatch(written: .decade(short >= 30 ? 1900 + short : 2000 + short), end: j + 3)
        }
        guard let (value, end) = c.year(at: j) else { return nil }
        if value % 10 == 0, c.touches(j) {
            if c.norm(end) == "s" { return DateMatch(written: .decade(value), end: end + 1) }
            if c.isMark(end, "'") || c.isMark(end, "’"), c.touches(end), c.norm(end + 1) == "s" {
                return DateMatch(written: .decade(value), end: end + 2)
            }
        }
        // "2010-2015", "1998-99", "2010 to 2015"
        if c.isMark(end, "-") || c.isMark(end, "–"), c.touches(j), c.touches(end), let (other, digits) = c.number(end + 1) {
            let last = digits == 2 ? value / 100 * 100 + other : other
            if digits == 2 || digits == 4, last > value, last - value <= 100 {
                return DateMatch(written: .range(.calendar(year: .written(value), month: nil, day: nil),
                                                 .calendar(year: .written(last), month: nil, day: nil)), end: end + 2)
            }
        }
        guard isYear(value, at: j, end: end, &c, dated: fiscal || afterModifier) else { return nil }
        return DateMatch(written: .calendar(year: .written(value), month: nil, day: nil), end: end)
    }

    /// Whether a four-digit number is a year: one written after a word that dates it may be any
    /// year, one alone must look like a recent year; never a figure ("2000 troops", "$1990").
    private func isYear(_ value: Int, at j: Int, end: Int, _ c: inout DateCursor, dated: Bool) -> Bool {
        if c.touches(j), let next = c.norm(end), next == "%" || c.tokens[end].kind == .word { return false }
        if let next = c.norm(end), DateWords.countedNouns.contains(next) { return false }
        // "between 1500 and 2000 people": the first of two figures.
        if let joiner = c.norm(end), ["and", "to", "or", "-", "–"].contains(joiner), c.number(end + 1) != nil,
           let noun = c.norm(end + 2), DateWords.countedNouns.contains(noun) { return false }
        if let previous = c.norm(j - 1) {
            if c.tokens[j - 1].kind == .mark, c.touches(j - 1), previous != "(" && previous != "-" && previous != "–" { return false }
            if Self.numberLabels.contains(previous) { return false }
            if dated || DateWords.temporalLeads.contains(previous) || previous == "the" { return true }
        } else if dated {
            return true
        }
        return (1900...2100).contains(value)
    }

    /// Words that make the number after them a label: "Resolution 2254", "flight 1549".
    static let numberLabels: Set<String> = [
        "no", "nos", "number", "#", "resolution", "resolutions", "article", "chapter", "section", "room", "page", "pp",
        "vol", "volume", "code", "model", "flight", "route", "highway", "interstate", "channel", "bus", "apartment",
        "suite", "box", "rule", "law", "decree", "order", "bill", "act", "unit", "battalion", "brigade", "division",
        "regiment", "squadron", "platoon", "company", "group", "zone", "sector", "block", "building", "street",
    ]

    /// "the 20th century", "the eleventh century".
    func century(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        var j = i
        if c.norm(j) == "the" { j += 1 }
        var value: Int?
        var k = j
        if let (n, digits) = c.number(j), digits <= 2, c.touches(j), let suffix = c.norm(j + 1), DateCursor.ordinalSuffixes.contains(suffix) {
            value = n
            k = j + 2
        } else if case let .ordinal(n)? = c.word(j) {
            value = n
            k = j + 1
        }
        guard let value, value >= 1, value <= 22, c.norm(k) == "century" else { return nil }
        return DateMatch(written: .century(value), end: k + 1)
    }

    /// "Christmas", "Thanksgiving Day", "Election Day", "New Year's Eve", with a year when written.
    func holiday(at i: Int, _ c: inout DateCursor) -> DateMatch? {
        guard let first = c.norm(i), DateWords.holidayStarts.contains(first), c.tokens[i].isCapitalised else { return nil }
        for (words, holiday) in DateWords.holidays where words[0] == first {
            guard words.indices.allSatisfy({ c.norm(i + $0) == words[$0] }) else { continue }
            var k = i + words.count
            var year = WrittenDate.YearSpec.unknown
            if let (value, end) = c.year(at: c.isMark(k, ",") ? k + 1 : k) {
                year = .written(value)
                k = end
            }
            return DateMatch(written: .holiday(holiday, year: year), end: k)
        }
        return nil
    }
}

extension WrittenDate.Shift {
    /// -1 for last, 0 for this, 1 for next.
    var offset: Int {
        switch self {
        case .last: return -1
        case .none, .this: return 0
        case .next: return 1
        }
    }
}
