/// Reads one figure from the tokens of a sentence: its number, currency and unit, a range or a
/// vote it is one end of, its qualifier, the noun it counts, its casualty role and whether it is a
/// change; or says it is no quantity (a year, a time, an age, an identifier).
///
///     FigureReader(tokens: tokens, scalars: scalars, floor: s, limit: e).read(at: i)
///     // "no more than 4-5,000 fighters" → .figure(4,000…5,000, approx "no more than", counts «fighters»)
///
/// Every step looks a bounded number of tokens around the number, and a rejected number says
/// where reading resumes, so a sentence is read in one pass.
struct FigureReader {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    /// The sentence's first token and the token after its last.
    let floor: Int
    let limit: Int

    enum Outcome {
        case figure(Figure)
        /// No quantity here; reading resumes at this token.
        case skip(Int)
    }

    /// A number with its currency before and unit after, as both ends of a range are written.
    struct Core {
        var first: Int
        var end: Int
        var phrase: NumberPhrase
        var unit: QuantityUnit?
        var per: String?
    }

    func read(at index: Int) -> Outcome? {
        guard let a = core(at: index) else { return nil }
        var phrase = a.phrase

        if phrase.isRatio { return .skip(phrase.end) }
        if isFragment(phrase.start) || a.unit == nil && isListMarker(phrase) { return .skip(phrase.end) }
        if let digits = firstDigits(phrase) {
            if !phrase.hasScale, let end = NonQuantities.timeEnd(tokens, number: digits, limit: limit) { return .skip(end) }
            if a.unit == nil, phrase.isPlainInteger, phrase.start == digits,
               let end = NonQuantities.digitGroupEnd(tokens, number: digits, limit: limit, leadingZero: phrase.hasLeadingZero) {
                return .skip(end)
            }
        }
        if a.unit == nil, NonQuantities.hasLetterSuffix(tokens, phrase, limit: limit) { return .skip(phrase.end + 1) }
        if phrase.isWords, phrase.end < limit, tokens[phrase.end].norm == "o'clock" || tokens[phrase.end].norm == "o’clock" {
            return .skip(phrase.end + 1)
        }
        // Seven digits and more with no separator and nothing around them: a timestamp or an id.
        if a.unit == nil, phrase.isPlainInteger, phrase.digitCount >= 7,
           Qualifiers.before.match(tokens, endingAt: a.first, floor: floor) == nil {
            return .skip(phrase.end)
        }
        if NonQuantities.isAge(tokens, phrase, floor: floor, limit: limit) || isAgeRangeStart(phrase) {
            // "aged 18 to 34": both ends are ages.
            var end = max(a.end, phrase.end + 1)
            if a.end + 1 < limit, Self.ageJoiners.contains(tokens[a.end].norm), tokens[a.end + 1].kind == .number {
                end = a.end + 2
            }
            return .skip(end)
        }
        var j = a.end
        if a.unit?.kind == .duration, j < limit, tokens[j].norm == "ago" { return .skip(j + 1) }

        let qualifier = Qualifiers.before.match(tokens, endingAt: a.first, floor: floor)
        if a.unit == nil, NonQuantities.isYear(tokens, phrase, floor: floor, limit: limit),
           qualifier == nil || Self.yearQualifiers.contains(qualifier!.value) {
            return .skip(NonQuantities.yearRangeEnd(tokens, after: phrase.end, limit: limit))
        }
        if a.unit == nil, qualifier == nil,
           NonQuantities.isIdentifier(tokens, phrase, scalars: scalars, floor: floor, limit: limit) {
            return .skip(phrase.end)
        }

        var figure = Figure(first: a.first, end: j, number: phrase)
        figure.unit = a.unit
        figure.per = a.per
        if let q = qualifier {
            // "inching back up to 4.8 percent" is where a change ends, no bound.
            let movesTo = (q.value == "up to" || q.value == "down to") && q.start > floor
                && (tokens[q.start - 1].norm == "back" || ChangeCues.hasVerb(before: q.start, tokens, floor: floor))
            if !movesTo {
                figure.first = q.start
                if !Qualifiers.additive.contains(q.value) { figure.approx = q.value }
            }
        }

        // A range or a vote: "4-5,000", "between 8 and 10", "15 to 22 mph", "375 to 34".
        if let range = secondEnd(of: a, figure: figure) {
            let b = range.core
            var low = figure.low, high = b.phrase.high
            if a.unit == nil, b.unit != nil { figure.unit = b.unit; figure.per = b.per }
            if !phrase.hasScale, b.phrase.hasScale, !phrase.isVague, low * b.phrase.scale <= high {
                low *= b.phrase.scale
            } else if range.joiner != "to", b.phrase.isGrouped, phrase.isPlainInteger, b.phrase.digitCount - phrase.digitCount >= 3 {
                // "4-5,000": the first end lends the second's thousands.
                var factor = 1.0
                for _ in 0..<(b.phrase.digitCount - phrase.digitCount) { factor *= 10 }
                if low * factor <= high { low *= factor }
            }
            let from = figure.first == a.first && a.first - 1 >= floor && tokens[a.first - 1].norm == "from"
            if from, range.joiner == "to", low > high || ChangeCues.hasVerb(before: a.first - 1, tokens, floor: floor) {
                // "jumped from 240 to 273": one change between two levels, in the order written.
                figure.sides = [low, high]
                figure.direction = high >= low ? .up : .down
                figure.kind = .change
                (low, high) = (min(low, high), max(low, high))
            } else if low >= high, range.joiner != "and", figure.unit == nil, phrase.isPlainInteger, b.phrase.isPlainInteger || b.phrase.isGrouped {
                figure.sides = [low, high]
                figure.kind = hasVoteCue(around: index) ? .vote : .score
                (low, high) = (min(low, high), max(low, high))
            }
            if low <= high {
                figure.low = low
                figure.high = high
                figure.end = b.end
                j = b.end
                if range.joiner == "and" || from, figure.first == a.first, a.first - 1 >= floor,
                   tokens[a.first - 1].norm == "between" || from {
                    figure.first = a.first - 1
                }
                phrase.isFraction = false
            }
        }

        // "21,000+", "40-odd", "1,000 or more"
        // A bound after the figure says more than a vague word before it: "some 21,000+" is "+".
        var after: String?
        if j < limit, Qualifiers.afterMarks.contains(tokens[j].norm), tokens[j - 1].touches(tokens[j]) {
            after = tokens[j].norm
            j += 1
        } else if let found = Qualifiers.after.match(tokens, at: j, limit: limit),
                  tokens[j].norm != "-" || tokens[j - 1].touches(tokens[j]) {
            after = found.value
            j = found.end
        }
        if let after, figure.approx == nil || Qualifiers.vague.contains(figure.approx!) { figure.approx = after }
        figure.end = j

        if figure.unit == nil, figure.sides == nil || figure.kind == .change {
            let singular = figure.high == 1 || phrase.isFraction
            figure.counted = CountedNoun.read(tokens, from: j, limit: limit, singular: singular)
            if let counted = figure.counted {
                let head = tokens[counted.upperBound - 1]
                // "the 787 Dreamliner", "the 2020 Escape": a name after a bare number (but "about 460
                // Kia and Hyundai vehicles" counts them).
                let joined = counted.upperBound < limit && Self.conjunctions.contains(tokens[counted.upperBound].norm)
                if phrase.isPlainInteger, !singular, qualifier == nil, !joined, tokens[counted.lowerBound].isCapitalised,
                   counted.lowerBound == j, !CountedNoun.isPluralNoun(head.norm), CasualtyRoles.participles[head.norm] == nil {
                    return .skip(j)
                }
                // "hundreds of miles", "tens of thousands of dollars": the counted noun is a unit.
                if counted.count == 1, let unit = Units.after.match(tokens, at: counted.lowerBound, limit: counted.upperBound),
                   !unit.value.touching, unit.value.kind != .percent {
                    figure.unit = unit.value
                    figure.counted = nil
                    figure.end = max(figure.end, j)
                } else if counted.upperBound + 1 < limit, Self.perWords.contains(tokens[counted.upperBound].norm),
                          let p = Units.per.match(tokens, at: counted.upperBound + 1, limit: limit),
                          Units.after.match(tokens, at: counted.upperBound + 1, limit: limit)?.value.kind == .duration {
                    // "three thousand tests per day"
                    figure.per = p.value
                }
            }
        }
        // "one" (or "zero") is a figure only when it counts something ("one solution", "one of the
        // students"), not in "the same one" or "zero in on".
        if phrase.isWords, !phrase.isFraction, phrase.low == 0 || phrase.low == 1, phrase.end - phrase.start == 1,
           figure.unit == nil, figure.sides == nil, figure.high == phrase.low {
            let before = phrase.start > floor ? tokens[phrase.start - 1].norm : ""
            if figure.counted == nil || Self.oneDeterminers.contains(before) { return .skip(phrase.end) }
        }
        figure.role = CasualtyRoles.role(tokens, figure: figure.first..<figure.end, counted: figure.counted,
                                         floor: floor, limit: limit)
        let countsPoints = figure.counted.map { tokens[$0.upperBound - 1].norm == "points" } ?? false
        if figure.sides == nil, figure.kind != .change, figure.unit != nil || figure.counted == nil || countsPoints {
            let relative = figure.unit?.kind == .percent || countsPoints
            figure.direction = ChangeCues.direction(tokens, figure: figure.first..<figure.end, floor: floor, limit: limit,
                                                    relative: relative)
        }
        if figure.sides == nil || figure.kind == .change {
            if figure.direction != nil {
                figure.kind = .change
            } else if let unit = figure.unit {
                figure.kind = unit.kind
            } else {
                figure.kind = phrase.isFraction ? .fraction : .count
            }
        }
        return .figure(figure)
    }

