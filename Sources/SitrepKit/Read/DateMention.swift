/// A calendar date written out in text: "December 07, 2016", "6 December 2016", "Tue Dec 13, 2016",
/// "2016-12-13".
///
///     DateMention.first(in: "Global Research, December 07, 2016")
///     // DateMention(day: "2016-12-07", range: 17..<34)
///
/// Ranges are scalar offsets into the string searched. Only unambiguous forms are read: a numeric
/// "07/12/2016" could be July or December, so it is left alone.
public struct DateMention: Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var day: String
    public var range: Range<Int>

    public static func first(in text: String) -> DateMention? { all(in: text).first }

    public static func all(in text: String) -> [DateMention] {
        let tokens = DateToken.tokenize(text)
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if let (mention, next) = match(tokens, at: i) {
                found.append(mention)
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    private static func match(_ t: [DateToken], at i: Int) -> (DateMention, Int)? {
        // 2016-12-13
        if case .number(let y, 4) = t[i].kind, i + 4 < t.count, t[i + 1].kind == .dash,
           case .number(let m, _) = t[i + 2].kind, t[i + 3].kind == .dash, case .number(let d, _) = t[i + 4].kind,
           let day = isoDay(y, m, d) {
            return (DateMention(day: day, range: t[i].start..<t[i + 4].end), i + 5)
        }
        // December 7, 2016 / Dec. 7 2016
        if case .month(let m) = t[i].kind, i + 2 < t.count, case .number(let d, let dl) = t[i + 1].kind, dl <= 2 {
            var j = i + 2
            if t[j].kind == .comma { j += 1 }
            if j < t.count, case .number(let y, 4) = t[j].kind, let day = isoDay(y, m, d) {
                return (DateMention(day: day, range: t[i].start..<t[j].end), j + 1)
            }
        }
        // 7 December 2016 / 7 Dec, 2016
        if case .number(let d, let dl) = t[i].kind, dl <= 2, i + 2 < t.count, case .month(let m) = t[i + 1].kind {
            var j = i + 2
            if t[j].kind == .comma { j += 1 }
            if j < t.count, case .number(let y, 4) = t[j].kind, let day = isoDay(y, m, d) {
                return (DateMention(day: day, range: t[i].start..<t[j].end), j + 1)
            }
        }
        return nil
    }

    static func isoDay(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// The words and numbers a date is written with; everything else is skipped.
struct DateToken: Hashable {
    enum Kind: Hashable {
        case number(Int, digits: Int)
        case month(Int)
        case comma
        case dash
        case word
    }

    var kind: Kind
    var start: Int
    var end: Int

    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        let scalars = ScalarText.scalars(of: text)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if let first = c.asciiDigit {
                let start = i
                var value = first
                i += 1
                while i < scalars.count, let digit = scalars[i].asciiDigit, i - start < 6 {
                    value = value * 10 + digit
                    i += 1
                }
                let digits = i - start
                // "7th", "1st": an ordinal suffix belongs to the number.
                if i + 1 < scalars.count, ["st", "nd", "rd", "th"].contains(ScalarText.string(scalars[i...i + 1]).lowercased()),
                   i + 2 == scalars.count || !scalars[i + 2].properties.isAlphabetic {
                    i += 2
                }
                tokens.append(DateToken(kind: .number(value, digits: digits), start: start, end: i))
            } else if c.properties.isAlphabetic {
                let start = i
                while i < scalars.count, scalars[i].properties.isAlphabetic { i += 1 }
                let word = ScalarText.string(scalars[start..<i]).lowercased()
                var end = i
                if i < scalars.count, scalars[i] == ".", let _ = months[word] { end = i + 1; i += 1 }
                tokens.append(DateToken(kind: months[word].map { .month($0) } ?? .word, start: start, end: end))
            } else {
                if c == "," { tokens.append(DateToken(kind: .comma, start: i, end: i + 1)) }
                if c == "-" { tokens.append(DateToken(kind: .dash, start: i, end: i + 1)) }
                i += 1
            }
        }
        return tokens
    }
}

extension Unicode.Scalar {
    /// 0–9 for an ASCII digit, else nil.
    var asciiDigit: Int? { value >= 48 && value <= 57 ? Int(value - 48) : nil }
}
