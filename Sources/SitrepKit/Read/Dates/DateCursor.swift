/// One sentence's tokens as the date patterns read them: each token's ``DateWord`` looked up once,
/// numbers read as integers, and whether the sentence talks about money (for "the third quarter").
struct DateCursor {
    let tokens: [Token]
    let range: Range<Int>
    private var words: [DateWord?]
    private var financial: Bool?

    init(tokens: [Token], range: Range<Int>) {
        self.tokens = tokens
        self.range = range
        words = range.map { tokens[$0].kind == .word ? DateWords.word(tokens[$0].norm) : nil }
    }

    func norm(_ i: Int) -> String? { range.contains(i) ? tokens[i].norm : nil }

    /// The token's date word. Month and full weekday names count only capitalised, as news
    /// writes them ("may" is a verb, "march" a noun).
    func word(_ i: Int) -> DateWord? {
        guard range.contains(i), let word = words[i - range.lowerBound] else { return nil }
        switch word {
        case .month, .weekday: return tokens[i].isCapitalised ? word : nil
        default: return word
        }
    }

    func month(_ i: Int) -> Int? {
        if case let .month(m)? = word(i) { return m }
        return nil
    }

    func isMark(_ i: Int, _ mark: String) -> Bool {
        range.contains(i) && tokens[i].kind == .mark && tokens[i].norm == mark
    }

    /// Whether token `i` is written against the next one, with no space between.
    func touches(_ i: Int) -> Bool { range.contains(i + 1) && tokens[i].touches(tokens[i + 1]) }

    /// A number written with ASCII digits alone, and how many.
    func number(_ i: Int) -> (value: Int, digits: Int)? {
        guard range.contains(i), tokens[i].kind == .number else { return nil }
        let utf8 = tokens[i].norm.utf8
        guard utf8.count <= 9 else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return (value, utf8.count)
    }

    /// A day of the month: `7`, `7th`, `seventh`; with the index after it.
    func day(at i: Int) -> (Int, Int)? {
        if let (value, digits) = number(i), digits <= 2, (1...31).contains(value) {
            if touches(i), let suffix = norm(i + 1), Self.ordinalSuffixes.contains(suffix) { return (value, i + 2) }
            return (value, i + 1)
        }
        if case let .ordinal(value)? = word(i) { return (value, i + 1) }
        return nil
    }

    /// A four-digit year, with the index after it.
    func year(at i: Int) -> (Int, Int)? {
        guard let (value, digits) = number(i), digits == 4, (1000...2199).contains(value) else { return nil }
        return (value, i + 1)
    }

    /// Whether the clause ends after token `i - 1`: punctuation or the sentence's end.
    func clauseEnds(at i: Int) -> Bool {
        guard range.contains(i) else { return true }
        return tokens[i].kind == .mark && Self.clauseMarks.contains(tokens[i].norm)
    }

    /// Whether a date could start at token `i`: most tokens are ruled out by one look-up, and the
    /// common words that may open one ("the", "a", "about") by a look at the next token.
    func canStart(_ i: Int) -> Bool {
        let token = tokens[i]
        switch token.kind {
        case .number: return true
        case .mark: return token.norm == "'" || token.norm == "’"
        case .word:
            if let word = words[i - range.lowerBound] {
                // "a", "an", "three" open a date only before a unit ("a year ago").
                if case .count = word {
                    if case .unit? = self.word(i + 1) { return true }
                    return false
                }
                return true
            }
            let norm = token.norm
            if Self.openers.contains(norm) { return opensDate(at: i + 1) }
            let utf8 = norm.utf8
            return Self.starters.contains(norm) || utf8.contains(UInt8(ascii: "-")) || DateWords.holidayStarts.contains(norm)
                || (utf8.count == 6 && norm.hasPrefix("fy")) || (utf8.count == 2 && utf8.first == UInt8(ascii: "q"))
        }
    }

    /// Whether what follows an opener ("the", "between", "about") could be part of a date.
    private func opensDate(at j: Int) -> Bool {
        guard range.contains(j) else { return false }
        let token = tokens[j]
        if token.kind == .number || words[j - range.lowerBound] != nil { return true }
        return Self.afterOpeners.contains(token.norm) || token.norm == "'" || token.norm == "’" || token.norm.utf8.contains(UInt8(ascii: "-"))
    }

    private static let clauseMarks: Set<String> = [",", ".", ";", ":", "!", "?", ")", "—"]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Words that open a date only with a date word or a number after them.
    private static let openers: Set<String> = [
        "the", "between", "from", "that", "fiscal", "almost", "nearly", "about", "some", "roughly", "around",
        "approximately", "just", "only", "barely", "over", "more", "less", "same",
    ]
    private static let afterOpeners: Set<String> = [
        "same", "end", "beginning", "start", "middle", "close", "fiscal", "than", "noon", "midnight", "year", "day",
    ]
    private static let starters: Set<String> = ["noon", "midnight", "overnight"]

    /// Whether the sentence is about money or output, where "the third quarter" is a date (and
    /// not a quarter of a game).
    mutating func isFinancial() -> Bool {
        if let financial { return financial }
        let found = range.contains { Self.financialWords.contains(tokens[$0].norm) }
        financial = found
        return found
    }

    private static let financialWords: Set<String> = [
        "profit", "profits", "earnings", "revenue", "revenues", "sales", "loss", "losses", "income", "results",
        "growth", "gdp", "economy", "economic", "quarterly", "fiscal", "percent", "%", "dividend", "shares", "share",
        "output", "company", "analysts", "forecast", "fell", "rose", "grew", "net", "billion", "million", "year-earlier",
        "year-ago", "deficit", "surplus", "inflation", "unemployment", "exports", "imports", "production",
    ]

    // MARK: Times

    /// A time of day: `6PM`, `6 p.m.`, `10:30 a.m. EST`, `18:00 GMT`, `noon`, `midnight`; as
    /// `HH:MM` with its zone, and the index after it.
    func timeOfDay(at i: Int) -> (String, Int)? {
        var hour: Int, minute = 0, k: Int
        if let named = norm(i), named == "noon" || named == "midnight" {
            // Midnight "on Saturday" ends Saturday.
            hour = named == "noon" ? 12 : 24
            k = i + 1
        } else {
            guard let (h, digits) = number(i), digits <= 2, h <= 24 else { return nil }
            hour = h
            k = i + 1
            var colon = false
            if isMark(k, ":"), touches(i), let (m, minuteDigits) = number(k + 1), minuteDigits == 2, m < 60 {
                minute = m
                k += 2
                colon = true
            }
            if case let .meridiem(pm)? = word(k) {
                guard hour >= 1, hour <= 12 else { return nil }
                if pm, hour < 12 { hour += 12 }
                if !pm, hour == 12 { hour = 0 }
                k += 1
            } else if !colon {
                return nil
            }
        }
        var time = DateParser.pad(hour, 2) + ":" + DateParser.pad(minute, 2)
        if case .zone? = word(k), let zone = norm(k) {
            time += " " + zone.uppercased()
            k += 1
        }
        return (time, k)
    }
}
