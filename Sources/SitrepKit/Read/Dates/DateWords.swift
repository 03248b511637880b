/// The English words dates are written with, each mapped to what it means, so a reader looks a
/// token's `norm` up once instead of comparing it with lists.
///
///     DateWords.word("sept")        // .month(9)
///     DateWords.word("yesterday")   // .dayOffset(-1)
enum DateWord: Hashable, Sendable {
    case month(Int)
    /// Monday is 0. `abbreviated` ones ("Tue") count only inside a written date.
    case weekday(Int, abbreviated: Bool)
    case dayOffset(Int)
    case unit(WrittenDate.Unit, plural: Bool)
    case weekend
    /// last, past, previous, this, current, next, coming, following.
    case shift(WrittenDate.Shift, word: String)
    /// early, late, mid, earlier, later: a part of the period that follows.
    case modifier(String)
    case dayPart(String)
    /// one … twelve, a, an: counts of units ("three years ago").
    case count(Int)
    /// first … thirty-first: days ("March eighth"), quarters, centuries.
    case ordinal(Int)
    case season(WrittenDate.Season)
    case zone
    case meridiem(pm: Bool)
}

enum DateWords {
    static func word(_ norm: String) -> DateWord? { table[norm] }

    static let table: [String: DateWord] = {
        var t: [String: DateWord] = [:]
        let months = [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
                      ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
                      ["october", "oct"], ["november", "nov"], ["december", "dec"]]
        for (index, names) in months.enumerated() { for name in names { t[name] = .month(index + 1) } }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in weekdays.enumerated() { t[name] = .weekday(index, abbreviated: false) }
        let short = [["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"]]
        for (index, names) in short.enumerated() { for name in names { t[name] = .weekday(index, abbreviated: true) } }
        t["today"] = .dayOffset(0)
        t["tonight"] = .dayOffset(0)
        t["yesterday"] = .dayOffset(-1)
        t["tomorrow"] = .dayOffset(1)
        let units: [(String, WrittenDate.Unit)] = [("day", .day), ("week", .week), ("month", .month),
                                                   ("quarter", .quarter), ("year", .year), ("decade", .decade)]
        for (name, unit) in units {
            t[name] = .unit(unit, plural: false)
            t[name + "s"] = .unit(unit, plural: true)
        }
        t["weekend"] = .weekend
        for name in ["last", "past", "previous", "preceding"] { t[name] = .shift(.last, word: name) }
        for name in ["this", "current"] { t[name] = .shift(.this, word: name) }
        for name in ["next", "coming", "following", "upcoming"] { t[name] = .shift(.next, word: name) }
        for name in ["early", "late", "mid", "earlier", "later"] { t[name] = .modifier(name) }
        for name in ["morning", "afternoon", "evening", "night"] { t[name] = .dayPart(name) }
        let counts = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        for (index, name) in counts.enumerated() { t[name] = .count(index + 1) }
        t["a"] = .count(1)
        t["an"] = .count(1)
        t["fifteen"] = .count(15)
        t["twenty"] = .count(20)
        t["thirty"] = .count(30)
        t["fifty"] = .count(50)
        t["hundred"] = .count(100)
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (index, name) in ordinals.enumerated() { t[name] = .ordinal(index + 1) }
        for (index, name) in ordinals.prefix(9).enumerated() {
            t["twenty-" + name] = .ordinal(21 + index)
        }
        t["thirtieth"] = .ordinal(30)
        t["thirty-first"] = .ordinal(31)
        t["spring"] = .season(.spring)
        t["summer"] = .season(.summer)
        t["fall"] = .season(.fall)
        t["autumn"] = .season(.fall)
        t["winter"] = .season(.winter)
        for zone in ["et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
                     "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "aest", "aedt"] { t[zone] = .zone }
        t["am"] = .meridiem(pm: false)
        t["a.m."] = .meridiem(pm: false)
        t["pm"] = .meridiem(pm: true)
        t["p.m."] = .meridiem(pm: true)
        return t
    }()

    /// Words before a bare month or year that make it a date: "in March", "since 2011", "by August".
    static let temporalLeads: Set<String> = [
        "in", "since", "until", "till", "by", "from", "to", "through", "during", "of", "before", "after", "between",
        "and", "or", "last", "this", "next", "early", "late", "mid", "end", "beginning", "start", "middle", "around",
        "fiscal", "year", "throughout", "as", "circa", "c", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// Nouns a four-digit number counts rather than dates: "2000 troops".
    static let countedNouns: Set<String> = [
        "people", "persons", "men", "women", "children", "troops", "soldiers", "fighters", "civilians", "militants",
        "rebels", "refugees", "families", "homes", "houses", "buildings", "km", "kilometres", "kilometers", "miles",
        "metres", "meters", "feet", "ft", "tons", "tonnes", "barrels", "dollars", "euros", "pounds", "shares", "votes",
        "jobs", "workers", "employees", "members", "cases", "deaths", "dead", "prisoners", "students", "points",
        "units", "cars", "vehicles", "rockets", "missiles", "bombs", "hours", "minutes", "seconds", "days", "weeks",
        "casualties", "victims", "police", "officers", "patients", "residents", "voters", "copies", "sq", "square",
        "percent", "per", "acres", "hectares", "times", "calories", "words", "pages", "signatures", "protesters",
    ]

    /// Holidays by their words, capitalised as news writes them.
    static let holidays: [(words: [String], holiday: WrittenDate.Holiday)] = [
        (["christmas", "eve"], .fixed(month: 12, day: 24)),
        (["christmas", "day"], .fixed(month: 12, day: 25)),
        (["christmas"], .fixed(month: 12, day: 25)),
        (["boxing", "day"], .fixed(month: 12, day: 26)),
        (["new", "year", "'s", "eve"], .fixed(month: 12, day: 31)),
        (["new", "year", "'s", "day"], .fixed(month: 1, day: 1)),
        (["new", "year", "’s", "eve"], .fixed(month: 12, day: 31)),
        (["new", "year", "’s", "day"], .fixed(month: 1, day: 1)),
        (["halloween"], .fixed(month: 10, day: 31)),
        (["valentine", "'s", "day"], .fixed(month: 2, day: 14)),
        (["valentine", "’s", "day"], .fixed(month: 2, day: 14)),
        (["thanksgiving", "day"], .nthWeekday(month: 11, weekday: 3, n: 4)),
        (["thanksgiving"], .nthWeekday(month: 11, weekday: 3, n: 4)),
        (["labor", "day"], .nthWeekday(month: 9, weekday: 0, n: 1)),
        (["memorial", "day"], .nthWeekday(month: 5, weekday: 0, n: -1)),
        (["election", "day"], .electionDay),
        (["easter", "sunday"], .easter),
        (["easter"], .easter),
    ]

    static let holidayStarts: Set<String> = Set(holidays.map { $0.words[0] })
}
