/// Works a written date out against its anchor (the publication day) or the date told before it,
/// in the tense of its clause.
///
///     let resolver = DateResolver(anchor: CalendarDay(year: 2016, month: 12, day: 7))   // a Wednesday
///     resolver.resolve(.weekday(4, .none), tense: .past, reference: nil)     // .day(2016-12-02), "on Friday"
///     resolver.resolve(.weekday(1, .none), tense: .future, reference: nil)   // .day(2016-12-13), "will meet on Tuesday"
///     resolver.resolve(.period(.month, offset: -1), tense: .past, reference: nil)   // .month(2016, 11)
///
/// The rules, as news uses them:
/// - a weekday is the most recent such day on or before the anchor, or the first on or after it in
///   the future tense; "last Tuesday" is strictly before, "next Tuesday" strictly after;
/// - a day or month without its year ("December 6", "in March") takes the year that puts it
///   nearest before the anchor in the past tense, nearest after in the future tense, and nearest
///   either way when the tense does not say (a present "is payable Nov. 22");
/// - "last week", "this year", "three years ago" count whole weeks, months, years from the anchor,
///   at the precision TimeML gives them (`2016-11`, `2016`; a week is its Monday to Sunday);
/// - "the next day", "a year earlier", "that year" count from the date told before, at its own
///   precision, or from the anchor when none was.
struct DateResolver {
    let anchor: CalendarDay?

    /// The value, and whether it was counted from the reference rather than the anchor.
    func resolve(_ written: WrittenDate, tense: Tense, reference: CalendarValue?) -> (CalendarValue, fromReference: Bool)? {
        if case let .fromReference(unit, offset) = written {
            // "The previous week" counts from a date told at least as finely, else from the anchor.
            if let reference, reference.granularity <= unit.granularity, let value = Self.counted(unit, offset, from: reference) {
                return (value, true)
            }
            guard let anchor, let value = Self.counted(unit, offset, from: .day(anchor), keepingPrecision: false) else { return nil }
            return (value, false)
        }
        return resolve(written, tense: tense).map { ($0, false) }
    }

    private func resolve(_ written: WrittenDate, tense: Tense) -> CalendarValue? {
        switch written {
        case let .calendar(year, month, day):
            return calendar(year, month, day, tense)
        case let .namedMonth(month, shift):
            guard let anchor else { return nil }
            let here = anchor.year * 12 + anchor.month - 1
            var index = anchor.year * 12 + month - 1
            switch shift {
            case .last: if index >= here { index -= 12 }
            case .next: if index <= here { index += 12 }
            case .this, .none: break
            }
            return .month(index / 12, index % 12 + 1)
        case let .weekday(weekday, shift):
            guard let anchor else { return nil }
            let back = (anchor.weekday - weekday + 7) % 7, ahead = (weekday - anchor.weekday + 7) % 7
            switch shift {
            case .last: return .day(anchor.adding(days: -(back == 0 ? 7 : back)))
            case .next: return .day(anchor.adding(days: ahead == 0 ? 7 : ahead))
            // "The vote is on Tuesday": a present tells of a day to come, as the future does.
            case .none, .this: return .day(tense == .future || tense == .present ? anchor.adding(days: ahead) : anchor.adding(days: -back))
            }
        case let .dayOffset(offset):
            return anchor.map { .day($0.adding(days: offset)) }
        case let .period(unit, offset):
            guard let anchor else { return nil }
            return Self.counted(unit, offset, from: .day(anchor), keepingPrecision: false)
        case let .ago(unit, count):
            guard let anchor else { return nil }
            return Self.counted(unit, -count, from: .day(anchor), keepingPrecision: false)
        case .fromReference:
            return nil
        case let .quarter(quarter, year):
            return yearOf(year, startMonth: quarter * 3 - 2, endMonth: quarter * 3, tense).map { CalendarValue.quarter(quarter, of: $0) }
        case let .half(half, year):
            return yearOf(year, startMonth: half * 6 - 5, endMonth: half * 6, tense).map {
                .range(.month($0, half * 6 - 5), .month($0, half * 6))
            }
        case let .season(season, year, shift):
            return self.season(season, year, shift, tense)
        case let .decade(first):
            return .range(.year(first), .year(first + 9))
        case let .century(number):
            return .range(.year((number - 1) * 100), .year((number - 1) * 100 + 99))
        case let .holiday(holiday, year):
            switch year {
            case let .written(value): return holiday.day(in: value).map { .day($0) }
            case let .relative(offset): return anchor.flatMap { holiday.day(in: $0.year + offset) }.map { .day($0) }
            case .unknown:
                guard let anchor else { return nil }
                return nearest((anchor.year - 1...anchor.year + 1).compactMap { holiday.day(in: $0) }, to: anchor, tense).map { .day($0) }
            }
        case let .weekend(shift):
            return weekend(shift, tense)
        case let .range(from, to):
            guard let first = resolve(from, tense: tense), var last = resolve(to, tense: tense) else { return nil }
            // "from November to January": the end is after the start.
            if last.lastDay < first.firstDay, case .calendar(.unknown, _, _) = to { last = last.shifted(years: 1) }
            guard first.firstDay <= last.lastDay else { return nil }
            return .range(first, last)
        }
    }