    // MARK: the number with its currency and unit

    func core(at index: Int) -> Core? {
        var currency: QuantityUnit?
        var numberAt = index
        if let m = Units.before.match(tokens, at: index, limit: limit), m.end < limit, isWrittenAsCurrency(index..<m.end) {
            currency = m.value
            numberAt = m.end
        }
        var phrase: NumberPhrase
        if let glued = gluedCurrency(at: numberAt, afterSign: currency != nil) {
            phrase = glued.phrase
            currency = currency ?? glued.unit
        } else if currency != nil {
            guard startsDigits(numberAt), let read = NumberPhrase.read(tokens, at: numberAt, limit: limit, afterCurrency: true)
            else { return nil }
            phrase = read
        } else {
            guard let read = NumberPhrase.read(tokens, at: index, limit: limit) else { return nil }
            phrase = read
        }
        var core = Core(first: index, end: phrase.end, phrase: phrase, unit: currency)
        var j = phrase.end
        if currency == nil, j < limit {
            if j + 1 < limit, tokens[j].norm == "-", tokens[j - 1].touches(tokens[j]), tokens[j].touches(tokens[j + 1]),
               tokens[j + 1].kind == .word {
                // "48-hour", "8-inch", "185-hp"
                if let m = Units.after.match(tokens, at: j + 1, limit: limit), !m.value.touching, !phrase.isWords {
                    core.unit = m.value
                    j = m.end
                }
            } else if let m = Units.after.match(tokens, at: j, limit: limit) ?? Units.hyphenated(tokens[j]).map({ ($0, j + 1) })
                        ?? nationalCurrency(at: j),
                      !m.value.touching || tokens[j - 1].touches(tokens[j]),
                      !(m.value.lowercaseOnly && tokens[j].isCapitalised),
                      !(m.value.name == "metre" && tokens[j].norm == "m" && !tokens[j - 1].touches(tokens[j]) && phrase.isWords) {
                core.unit = m.value
                j = m.end
            }
        }
        if core.unit != nil, j + 1 < limit, Self.perWords.contains(tokens[j].norm) || tokens[j].norm == "/",
           let p = Units.per.match(tokens, at: j + 1, limit: limit) {
            core.per = p.value
            j = p.end
        }
        core.end = j
        return core
    }

