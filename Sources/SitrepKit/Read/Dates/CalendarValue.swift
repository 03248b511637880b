/// A resolved date at the precision the text gives it: a day, a month, a year, or a stretch
/// between two of them (a week, a weekend, a quarter, a season, a decade, "between 5 and 7 December").
///
///     CalendarValue.month(2016, 12).iso                               // "2016-12"
///     CalendarValue.range(.day(monday), .day(sunday)).iso             // "2016-12-05/2016-12-11"
indirect enum CalendarValue: Hashable, Sendable {
    case day(CalendarDay)
    case month(Int, Int)
    case year(Int)
    case range(CalendarValue, CalendarValue)

    /// ISO 8601: `2016-12-06`, `2016-12`, `2016`, or two of them joined by a slash.
    var iso: String {
        switch self {
        case let .day(day): return day.iso
        case let .month(year, month): return DateParser.pad(year, 4) + "-" + DateParser.pad(month, 2)
        case let .year(year): return DateParser.pad(year, 4)
        case let .range(from, to): return from.iso + "/" + to.iso
        }
    }

    var precision: TimeExpression.Precision {
        switch self {
        case .day: return .day
        case .month: return .month
        case .year: return .year
        case .range: return .range
        }
    }

    var firstDay: CalendarDay {
        switch self {
        case let .day(day): return day
        case let .month(year, month): return CalendarDay(year: year, month: month, day: 1)
        case let .year(year): return CalendarDay(year: year, month: 1, day: 1)
        case let .range(from, _): return from.firstDay
        }
    }

    var lastDay: CalendarDay {
        switch self {
        case let .day(day): return day
        case let .month(year, month): return CalendarDay(year: year, month: month, day: DateParser.daysIn(month: month, year: year))
        case let .year(year): return CalendarDay(year: year, month: 12, day: 31)
        case let .range(_, to): return to.lastDay
        }
    }

    /// The same value that many years, months or days away, at its own precision ("a year earlier"
    /// than the third quarter is the third quarter a year before).
    func shifted(years: Int = 0, months: Int = 0, days: Int = 0) -> CalendarValue {
        switch self {
        case let .day(day):
            return .day(day.adding(months: years * 12 + months).adding(days: days))
        case let .month(year, month):
            let moved = CalendarDay(year: year, month: month, day: 1).adding(months: years * 12 + months)
            return .month(moved.year, moved.month)
        case let .year(year):
            return .year(year + years)
        case let .range(from, to):
            return .range(from.shifted(years: years, months: months, days: days), to.shifted(years: years, months: months, days: days))
        }
    }

    /// Monday to Sunday of the ISO week holding `day`.
    static func week(of day: CalendarDay) -> CalendarValue {
        let monday = day.weekStart
        return .range(.day(monday), .day(monday.adding(days: 6)))
    }

    /// The three months of a quarter.
    static func quarter(_ quarter: Int, of year: Int) -> CalendarValue {
        .range(.month(year, quarter * 3 - 2), .month(year, quarter * 3))
    }
}