    private func calendar(_ year: WrittenDate.YearSpec, _ month: Int?, _ day: Int?, _ tense: Tense) -> CalendarValue? {
        func value(_ y: Int) -> CalendarValue? {
            guard let month else { return .year(y) }
            guard let day else { return .month(y, month) }
            return CalendarDay.valid(y, month, day).map { .day($0) }
        }
        switch year {
        case let .written(y): return value(y)
        case let .relative(offset): return anchor.flatMap { value($0.year + offset) }
        case .unknown:
            guard let anchor, let month else { return nil }
            if let day {
                // A day of the anchor's own month is of its year ("extended to Nov. 20"), unless the
                // past puts it after the anchor ("the quarter ended Oct. 31", written on Oct. 27).
                if month == anchor.month, day <= anchor.day || tense != .past {
                    return CalendarDay.valid(anchor.year, month, day).map { .day($0) }
                }
                return nearest((anchor.year - 1...anchor.year + 1).compactMap { CalendarDay.valid($0, month, day) }, to: anchor, tense)
                    .map { .day($0) }
            }
            // Months compared as months: "in December" written in December is this December.
            let here = anchor.year * 12 + anchor.month - 1
            let candidates = (anchor.year - 1...anchor.year + 1).map { $0 * 12 + month - 1 }
            guard let index = nearestIndex(candidates, to: here, tense) else { return nil }
            return .month(index / 12, index % 12 + 1)
        }
    }

    /// The year of a quarter or half: written, counted, or the latest one begun by the anchor
    /// (the next one not yet over, in the future tense).
    private func yearOf(_ year: WrittenDate.YearSpec, startMonth: Int, endMonth: Int, _ tense: Tense) -> Int? {
        switch year {
        case let .written(value): return value
        case let .relative(offset): return anchor.map { $0.year + offset }
        case .unknown:
            guard let anchor else { return nil }
            if tense == .future { return endMonth < anchor.month ? anchor.year + 1 : anchor.year }
            return startMonth > anchor.month ? anchor.year - 1 : anchor.year
        }
    }

    private func season(_ season: WrittenDate.Season, _ year: WrittenDate.YearSpec, _ shift: WrittenDate.Shift, _ tense: Tense) -> CalendarValue? {
        // Meteorological seasons: spring is March to May; winter runs from December into the next year.
        func instance(_ y: Int) -> CalendarValue {
            let start = CalendarDay(year: y, month: season.rawValue, day: 1)
            let end = start.adding(months: 2)
            return .range(.month(start.year, start.month), .month(end.year, end.month))
        }
        if case let .written(y) = year { return instance(y) }
        guard let anchor else { return nil }
        if case let .relative(offset) = year { return instance(anchor.year + offset) }
        let instances = (anchor.year - 2...anchor.year + 1).map(instance)
        guard let current = instances.lastIndex(where: { $0.firstDay <= anchor }) else { return nil }
        let inside = instances[current].lastDay >= anchor
        switch shift {
        case .last: return instances[inside ? current - 1 : current]
        case .next: return instances[current + 1]
        case .this, .none: return tense == .future && !inside ? instances[current + 1] : instances[current]
        }
    }

    private func weekend(_ shift: WrittenDate.Shift, _ tense: Tense) -> CalendarValue? {
        guard let anchor else { return nil }
        // The Saturday of the weekend holding or last before the anchor.
        var saturday = anchor.adding(days: -((anchor.weekday - 5 + 7) % 7))
        let inside = anchor.weekday >= 5
        switch shift {
        case .last: if inside { saturday = saturday.adding(days: -7) }
        case .next: saturday = saturday.adding(days: 7)
        case .this, .none: if tense == .future, !inside { saturday = saturday.adding(days: 7) }
        }
        return .range(.day(saturday), .day(saturday.adding(days: 1)))
    }

