/// Which number comes first in an all-numeric date whose day and month could be either
/// (`07/12/2016`): the page's language or region decides, as readers there would read it.
enum NumericDateOrder {
    case dayFirst, monthFirst
}

/// A calendar day, with the time of day and UTC offset when the source gave them.
struct ParsedDate: Equatable {
    var year: Int
    var month: Int
    var day: Int
    /// Seconds since midnight, when a time was given.
    var seconds: Int?
    /// Minutes east of UTC, when a zone was given.
    var offsetMinutes: Int?

    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM` when the zone is known.
    var iso: String {
        var out = DateParser.pad(year, 4) + "-" + DateParser.pad(month, 2) + "-" + DateParser.pad(day, 2)
        guard let seconds else { return out }
        out += "T" + DateParser.pad(seconds / 3600, 2) + ":" + DateParser.pad(seconds / 60 % 60, 2) + ":"
            + DateParser.pad(seconds % 60, 2)
        if let offset = offsetMinutes {
            if offset == 0 {
                out += "Z"
            } else {
                out += (offset < 0 ? "-" : "+") + DateParser.pad(abs(offset) / 60, 2) + ":" + DateParser.pad(abs(offset) % 60, 2)
            }
        }
        return out
    }

    /// A number that orders days: `YYYYMMDD`.
    var dayNumber: Int { year * 10_000 + month * 100 + day }
}

/// Reads dates the way news pages write them.
///
/// Field values (`<meta content>`, `datetime`, JSON-LD): ISO 8601 with or without time and zone,
/// RFC 822 (`Wed, 07 Dec 2016 14:23:00 GMT`), written-out dates, Unix timestamps. Running text:
/// `December 7, 2016`, `Dec. 7th 2016`, `7 December 2016`, `2016-12-07`, `2016. december 7.`, and
/// numeric day/month dates only when they cannot be misread (`25/12/2016`) or when the caller knows
/// the order (`07/12/2016` with ``NumericDateOrder``). Month names in many languages; digits in any
/// decimal script.
///
///     DateParser.parseValue("2016-12-07T14:23:00+01:00")?.iso   // "2016-12-07T14:23:00+01:00"
///     DateParser.firstDate(in: "Posted on Dec. 7, 2016 by …")?.iso   // "2016-12-07"
enum DateParser {
    static let earliestYear = 1995

    /// A date given as a field's whole value, with its time and zone when present.
    static func parseValue(_ value: String, order: NumericDateOrder? = nil) -> ParsedDate? {
        // A date value is short; a huge attribute is not read past its start.
        let trimmed = MarkupText.trimmed(String(decoding: value.utf8.prefix(300), as: UTF8.self))
        if let epoch = epochDate(trimmed) { return epoch }
        let tokens = tokenize(Array(trimmed.utf8))
        var index = 0
        while index < tokens.count, index < 8 {
            if let (date, next) = date(at: index, in: tokens, order: order) {
                return withTime(date, after: next, in: tokens)
            }
            index += 1
        }
        return nil
    }

    /// The first date in running text (day precision). Dates right after "updated" or "modified"
    /// are skipped.
    static func firstDate(in text: String, order: NumericDateOrder? = nil) -> ParsedDate? {
        let tokens = tokenize(Array(text.utf8))
        var index = 0
        while index < tokens.count {
            if let (date, _) = date(at: index, in: tokens, order: order) {
                if !isAfterUpdateWord(index, in: tokens) { return date }
            }
            index += 1
        }
        return nil
    }

    /// Every date written in running text, with where it stands (Unicode-scalar offsets into
    /// `text`), in order.
    static func mentions(in text: String, order: NumericDateOrder? = nil) -> [(date: ParsedDate, range: Range<Int>)] {
        let tokens = tokenize(Array(text.utf8))
        var found: [(date: ParsedDate, range: Range<Int>)] = []
        var index = 0
        while index < tokens.count {
            if let (date, next) = date(at: index, in: tokens, order: order) {
                found.append((date, tokens[index].start..<tokens[next - 1].end))
                index = next
            } else {
                index += 1
            }
        }
        return found
    }

    /// A date in a URL's path: `/2016/12/07/`, `2016-12-07`, `/20161207/`; or only a year and month
    /// (`/2016/12/`), reported with `dayKnown == false` and day 1.
    static func dateInURL(_ url: String) -> (date: ParsedDate, dayKnown: Bool)? {
        var bytes = Array(url.utf8)[...]
        // Only the path and query: a host name's digits are not a date.
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes[colon...].starts(with: Array("://".utf8)) {
            let host = bytes[(colon + 3)...]
            bytes = host.firstIndex(of: UInt8(ascii: "/")).map { host[$0...] } ?? []
        }
        let tokens = tokenize(Array(bytes))
        var partial: ParsedDate?
        for index in tokens.indices {
            let token = tokens[index]
            guard case let .number(value, digits) = token.kind else { continue }
            if digits == 8, index > 0, isSeparator(tokens[index - 1]) {
                if let date = validDate(value / 10_000, value / 100 % 100, value % 100) { return (date, true) }
            }
            guard digits == 4, index + 2 < tokens.count else { continue }
            let separator = tokens[index + 1]
            guard case let .symbol(mark) = separator.kind, mark == UInt8(ascii: "/") || mark == UInt8(ascii: "-") || mark == UInt8(ascii: "_"),
                  case let .number(month, monthDigits) = tokens[index + 2].kind, monthDigits <= 2 else { continue }
            if index + 4 < tokens.count, tokens[index + 3].kind == separator.kind,
               case let .number(day, dayDigits) = tokens[index + 4].kind, dayDigits <= 2,
               index + 5 == tokens.count || !isNumber(tokens[index + 5]) || tokens[index + 5].spaceBefore {
                if let date = validDate(value, month, day) { return (date, true) }
            }
            if partial == nil, mark == UInt8(ascii: "/"), index + 3 < tokens.count, tokens[index + 3].kind == separator.kind,
               let date = validDate(value, month, 1) {
                partial = date
            }
        }
        return partial.map { ($0, false) }
    }

    // MARK: Tokens

    struct Token {
        enum Kind: Equatable {
            case number(Int, digits: Int)
            case word(String)
            case symbol(UInt8)
        }
        var kind: Kind
        var spaceBefore: Bool
        /// Where the token sits in the text, in Unicode scalars.
        var start = 0
        var end = 0
    }

    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var space = false
        var word = String.UnicodeScalarView()
        var number = 0, digits = 0
        var position = 0, tokenStart = 0
        func flush() {
            if digits > 0 {
                tokens.append(Token(kind: .number(number, digits: digits), spaceBefore: space, start: tokenStart, end: position))
                number = 0
                digits = 0
                space = false
            } else if !word.isEmpty {
                tokens.append(Token(kind: .word(String(word).lowercased()), spaceBefore: space, start: tokenStart, end: position))
                word = String.UnicodeScalarView()
                space = false
            }
        }
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            defer { position += 1 }
            if digits == 0 && word.isEmpty { tokenStart = position }
            if scalar.isASCII, ASCIIBytes.isDigit(UInt8(scalar.value)) {
                if !word.isEmpty { flush(); tokenStart = position }
                if digits < 15 { number = number * 10 + Int(scalar.value - 0x30) }
                digits += 1
            } else if !scalar.isASCII, let digit = decimalDigit(scalar) {
                // Arabic-Indic, Persian, Devanagari, Bengali… digits read as their values.
                if !word.isEmpty { flush(); tokenStart = position }
                if digits < 15 { number = number * 10 + digit }
                digits += 1
            } else if scalar.isAlphabeticFast || (!word.isEmpty && isMark(scalar)) {
                if digits > 0 { flush(); tokenStart = position }
                word.append(scalar)
                // Each CJK ideograph is a word of its own (年, 月, 日 mark a date's parts).
                if scalar.value >= 0x2E80 { position += 1; flush(); position -= 1 }
            } else {
                flush()
                if scalar.isWhitespaceFast || !scalar.isASCII {
                    space = true
                } else {
                    tokens.append(Token(kind: .symbol(UInt8(scalar.value)), spaceBefore: space, start: position, end: position + 1))
                    space = false
                }
            }
        }
        flush()
        return tokens
    }

    private static func decimalDigit(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// Vowel signs and viramas belong to the word they sit in (Devanagari "मार्च").
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    private static func isNumber(_ token: Token) -> Bool {
        if case .number = token.kind { return true }
        return false
    }

    private static func isSeparator(_ token: Token) -> Bool {
        if case let .symbol(mark) = token.kind {
            return mark == UInt8(ascii: "/") || mark == UInt8(ascii: "-") || mark == UInt8(ascii: "_")
        }
        return false
    }

    private static func word(_ token: Token) -> String? {
        if case let .word(value) = token.kind { return value }
        return nil
    }

    private static func symbol(_ token: Token?, _ mark: Character) -> Bool {
        guard let token, case let .symbol(value) = token.kind else { return false }
        return value == mark.asciiValue
    }

    /// Month names and common abbreviations in the languages of most news sites: English, French,
    /// Spanish, Portuguese, Italian, German, Dutch, the Scandinavian languages, Finnish, Polish,
    /// Czech, Hungarian, Romanian, Serbian (Latin), Turkish, Indonesian and Malay, Greek, Russian
    /// and Ukrainian (genitive, as dates write them), Arabic and Hindi.
    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januar", "jänner", "januari",
             "tammikuuta", "stycznia", "ledna", "január", "ianuarie", "januara", "ocak", "ιανουαρίου",
             "января", "січня", "يناير", "जनवरी"],
            ["february", "feb", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev", "febbraio", "februar",
             "februari", "helmikuuta", "lutego", "února", "február", "febr", "februarie", "februara", "şubat", "subat",
             "φεβρουαρίου", "февраля", "лютого", "فبراير", "شباط", "फ़रवरी", "फरवरी"],
            ["march", "mar", "mars", "marzo", "março", "marco", "märz", "maerz", "maart", "mrt", "maret", "mac",
             "maaliskuuta", "marca", "března", "március", "márc", "martie", "marta", "mart", "μαρτίου",
             "марта", "березня", "مارس", "آذار", "मार्च"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuuta", "kwietnia", "dubna", "április", "ápr",
             "aprilie", "aprila", "nisan", "απριλίου", "апреля", "квітня", "أبريل", "ابريل", "نيسان", "अप्रैल"],
            ["may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maj", "toukokuuta", "maja", "května", "május", "máj",
             "mayıs", "mayis", "μαΐου", "мая", "травня", "مايو", "أيار", "मई"],
            ["june", "jun", "juin", "junio", "junho", "giugno", "giu", "juni", "kesäkuuta", "czerwca", "června", "június",
             "jún", "iunie", "juna", "haziran", "ιουνίου", "июня", "червня", "يونيو", "حزيران", "जून"],
            ["july", "jul", "juillet", "juil", "julio", "julho", "luglio", "lug", "juli", "julai", "heinäkuuta", "lipca",
             "července", "július", "júl", "iulie", "jula", "temmuz", "ιουλίου", "июля", "липня", "يوليو", "تموز", "जुलाई"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "agustus", "ogos", "elokuuta",
             "sierpnia", "srpna", "augusztus", "avgusta", "ağustos", "agustos", "αυγούστου", "августа", "серпня",
             "أغسطس", "اغسطس", "آب", "अगस्त"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre", "set",
             "syyskuuta", "września", "září", "szeptember", "szept", "septembrie", "septembra", "eylül", "eylul",
             "σεπτεμβρίου", "сентября", "вересня", "سبتمبر", "أيلول", "सितंबर", "सितम्बर"],
            ["october", "oct", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "oktober", "okt", "lokakuuta",
             "października", "října", "október", "octombrie", "oktobra", "ekim", "οκτωβρίου", "октября", "жовтня",
             "أكتوبر", "اكتوبر", "अक्टूबर"],
            ["november", "nov", "novembre", "noviembre", "novembro", "marraskuuta", "listopada", "listopadu", "noiembrie",
             "novembra", "kasım", "kasim", "νοεμβρίου", "ноября", "листопада", "نوفمبر", "नवंबर", "नवम्बर"],
            ["december", "dec", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dicembre",
             "dezember", "desember", "disember", "joulukuuta", "grudnia", "prosince", "decembrie", "decembra", "aralık",
             "aralik", "δεκεμβρίου", "декабря", "грудня", "ديسمبر", "दिसंबर", "दिसम्बर"],
        ]
        var table: [String: Int] = [:]
        for (offset, list) in names.enumerated() {
            for name in list where table[name] == nil { table[name] = offset + 1 }
        }
        return table
    }()

    /// Month names of two words: the Levantine (Syriac) names of January, October, November
    /// and December, "first/second Kanun" and "first/second Tishrin", with and without hamza.
    private static let twoWordMonths: [String: [String: Int]] = [
        "كانون": ["الثاني": 1, "الأول": 12, "الاول": 12],
        "تشرين": ["الأول": 10, "الاول": 10, "الثاني": 11],
    ]

    private static let ordinals: Set<String> = ["st", "nd", "rd", "th", "er", "º"]
    /// Words between a day, its month and its year: "7 of December", "17 de marzo de 2020".
    private static let connectors: Set<String> = ["of", "de", "del", "di", "du"]

    // MARK: Dates

    /// A date starting at token `start`, and the index of the token after it.
    private static func date(at start: Int, in tokens: [Token], order: NumericDateOrder?) -> (ParsedDate, Int)? {
        let token = tokens[start]
        switch token.kind {
        case let .number(value, digits) where digits == 4:
            // 2016年12月7日, 2016년 12월 7일
            if start + 4 < tokens.count, let yearMark = word(tokens[start + 1]), yearMark == "年" || yearMark == "년",
               case let .number(month, monthDigits) = tokens[start + 2].kind, monthDigits <= 2,
               let monthMark = word(tokens[start + 3]), monthMark == "月" || monthMark == "월",
               case let .number(day, dayDigits) = tokens[start + 4].kind, dayDigits <= 2,
               let date = validDate(value, month, day) {
                // The day mark (日, 일) belongs to the date.
                let dayMark = start + 5 < tokens.count && (word(tokens[start + 5]) == "日" || word(tokens[start + 5]) == "일")
                return (date, start + (dayMark ? 6 : 5))
            }
            // 2016-12-07, 2016/12/07, 2016.12.07
            if start + 4 < tokens.count, case let .symbol(mark) = tokens[start + 1].kind,
               mark == UInt8(ascii: "-") || mark == UInt8(ascii: "/") || mark == UInt8(ascii: "."),
               case let .number(month, monthDigits) = tokens[start + 2].kind, monthDigits <= 2,
               tokens[start + 3].kind == tokens[start + 1].kind,
               case let .number(day, dayDigits) = tokens[start + 4].kind, dayDigits <= 2,
               let date = validDate(value, month, day) {
                return (date, start + 5)
            }
            // 2016. december 7. (Hungarian), 2016 Dec 7: a year first, then a month name and a day.
            var cursor = start + 1
            if cursor < tokens.count, symbol(tokens[cursor], ".") || symbol(tokens[cursor], ",") { cursor += 1 }
            guard let (month, next) = monthName(at: cursor, in: tokens, allowOf: false), next < tokens.count,
                  case let .number(day, dayDigits) = tokens[next].kind, dayDigits <= 2,
                  next + 1 == tokens.count || !isNumber(tokens[next + 1]),
                  let date = validDate(value, month, day) else { return nil }
            return (date, next + 1)
        case let .number(first, digits) where digits <= 2:
            if let (month, next) = monthName(at: start + 1, in: tokens, allowOf: true),
               let (year, after) = year(at: next, in: tokens),
               let date = validDate(year, month, first) {
                return (date, after)
            }
            // 7 tháng 12 năm 2016, 7 tháng 12, 2016 (Vietnamese)
            if start + 3 < tokens.count, word(tokens[start + 1]) == "tháng",
               case let .number(month, monthDigits) = tokens[start + 2].kind, monthDigits <= 2 {
                var cursor = start + 3
                if let value = word(tokens[cursor]), value == "năm" { cursor += 1 }
                if let (year, after) = year(at: cursor, in: tokens), let date = validDate(year, month, first) {
                    return (date, after)
                }
            }
            // 25/12/2016, 12/25/2016, 25.12.2016: only when the order cannot be misread.
            guard start + 4 < tokens.count, case let .symbol(mark) = tokens[start + 1].kind,
                  mark == UInt8(ascii: "/") || mark == UInt8(ascii: ".") || mark == UInt8(ascii: "-"),
                  case let .number(second, secondDigits) = tokens[start + 2].kind, secondDigits <= 2,
                  tokens[start + 3].kind == tokens[start + 1].kind,
                  case let .number(year, yearDigits) = tokens[start + 4].kind, yearDigits == 4 else { return nil }
            let date: ParsedDate?
            if first > 12 && second <= 12 {
                date = validDate(year, second, first)
            } else if second > 12 && first <= 12 {
                date = validDate(year, first, second)
            } else if first == second {
                date = validDate(year, first, first)
            } else if let order {
                date = order == .dayFirst ? validDate(year, second, first) : validDate(year, first, second)
            } else {
                date = nil
            }
            return date.map { ($0, start + 5) }
        case .word:
            guard let (month, next) = monthName(at: start, in: tokens, allowOf: false),
                  next < tokens.count, case let .number(day, digits) = tokens[next].kind, digits <= 2 else { return nil }
            var cursor = next + 1
            if cursor < tokens.count, let suffix = word(tokens[cursor]), ordinals.contains(suffix) { cursor += 1 }
            guard let (year, after) = year(at: cursor, in: tokens), let date = validDate(year, month, day) else { return nil }
            return (date, after)
        default:
            return nil
        }
    }

    /// A month name at `start` (after an optional ordinal suffix and "of" when `allowOf`), with
    /// an optional abbreviation dot; returns the month and the next token's index.
    private static func monthName(at start: Int, in tokens: [Token], allowOf: Bool) -> (Int, Int)? {
        var cursor = start
        if allowOf {
            if cursor < tokens.count, let suffix = word(tokens[cursor]), ordinals.contains(suffix) { cursor += 1 }
            if symbol(cursor < tokens.count ? tokens[cursor] : nil, "-") || symbol(cursor < tokens.count ? tokens[cursor] : nil, ".") {
                cursor += 1   // 7-Dec-2016, 7.Dec.2016
            }
            if cursor < tokens.count, let value = word(tokens[cursor]), connectors.contains(value) { cursor += 1 }
        }
        guard cursor < tokens.count, let name = word(tokens[cursor]) else { return nil }
        let month: Int
        if let single = months[name] {
            month = single
        } else if let seconds = twoWordMonths[name], cursor + 1 < tokens.count,
                  let second = word(tokens[cursor + 1]), let paired = seconds[second] {
            month = paired
            cursor += 1
        } else {
            return nil
        }
        cursor += 1
        if cursor < tokens.count, symbol(tokens[cursor], ".") { cursor += 1 }
        return (month, cursor)
    }

    /// A four-digit year at `start`, after an optional comma or dash.
    private static func year(at start: Int, in tokens: [Token]) -> (Int, Int)? {
        var cursor = start
        if cursor < tokens.count, symbol(tokens[cursor], ",") || symbol(tokens[cursor], "-") || symbol(tokens[cursor], ".") {
            cursor += 1
        }
        if cursor < tokens.count, let value = word(tokens[cursor]), connectors.contains(value) { cursor += 1 }
        guard cursor < tokens.count, case let .number(year, digits) = tokens[cursor].kind, digits == 4 else { return nil }
        return (year, cursor + 1)
    }

    static func validDate(_ year: Int, _ month: Int, _ day: Int) -> ParsedDate? {
        guard year >= earliestYear, year <= 2100, (1...12).contains(month), day >= 1,
              day <= daysIn(month: month, year: year) else { return nil }
        return ParsedDate(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "Updated", "modifié", "actualizado", "aktualisiert", "aggiornato", "обновлено", "оновлено"…
    /// ("mis à jour" is caught by its "jour").
    private static let updatePrefixes = ["updat", "modif", "edit", "revis", "actualiz", "aktualis", "aggiorn",
                                         "bijgewerkt", "обновл", "оновл", "изменен", "змінен"]

    private static func isAfterUpdateWord(_ index: Int, in tokens: [Token]) -> Bool {
        var cursor = index - 1
        var seen = 0
        // Four words back, and never more than a dozen tokens of any kind.
        while cursor >= 0, seen < 4, index - cursor <= 12 {
            if let value = word(tokens[cursor]) {
                if value == "jour" || updatePrefixes.contains(where: value.hasPrefix) { return true }
                seen += 1
            }
            cursor -= 1
        }
        return false
    }

    // MARK: Times

    private static let zones: [String: Int] = [
        "z": 0, "gmt": 0, "utc": 0, "ut": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
        "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120,
        "eet": 120, "eest": 180, "msk": 180,
    ]

    /// Adds `HH:MM[:SS[.fff]] [am|pm] [zone]` following a date (after `T`, a space, "at" or a comma).
    private static func withTime(_ date: ParsedDate, after start: Int, in tokens: [Token]) -> ParsedDate {
        var cursor = start
        if cursor < tokens.count, symbol(tokens[cursor], ",") { cursor += 1 }
        if cursor < tokens.count, let value = word(tokens[cursor]), value == "t" || value == "at" { cursor += 1 }
        guard cursor + 2 < tokens.count, case let .number(hour, hourDigits) = tokens[cursor].kind, hourDigits <= 2,
              symbol(tokens[cursor + 1], ":"), case let .number(minute, minuteDigits) = tokens[cursor + 2].kind,
              minuteDigits == 2 else { return date }
        cursor += 3
        var second = 0
        if cursor + 1 < tokens.count, symbol(tokens[cursor], ":"), case let .number(value, digits) = tokens[cursor + 1].kind, digits == 2 {
            second = value
            cursor += 2
            if cursor + 1 < tokens.count, symbol(tokens[cursor], "."), isNumber(tokens[cursor + 1]) { cursor += 2 }
        }
        var hours = hour
        if cursor < tokens.count, let value = word(tokens[cursor]), value == "am" || value == "pm" || value == "a" || value == "p" {
            if value.hasPrefix("p"), hours < 12 { hours += 12 }
            if value.hasPrefix("a"), hours == 12 { hours = 0 }
            cursor += 1
            if cursor + 1 < tokens.count, symbol(tokens[cursor], "."), word(tokens[cursor + 1]) == "m" { cursor += 2 }
        }
        guard hours < 24, minute < 60, second < 61 else { return date }
        var result = date
        result.seconds = hours * 3600 + minute * 60 + min(second, 59)
        if cursor < tokens.count, let value = word(tokens[cursor]), let offset = zones[value] {
            result.offsetMinutes = offset
            cursor += 1
            if value == "gmt" || value == "utc", let explicit = numericOffset(at: cursor, in: tokens) {
                result.offsetMinutes = explicit
            }
        } else if let explicit = numericOffset(at: cursor, in: tokens) {
            result.offsetMinutes = explicit
        }
        return result
    }

    /// `+01:00`, `+0100`, `-05`.
    private static func numericOffset(at start: Int, in tokens: [Token]) -> Int? {
        guard start + 1 < tokens.count, case let .symbol(sign) = tokens[start].kind,
              sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
              case let .number(value, digits) = tokens[start + 1].kind else { return nil }
        var minutes: Int
        switch digits {
        case 4: minutes = value / 100 * 60 + value % 100
        case 1, 2:
            minutes = value * 60
            if start + 3 < tokens.count, symbol(tokens[start + 2], ":"), case let .number(extra, 2) = tokens[start + 3].kind {
                minutes += extra
            }
        default: return nil
        }
        guard minutes <= 14 * 60 else { return nil }
        return sign == UInt8(ascii: "-") ? -minutes : minutes
    }

    /// Seconds (10 digits) or milliseconds (13 digits) since 1970, as some sites write dates.
    private static func epochDate(_ value: String) -> ParsedDate? {
        guard value.utf8.count == 10 || value.utf8.count == 13, value.utf8.allSatisfy(ASCIIBytes.isDigit),
              var seconds = Int(value) else { return nil }
        if value.utf8.count == 13 { seconds /= 1000 }
        let (year, month, day) = civilDate(daysSinceEpoch: seconds / 86_400)
        guard var date = validDate(year, month, day) else { return nil }
        date.seconds = seconds % 86_400
        date.offsetMinutes = 0
        return date
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
