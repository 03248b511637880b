/// Numbers that are no quantity: times ("11:30", "6PM"), years and decades ("in 2011", "the
/// 1980s"), ages ("36-year-old", "Senard, 65,"), ordinals ("21st"), phone numbers and other digit
/// groups ("555-123-4567", "12/10/24"), addresses ("575 Wilbraham Road") and identifiers ("Game 2",
/// "F-16", "Section 427", "3G").
///
/// Each rule looks a few tokens around the number and, when it rejects, says where reading goes on,
/// past the whole time or digit group, so nothing is read twice.
enum NonQuantities {
    /// A clock time starting at `index`, or digits followed by a time-of-day word: the index
    /// after it.
    static func timeEnd(_ tokens: [Token], number index: Int, limit: Int) -> Int? {
        var j = index + 1
        var clock = false
        while j + 1 < limit, tokens[j].norm == ":" || tokens[j].norm == ".", tokens[j - 1].touches(tokens[j]),
              tokens[j].touches(tokens[j + 1]), tokens[j + 1].kind == .number,
              tokens[j].norm == ":" || clock {
            clock = true
            j += 2
        }
        if j < limit, timeWords.contains(tokens[j].norm) || tokens[j].norm == "h" && tokens[j - 1].touches(tokens[j]) {
            return j + 1
        }
        return clock ? j : nil
    }

    /// Digit groups chained by dashes, dots, slashes or spaces — three or more ("555-123-4567",
    /// "12/10/24", "+44 20 7946 0958"), or one that starts with a zero ("0800"): the index after
    /// the chain.
    static func digitGroupEnd(_ tokens: [Token], number index: Int, limit: Int, leadingZero: Bool) -> Int? {
        var groups = 1, j = index + 1
        while j < limit {
            if tokens[j].kind == .number, isInteger(tokens[j].norm) {
                groups += 1
                j += 1
            } else if j + 1 < limit, joiners.contains(tokens[j].norm), tokens[j - 1].touches(tokens[j]),
                      tokens[j].touches(tokens[j + 1]), tokens[j + 1].kind == .number, isInteger(tokens[j + 1].norm) {
                groups += 1
                j += 2
            } else if j + 1 < limit, tokens[j].norm == ")" || tokens[j].norm == "(", tokens[j + 1].kind == .number,
                      isInteger(tokens[j + 1].norm) {
                // "(555) 123-4567", "+1 (555) …"
                groups += 1
                j += 2
            } else {
                break
            }
        }
        if groups >= 3 || leadingZero { return j }
        // "555-1234": a local phone number, three digits and four.
        if groups == 2, j - index == 3, tokens[index].norm.utf8.count == 3, tokens[index + 1].norm == "-",
           tokens[index + 2].norm.utf8.count == 4 {
            return j
        }
        let plusBefore = index > 0 && tokens[index - 1].norm == "+" && tokens[index - 1].touches(tokens[index])
        return plusBefore && groups >= 2 ? j : nil
    }

    /// An age: "36-year-old", "30 years old", "aged 25", "over the age of 21", "Senard, 65, said".
    static func isAge(_ tokens: [Token], _ phrase: NumberPhrase, floor: Int, limit: Int) -> Bool {
        var j = phrase.end
        if j < limit, tokens[j].norm == "-", j + 1 < limit { j += 1 }
        if j < limit {
            let norm = tokens[j].norm
            if norm == "yo" || norm.hasSuffix("-old") && (norm.contains("year-") || norm.contains("years-")
                || norm.contains("month") || norm.contains("week-") || norm.contains("day-")) {
                return true
            }
            if norm == "years" || norm == "year" || norm == "months" || norm == "month",
               j + 1 < limit, tokens[j + 1].norm == "old" || tokens[j + 1].norm == "of" && j + 2 < limit && tokens[j + 2].norm == "age" {
                return true
            }
        }
        var k = phrase.start - 1
        if k >= floor, tokens[k].norm == "between" || tokens[k].norm == "of" { k -= 1 }
        if k >= floor, ageWords.contains(tokens[k].norm) { return true }
        // "Senard, 65,", "the mayor, 65,", "Name (65)": an age in apposition.
        guard phrase.isPlainInteger, phrase.low > 0, phrase.low < 120, phrase.start - 2 >= floor else { return false }
        let open = tokens[phrase.start - 1].norm
        var name = tokens[phrase.start - 2]
        // "Patrick Carlineo Jr., 55,"
        if name.norm == ".", phrase.start - 3 >= floor, tokens[phrase.start - 3].isCapitalised { name = tokens[phrase.start - 3] }
        guard (open == "," || open == "("), name.kind == .word, open == "," || name.isCapitalised, phrase.end < limit,
              !CountedNoun.stopwords.contains(name.norm) else { return false }
        let close = tokens[phrase.end].norm
        return open == "," ? close == "," || close == ")" : close == ")"
    }