    /// The candidate nearest the anchor on the tense's side: on or before it in the past, on or
    /// after it in the future, either way otherwise (the earlier one on a tie).
    private func nearest(_ days: [CalendarDay], to anchor: CalendarDay, _ tense: Tense) -> CalendarDay? {
        nearestIndex(days.map(\.dayNumber), to: anchor.dayNumber, tense).map(CalendarDay.init(dayNumber:))
    }

    private func nearestIndex(_ candidates: [Int], to here: Int, _ tense: Tense) -> Int? {
        switch tense {
        case .past: return candidates.filter { $0 <= here }.max()
        case .future: return candidates.filter { $0 >= here }.min()
        case .present, .unknown:
            // The later candidate only when it is nearer: on a tie, news looks back.
            let before = candidates.filter { $0 <= here }.max(), after = candidates.filter { $0 > here }.min()
            guard let before else { return after }
            guard let after else { return before }
            return after - here < here - before ? after : before
        }
    }

    /// `offset` units away from `base`. Counting from a date told before keeps its precision ("a
    /// year earlier" than the third quarter is a quarter); counting from the anchor gives the
    /// unit's own (`last month` is a month).
    static func counted(_ unit: WrittenDate.Unit, _ offset: Int, from base: CalendarValue, keepingPrecision: Bool = true) -> CalendarValue? {
        let day = offset >= 0 ? base.lastDay : base.firstDay
        if offset == 0 {
            // "that day", "that week", "later that year": the unit holding the date told before.
            switch unit {
            case .day: return base.precision == .day ? base : nil
            case .week: return .week(of: base.firstDay)
            case .month: return base.precision == .day || base.precision == .month ? .month(day.year, day.month) : nil
            case .quarter: return .quarter((day.month - 1) / 3 + 1, of: day.year)
            case .year, .decade: return .year(day.year)
            }
        }
        switch unit {
        case .day:
            guard base.precision == .day || base.precision == .range || !keepingPrecision else { return nil }
            return .day(day.adding(days: offset))
        case .week:
            return .week(of: day.adding(days: offset * 7))
        case .month:
            if keepingPrecision, base.precision == .month || base.precision == .day { return base.shifted(months: offset) }
            let moved = day.adding(months: offset)
            return .month(moved.year, moved.month)
        case .quarter:
            if keepingPrecision, base.precision == .range { return base.shifted(months: offset * 3) }
            let index = day.year * 4 + (day.month - 1) / 3 + offset
            return .quarter(index % 4 + 1, of: index / 4)
        case .year:
            if keepingPrecision { return base.shifted(years: offset) }
            return .year(day.year + offset)
        case .decade:
            if keepingPrecision { return base.shifted(years: offset * 10) }
            return .year(day.year + offset * 10)
        }
    }
}

extension CalendarValue {
    /// 0 for days, 1 for months, 2 for years: how finely the value is told (a range by its start).
    var granularity: Int {
        switch self {
        case .day: return 0
        case .month: return 1
        case .year: return 2
        case let .range(from, _): return from.granularity
        }
    }
}

extension WrittenDate.Unit {
    /// The granularity a date must have to count this unit from it.
    var granularity: Int {
        switch self {
        case .day, .week: return 0
        case .month, .quarter: return 1
        case .year, .decade: return 2
        }
    }
}

extension WrittenDate.Holiday {
    /// The holiday's day in a year.
    func day(in year: Int) -> CalendarDay? {
        switch self {
        case let .fixed(month, day):
            return CalendarDay.valid(year, month, day)
        case let .nthWeekday(month, weekday, n):
            if n > 0 {
                let first = CalendarDay(year: year, month: month, day: 1)
                return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
            }
            let last = CalendarDay(year: year, month: month, day: DateParser.daysIn(month: month, year: year))
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        case .electionDay:
            let first = CalendarDay(year: year, month: 11, day: 1)
            return first.adding(days: (0 - first.weekday + 7) % 7 + 1)
        case .easter:
            // The anonymous Gregorian computus.
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return CalendarDay(year: year, month: month, day: day)
        }
    }
}