    /// A currency after a nationality the unit table does not name: "37.5 Canadian cents", "80
    /// million French francs".
    private func nationalCurrency(at index: Int) -> (value: QuantityUnit, end: Int)? {
        guard index + 1 < limit, tokens[index].isCapitalised, tokens[index].kind == .word,
              let m = Units.after.match(tokens, at: index + 1, limit: limit), m.value.kind == .money, !m.value.touching
        else { return nil }
        return m
    }

    /// The second end of a range or vote written after `a`, and the word joining them.
    private func secondEnd(of a: Core, figure: Figure) -> (core: Core, joiner: String)? {
        let j = a.end
        guard j + 1 < limit else { return nil }
        let joiner = tokens[j].norm
        switch joiner {
        case "-", "–", "—", "−":
            let touching = tokens[j - 1].touches(tokens[j]) && tokens[j].touches(tokens[j + 1])
            guard touching || joiner != "-" else { return nil }
        case "to":
            break
        case "and":
            let before = figure.first == a.first ? a.first - 1 : figure.first - 1
            guard a.first - 1 >= floor, tokens[a.first - 1].norm == "between" || before >= floor && tokens[before].norm == "between"
            else { return nil }
        default:
            return nil
        }
        guard startsDigits(j + 1) || tokens[j + 1].kind == .mark || a.phrase.isWords && NumberWords.cardinalValue(tokens[j + 1].norm) != nil,
              let b = core(at: j + 1), !b.phrase.isRatio, !b.phrase.isVague else { return nil }
        if let digits = firstDigits(b.phrase), NonQuantities.timeEnd(tokens, number: digits, limit: limit) != nil { return nil }
        if NonQuantities.hasLetterSuffix(tokens, b.phrase, limit: limit) { return nil }
        let unitA = a.unit?.name, unitB = b.unit?.name
        if let unitA, unitA != unitB { return nil }
        if a.phrase.isVague { return nil }
        return (b, joiner)
    }