    /// A year standing alone: four digits from 1800 to 2100 without a separator. The reader asks
    /// only when no currency, unit or qualifier makes it a count ("more than 2000 people").
    static func isYear(_ tokens: [Token], _ phrase: NumberPhrase, floor: Int, limit: Int) -> Bool {
        guard phrase.isPlainInteger, phrase.digitCount == 4, phrase.low >= 1800, phrase.low <= 2100 else { return false }
        return true
    }

    /// The index past a year range's second year ("2014-15", "2019/20"), or `end`.
    static func yearRangeEnd(_ tokens: [Token], after end: Int, limit: Int) -> Int {
        guard end + 1 < limit, yearJoiners.contains(tokens[end].norm), tokens[end - 1].touches(tokens[end]),
              tokens[end].touches(tokens[end + 1]), tokens[end + 1].kind == .number else { return end }
        return end + 2
    }

    /// An ordinal ("21st", "96th-minute") or a decade or model written against an "s" ("1970s",
    /// "Model 3s"), or digits against other letters ("3G", "9AB8"): not a figure.
    static func hasLetterSuffix(_ tokens: [Token], _ phrase: NumberPhrase, limit: Int) -> Bool {
        let j = phrase.end
        guard j < limit, tokens[j - 1].touches(tokens[j]) else { return false }
        let norm = tokens[j].norm
        if tokens[j].kind == .mark {
            // "1990's", "2022′s"
            return (norm == "'" || norm == "’" || norm == "′") && j + 1 < limit && tokens[j + 1].norm == "s"
                && tokens[j].touches(tokens[j + 1])
        }
        guard tokens[j].kind == .word else { return false }
        if ordinalSuffixes.contains(norm) || norm == "s" || norm == "'s" || norm == "’s" { return true }
        for suffix in ordinalSuffixes where norm.hasPrefix(suffix + "-") { return true }
        // Any other letters against the digits that are no unit or scale: "3G", "4K", "9AB8".
        return Units.after.match(tokens, at: j, limit: limit) == nil && NumberWords.touchingScale[norm] == nil
            && NumberWords.scale[norm] == nil
    }

