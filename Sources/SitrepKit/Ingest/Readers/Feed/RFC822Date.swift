/// Reads RSS `pubDate` values (RFC 822 / RFC 2822: `Tue, 13 Dec 2016 22:11:53 +0300`) and writes
/// them as ISO 8601 in UTC, `2016-12-13T19:11:53Z`, the form every later stage expects.
///
/// Written by hand rather than with DateFormatter: feeds bend the format (no weekday, no
/// seconds, two-digit years, zone names, `Sept`), and a formatter fails on each bend.
enum RFC822Date {
    static func iso8601(_ text: String) -> String? {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if let first = tokens.first, first.first?.isLetter == true, month(first) == nil {
            tokens.removeFirst()   // the weekday, which carries nothing the date does not
        }
        guard tokens.count >= 4 else { return nil }
        // Day and month come in either order: "13 Dec 2016" (the standard) or "Dec 13 2016".
        let day: Int
        let monthNumber: Int
        if let number = Int(tokens[0]), let named = month(tokens[1]) {
            (day, monthNumber) = (number, named)
        } else if let named = month(tokens[0]), let number = Int(tokens[1]) {
            (day, monthNumber) = (number, named)
        } else {
            return nil
        }
        guard var year = Int(tokens[2]), (1...31).contains(day) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard (1000...9999).contains(year), day <= DateParser.daysIn(month: monthNumber, year: year),
              let time = clock(tokens[3]) else { return nil }
        let offset = tokens.count > 4 ? zoneOffset(tokens[4]) : 0
        guard let offset else { return nil }

        let seconds = DateParser.daysSinceEpoch(year: year, month: monthNumber, day: day) * 86_400 + time - offset
        return format(secondsSinceEpoch: seconds)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ token: String) -> Int? {
        let prefix = token.lowercased().prefix(3)
        guard token.count >= 3, let index = months.firstIndex(of: String(prefix)) else { return nil }
        return index + 1
    }

    /// `HH:MM` or `HH:MM:SS` as seconds into the day.
    private static func clock(_ token: String) -> Int? {
        let parts = token.split(separator: ":").map { Int($0) }
        guard parts.count == 2 || parts.count == 3, !parts.contains(nil) else { return nil }
        let hour = parts[0]!, minute = parts[1]!, second = parts.count == 3 ? parts[2]! : 0
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        return hour * 3600 + minute * 60 + second
    }

    private static let zoneHours: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    ]

    /// The zone's offset from UTC in seconds: `+0300`, `-05:00`, `GMT`, `EST`.
    private static func zoneOffset(_ token: String) -> Int? {
        if let hours = zoneHours[token.lowercased()] { return hours * 3600 }
        guard let sign = token.first, sign == "+" || sign == "-" else { return nil }
        let digits = token.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, let value = Int(digits), value / 100 <= 14, value % 100 < 60 else { return nil }
        let seconds = (value / 100) * 3600 + (value % 100) * 60
        return sign == "-" ? -seconds : seconds
    }

    private static func format(secondsSinceEpoch seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = DateParser.civilDate(daysSinceEpoch: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
    }
}