    /// Digits glued by a separator to a word with digits or letters before them ("PS21,700",
    /// "ID.3"): the tail of a code, not a number.
    private func isFragment(_ index: Int) -> Bool {
        guard index - 2 >= floor, tokens[index].kind == .number else { return false }
        let separator = tokens[index - 1], before = tokens[index - 2]
        return (separator.norm == "," || separator.norm == ".") && separator.touches(tokens[index])
            && before.touches(separator) && before.kind == .word
    }

    /// "18- to 24-year-old": the first end of an age range, its unit written after the second.
    private func isAgeRangeStart(_ phrase: NumberPhrase) -> Bool {
        let j = phrase.end
        guard j + 2 < limit, tokens[j].norm == "-", tokens[j - 1].touches(tokens[j]), Self.ageJoiners.contains(tokens[j + 1].norm),
              tokens[j + 2].kind == .number, let second = NumberPhrase.read(tokens, at: j + 2, limit: limit) else { return false }
        return NonQuantities.isAge(tokens, second, floor: floor, limit: limit)
    }

    /// A list item's number ("2. Never urged", "7) Indiana Jones") or a citation ("[28]").
    private func isListMarker(_ phrase: NumberPhrase) -> Bool {
        guard phrase.isPlainInteger, phrase.end < limit else { return false }
        let next = tokens[phrase.end]
        if phrase.start == floor, next.norm == "." || next.norm == ")", tokens[phrase.end - 1].touches(next) { return true }
        return phrase.start > floor && tokens[phrase.start - 1].norm == "[" && next.norm == "]"
            && tokens[phrase.start - 1].touches(tokens[phrase.start]) && tokens[phrase.end - 1].touches(next)
    }

    private func hasVoteCue(around index: Int) -> Bool {
        let from = max(floor, index - 12), to = min(limit, index + 8)
        for k in from..<to where Self.voteCues.contains(tokens[k].norm) { return true }
        return false
    }

