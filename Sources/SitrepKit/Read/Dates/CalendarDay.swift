/// A day of the proleptic Gregorian calendar, with the arithmetic relative dates are resolved by.
///
///     let day = CalendarDay(year: 2016, month: 12, day: 7)
///     day.weekday                  // 2 (Wednesday; Monday is 0)
///     day.adding(days: -5).iso     // "2016-12-02"
struct CalendarDay: Hashable, Comparable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A valid day, or nil ("February 30").
    static func valid(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay? {
        guard (1...12).contains(month), day >= 1, day <= DateParser.daysIn(month: month, year: year) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// The day an ISO 8601 value starts with (`2016-12-07`, `2016-12-07T14:00:00Z`).
    init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let day = CalendarDay.valid(y, m, d) else { return nil }
        self = day
    }

    init(dayNumber: Int) {
        let civil = DateParser.civilDate(daysSinceEpoch: dayNumber)
        self.init(year: civil.year, month: civil.month, day: civil.day)
    }

    /// Days since 1970-01-01.
    var dayNumber: Int { DateParser.daysSinceEpoch(year: year, month: month, day: day) }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The same day of another month, or that month's last day when it is shorter.
    func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let (y, m) = (index / 12, index % 12 + 1)
        return CalendarDay(year: y, month: m, day: min(day, DateParser.daysIn(month: m, year: y)))
    }

    /// The Monday of this day's ISO week.
    var weekStart: CalendarDay { adding(days: -weekday) }

    var iso: String { DateParser.pad(year, 4) + "-" + DateParser.pad(month, 2) + "-" + DateParser.pad(day, 2) }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
