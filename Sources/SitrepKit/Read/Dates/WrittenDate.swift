/// A date as the text writes it, before it is resolved: which parts are given, and what the rest
/// is relative to.
///
///     "December 11, 2016"   .calendar(year: .written(2016), month: 12, day: 11)
///     "December 6"          .calendar(year: .unknown, month: 12, day: 6)    the year from the anchor
///     "on Tuesday"          .weekday(1, .none)
///     "last month"          .period(.month, offset: -1)
///     "three years ago"     .ago(.year, count: 3)
///     "the next day"        .fromReference(.day, offset: 1)             from the date told before
indirect enum WrittenDate: Hashable, Sendable {
    case calendar(year: YearSpec, month: Int?, day: Int?)
    /// "last April", "this September", "next March".
    case namedMonth(Int, Shift)
    /// Monday is 0.
    case weekday(Int, Shift)
    /// "today" 0, "yesterday" -1, "tomorrow" 1.
    case dayOffset(Int)
    /// The period holding the anchor, or one before or after it: "this week", "last year".
    case period(Unit, offset: Int)
    case ago(Unit, count: Int)
    /// Counted from the date the text told before: "the next day", "a year earlier", "that year".
    case fromReference(Unit, offset: Int)
    /// A quarter of a written year, or of the anchor's ("last quarter" is a ``period``).
    case quarter(Int, year: YearSpec)
    /// First or second half of a year.
    case half(Int, year: YearSpec)
    case season(Season, year: YearSpec, shift: Shift)
    /// The first year of a decade ("the 1990s") or the number of a century ("the 20th century").
    case decade(Int)
    case century(Int)
    case holiday(Holiday, year: YearSpec)
    case weekend(Shift)
    case range(WrittenDate, WrittenDate)

    /// The year of a date: written ("2016"), counted from the anchor's ("last year's", "June
    /// this year"), or left to the tense ("December 6").
    enum YearSpec: Hashable, Sendable {
        case written(Int)
        case relative(Int)
        case unknown
    }

    enum Shift: Hashable, Sendable {
        case none, last, this, next
    }

    enum Unit: Hashable, Sendable {
        case day, week, month, quarter, year, decade
    }

    enum Season: Int, Hashable, Sendable {
        case spring = 3, summer = 6, fall = 9, winter = 12
    }

    /// Holidays fixed in the calendar or counted from it, as news writes them.
    enum Holiday: Hashable, Sendable {
        case fixed(month: Int, day: Int)
        /// The nth weekday of a month (Thanksgiving: the fourth Thursday of November); n = -1 for the last.
        case nthWeekday(month: Int, weekday: Int, n: Int)
        /// US Election Day: the Tuesday after the first Monday of November.
        case electionDay
        case easter
    }

    /// Whether the value depends on the tense of its sentence: a weekday, a day or month
    /// without its year, a quarter or season without one.
    var needsTense: Bool {
        switch self {
        case let .calendar(year, month, _): return year == .unknown && month != nil
        case let .weekday(_, shift): return shift == .none || shift == .this
        case let .quarter(_, year), let .half(_, year), let .holiday(_, year): return year == .unknown
        case let .season(_, year, shift): return year == .unknown && (shift == .none || shift == .this)
        case let .weekend(shift): return shift == .none || shift == .this
        case let .range(from, to): return from.needsTense || to.needsTense
        default: return false
        }
    }

    /// Whether it is written out in full, needing no anchor.
    var isAbsolute: Bool {
        switch self {
        case let .calendar(year, _, _), let .quarter(_, year), let .half(_, year), let .holiday(_, year),
             let .season(_, year, _):
            if case .written = year { return true }
            return false
        case .decade, .century: return true
        case let .range(from, to): return from.isAbsolute && to.isAbsolute
        default: return false
        }
    }
}

/// A date expression found in the text: the tokens it covers and what they say.
struct FoundDate: Hashable, Sendable {
    /// Indices into the document's tokens.
    var tokens: Range<Int>
    var written: WrittenDate
    /// A part of the day or of the period: "late", "early", "mid", "end", "overnight", "night".
    var modifier: String?
    /// `HH:MM`, with the zone as written (`18:00 ET`).
    var time: String?
    /// The token range of the sentence it was found in.
    var sentence: Range<Int>
    /// The tense its own words give ("last Oct. 23", "this coming Sunday, March 8"), if any.
    var tense: Tense?
    /// Whether the text gives the date's weekday with it ("Thursday, 9 February 2017").
    var withWeekday = false
}