    private func firstDigits(_ phrase: NumberPhrase) -> Int? {
        for k in phrase.start..<phrase.end where tokens[k].kind == .number { return k }
        return nil
    }

    private func startsDigits(_ index: Int) -> Bool {
        guard index < limit else { return false }
        if tokens[index].kind == .number { return true }
        return index + 1 < limit && (tokens[index].norm == "-" || tokens[index].norm == "." || tokens[index].norm == "−")
            && tokens[index].touches(tokens[index + 1]) && tokens[index + 1].kind == .number
    }

    /// A currency code is written in capitals ("USD", "RM", "Rs"), a symbol as itself.
    private func isWrittenAsCurrency(_ range: Range<Int>) -> Bool {
        for k in range where tokens[k].kind == .word {
            let t = tokens[k]
            guard t.isCapitalised else { return false }
            if t.norm.utf8.count == 1 {
                // "A$", "C$", "Y=": one capital written against its sign.
                guard k + 1 < tokens.count, t.touches(tokens[k + 1]), tokens[k + 1].kind == .mark else { return false }
            } else if !t.isAllCaps, t.norm != "rs" {
                return false
            }
        }
        return true
    }

    /// Digits glued to a currency code: "$US113", "EUR50m", "RM23.50".
    private func gluedCurrency(at index: Int, afterSign: Bool) -> (phrase: NumberPhrase, unit: QuantityUnit)? {
        guard index < limit, tokens[index].kind == .word, tokens[index].isCapitalised else { return nil }
        let norm = tokens[index].norm
        // Most words hold no digit: answered from the UTF-8 before any Character is made.
        guard norm.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              let firstDigit = norm.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let code = String(norm[..<firstDigit])
        guard let name = Units.gluedCodes[code], afterSign || code.utf8.count == 3 || code == "rm" || code == "rs" else { return nil }
        var rest = norm[firstDigit...]
        var factor = 1.0
        for (suffix, f) in [("bn", 1e9), ("mn", 1e6), ("m", 1e6), ("b", 1e9), ("k", 1e3)] where rest.hasSuffix(suffix) {
            factor = f
            rest = rest.dropLast(suffix.count)
            break
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }), var value = NumberPhrase.decimalValue(String(rest)) else {
            return nil
        }
        var end = index + 1
        // "RM23.50": the decimals are the next token.
        if factor == 1, end + 1 < limit, tokens[end].norm == ".", tokens[end - 1].touches(tokens[end]),
           tokens[end].touches(tokens[end + 1]), tokens[end + 1].kind == .number,
           let decimals = NumberPhrase.decimalValue("0." + tokens[end + 1].norm) {
            value += decimals
            end += 2
        }
        var phrase = NumberPhrase(start: index, end: end, low: value * factor, high: value * factor)
        phrase.hasScale = factor > 1
        phrase.scale = factor
        if factor == 1 { NumberPhrase.applyScales(&phrase, tokens, from: end, limit: limit, afterCurrency: true) }
        return (phrase, QuantityUnit(name: name, kind: .money))
    }

    private static let conjunctions: Set<String> = ["and", "or", "&"]
    private static let ageJoiners: Set<String> = ["to", "-", "–", "and"]
    private static let perWords: Set<String> = ["per", "a", "an"]
    private static let oneDeterminers: Set<String> = ["the", "this", "that", "each", "every", "any", "no", "which", "same",
                                               "whichever", "last", "another"]
    /// Words before a year that are no bound on a count: "around 2015", "since 1991".
    private static let yearQualifiers: Set<String> = ["around", "about", "circa", "approximately", "roughly", "before",
                                                      "after", "over", "under", "since", "below", "above"]
    private static let voteCues: Set<String> = ["vote", "votes", "voted", "voting", "ballot", "ballots", "passed", "approved",
                                         "rejected", "majority", "house", "senate", "parliament", "assembly",
                                         "council", "favour", "favor", "lawmakers", "senators", "deputies", "mps"]
}