    /// An identifier: a number named by the word before it ("Game 2", "Section 427", "iPhone 11",
    /// "F-16", "category 4", "No. 5") or an address ("575 Wilbraham Road").
    static func isIdentifier(_ tokens: [Token], _ phrase: NumberPhrase, scalars: [Unicode.Scalar], floor: Int, limit: Int) -> Bool {
        guard !phrase.isVague, !phrase.isFraction else { return false }
        if phrase.isWords {
            // "Formula One", "BBC One", "Zero Hedge": a capitalised number word inside a sentence,
            // in a name.
            guard phrase.start > floor, tokens[phrase.start].isCapitalised, phrase.end - phrase.start == 1 else { return false }
            return tokens[phrase.start - 1].isCapitalised || phrase.end < limit && tokens[phrase.end].isCapitalised
        }
        guard phrase.isPlainInteger || phrase.digitCount <= 3 && !phrase.hasScale else { return false }
        let next = phrase.end < limit ? tokens[phrase.end] : nil
        // "beat Charlton 2-1", "passed in the House 375 to 34": a score or vote after a name.
        if let next, phrase.end + 1 < limit, tokens[phrase.end + 1].kind == .number,
           next.norm == "to" || dashes.contains(next.norm) && tokens[phrase.end - 1].touches(next) && next.touches(tokens[phrase.end + 1]) {
            return false
        }
        // "9 May", "20 June": a day of a month.
        if let next, months.contains(next.norm), next.kind == .word, phrase.isPlainInteger, phrase.low >= 1, phrase.low <= 31 {
            return true
        }
        // A street address: a number, capitalised words, a street word.
        if phrase.isPlainInteger, let next, next.isCapitalised {
            var k = phrase.end
            while k < limit, k < phrase.end + 4, tokens[k].isCapitalised {
                if streetWords.contains(tokens[k].norm) && k > phrase.end { return true }
                k += 1
            }
        }
        let k = phrase.start - 1
        guard k >= floor else { return false }
        // "F-16", "MI-6", "TA-35", "COVID-19"
        if tokens[k].norm == "-" || tokens[k].norm == "‑", tokens[k].touches(tokens[phrase.start]), k - 1 >= floor,
           tokens[k - 1].touches(tokens[k]), tokens[k - 1].kind == .word, hasCapital(tokens[k - 1], scalars) {
            return true
        }
        if tokens[k].norm == "#" || tokens[k].norm == "№" { return true }
        if tokens[k].norm == ".", k - 1 >= floor, tokens[k - 1].norm == "no" || months.contains(tokens[k - 1].norm) {
            return true
        }
        let before = tokens[k]
        guard before.kind == .word else { return false }
        let countedAfter = next.map { $0.kind == .word && !$0.isCapitalised && CountedNoun.isPluralNoun($0.norm) } ?? false
        if identifierCues.contains(before.norm) { return !countedAfter }
        guard hasCapital(before, scalars), !Qualifiers.before.contains(before.norm), !weekdays.contains(before.norm),
              !(k == floor && CountedNoun.stopwords.contains(before.norm)) else { return false }
        if months.contains(before.norm) { return phrase.low <= 31 }
        return !countedAfter
    }

    private static func hasCapital(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        if token.isCapitalised || token.isAllCaps { return true }
        for k in token.span.start..<token.span.end where scalars[k].isUppercaseFast { return true }
        return false
    }

    private static func isInteger(_ norm: String) -> Bool {
        !norm.utf8.contains(UInt8(ascii: ",")) && !norm.utf8.contains(UInt8(ascii: "."))
    }

    private static let joiners: Set<String> = ["-", ".", "/", "–"]
    private static let dashes: Set<String> = ["-", "–", "−", "—"]
    private static let yearJoiners: Set<String> = ["-", "–", "/"]
    private static let ageWords: Set<String> = ["aged", "age", "ages", "ageing", "aging"]
    private static let timeWords: Set<String> = [
        "am", "pm", "a.m.", "p.m.", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest", "msk",
        "o'clock", "o’clock", "ist",
    ]
    private static let ordinalSuffixes = ["st", "nd", "rd", "th"]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thurs", "fri", "sat", "sun",
    ]
    private static let streetWords: Set<String> = [
        "road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way",
        "place", "pl", "court", "ct", "square", "sq", "terrace", "highway", "hwy", "parkway", "pkwy", "close",
        "crescent", "row",
    ]
    private static let identifierCues: Set<String> = [
        "no", "number", "nr", "category", "level", "phase", "grade", "article", "section", "chapter", "page",
        "room", "row", "gate", "platform", "flight", "route", "highway", "interstate", "exit", "type", "class",
        "version", "model", "game", "round", "stage", "lot", "suite", "apartment", "apt", "box", "zone", "sector",
        "block", "seat", "channel", "episode", "season", "volume", "vol", "issue", "part", "act", "scene",
        "rule", "resolution", "amendment", "clause", "paragraph", "item", "figure", "table", "step", "ward",
        "precinct", "track", "floor", "pier", "terminal", "hole", "code", "zip", "postcode", "windows", "ios",
        "android", "covid", "unit", "district", "tier", "mark", "series", "week", "year",
    ]
}
