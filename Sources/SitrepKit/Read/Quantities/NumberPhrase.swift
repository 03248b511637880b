/// The number at the heart of a figure, read from tokens: digits ("4,000", "4.5", ".001", "-1.3"),
/// digits with a scale ("4.5 million", "35m", "$4.2b"), words ("twenty-eight thousand", "a dozen"),
/// fractions ("three quarters", "half", "1/2") and vague plurals ("hundreds", "tens of thousands").
///
///     NumberPhrase.read(tokens, at: i, limit: sentenceEnd)   // "tens of thousands" → 10,000…100,000
///
/// It reads no unit, qualifier or range: those are the reader's, around it. Every branch looks a
/// bounded number of tokens ahead.
struct NumberPhrase: Sendable, Hashable {
    var start: Int
    var end: Int
    var low: Double
    var high: Double
    var isWords = false
    /// An order of magnitude rather than a figure ("hundreds", "several thousand").
    var isVague = false
    var isFraction = false
    /// A ratio of two numbers that is no fraction ("24/7", "7/10" scores): never a quantity.
    var isRatio = false
    /// Digits alone, no separator, sign, decimal or scale: a year, an identifier or a count.
    var isPlainInteger = false
    var hasScale = false
    /// The scale a range end may lend the other ("4-5,000", "1 to 2 thousand").
    var scale: Double = 1
    /// Digits written with a thousands separator ("5,000").
    var isGrouped = false
    var digitCount = 0
    /// Digits after the decimal point as written ("1.89" has 2).
    var decimals = 0
    var hasLeadingZero = false

    /// Reads the number starting at `index`. `afterCurrency` says a currency was written before
    /// it, which makes a touching "m" millions ("$5.4m") rather than metres.
    static func read(_ tokens: [Token], at index: Int, limit: Int, afterCurrency: Bool = false) -> NumberPhrase? {
        let token = tokens[index]
        switch token.kind {
        case .number:
            return digits(tokens, at: index, limit: limit, afterCurrency: afterCurrency)
        case .mark:
            // A sign or a bare decimal point against the digits: "-1.3%", "−5", ".534".
            guard index + 1 < limit, token.touches(tokens[index + 1]), tokens[index + 1].kind == .number,
                  index == 0 || !tokens[index - 1].touches(token) || tokens[index - 1].kind == .mark else { return nil }
            if token.norm == "-" || token.norm == "−" || token.norm == "–" {
                guard var phrase = digits(tokens, at: index + 1, limit: limit, afterCurrency: afterCurrency) else { return nil }
                phrase.start = index
                (phrase.low, phrase.high) = (-phrase.high, -phrase.low)
                phrase.isPlainInteger = false
                return phrase
            }
            if token.norm == "." {
                guard let fraction = decimalValue("0." + tokens[index + 1].norm) else { return nil }
                return NumberPhrase(start: index, end: index + 2, low: fraction, high: fraction,
                                    digitCount: tokens[index + 1].norm.count)
            }
            return nil
        case .word:
            if token.norm == "minus", index + 1 < limit {
                var next = index + 1
                if tokens[next].norm == "-", next + 1 < limit, tokens[next].touches(tokens[next + 1]) { next += 1 }
                guard tokens[next].kind == .number,
                      var phrase = digits(tokens, at: next, limit: limit, afterCurrency: afterCurrency) else { return nil }
                phrase.start = index
                (phrase.low, phrase.high) = (-phrase.high, -phrase.low)
                phrase.isPlainInteger = false
                return phrase
            }
            return words(tokens, at: index, limit: limit)
        }
    }

    // MARK: digits

    private static func digits(_ tokens: [Token], at index: Int, limit: Int, afterCurrency: Bool) -> NumberPhrase? {
        let token = tokens[index]
        guard let value = decimalValue(token.norm) else { return nil }
        var phrase = NumberPhrase(start: index, end: index + 1, low: value, high: value)
        var digitCount = 0, separators = false, point = false, decimals = 0
        for u in token.norm.utf8 {
            if u == UInt8(ascii: ",") { separators = true } else if u == UInt8(ascii: ".") { point = true } else {
                digitCount += 1
                if point { decimals += 1 }
            }
        }
        phrase.decimals = decimals
        phrase.digitCount = digitCount
        phrase.isGrouped = separators && !point
        phrase.hasLeadingZero = token.norm.utf8.first == UInt8(ascii: "0") && digitCount > 1 && !point
        phrase.isPlainInteger = !separators && !point

        // A fraction written with a slash: "1/2", "1⁄32"; any other ratio is no figure.
        if index + 2 < limit, tokens[index + 1].norm == "/" || tokens[index + 1].norm == "⁄",
           token.touches(tokens[index + 1]), tokens[index + 1].touches(tokens[index + 2]), tokens[index + 2].kind == .number,
           let denominator = decimalValue(tokens[index + 2].norm) {
            phrase.end = index + 3
            phrase.isPlainInteger = false
            if denominator >= 2, value < denominator, phrase.digitCount <= 2,
               !(index + 3 < limit && tokens[index + 3].norm == "/" && tokens[index + 2].touches(tokens[index + 3])) {
                phrase.low = value / denominator
                phrase.high = phrase.low
                phrase.isFraction = true
            } else {
                phrase.isRatio = true
            }
            return phrase
        }

        // "two and a half million", "1 and a half"
        var j = index + 1
        if j + 2 < limit, tokens[j].norm == "and", tokens[j + 1].norm == "a", tokens[j + 2].norm == "half" {
            phrase.low += 0.5
            phrase.high = phrase.low
            phrase.isPlainInteger = false
            j += 3
            phrase.end = j
        }
        applyScales(&phrase, tokens, from: j, limit: limit, afterCurrency: afterCurrency)
        return phrase
    }

    /// Multiplies by the scale words after the number: "4.5 million", "4 hundred million", "35m".
    static func applyScales(_ phrase: inout NumberPhrase, _ tokens: [Token], from start: Int, limit: Int,
                                    afterCurrency: Bool) {
        var j = start
        var previous = Double.infinity
        while j < limit {
            let t = tokens[j]
            var factor: Double?
            if tokens[j - 1].touches(t), let touching = NumberWords.touchingScale[t.norm] {
                if t.norm == "m" && !afterCurrency && !millionsFollow(tokens, after: j, limit: limit) { break }
                factor = touching
            } else if let spaced = NumberWords.scale[t.norm] {
                factor = spaced
            } else if t.isAllCaps || t.isCapitalised && t.norm.utf8.count == 1, let letter = NumberWords.touchingScale[t.norm],
                      t.norm != "k", j + 1 < limit, CountedNoun.isPluralNoun(tokens[j + 1].norm) {
                // "8 B people", "3 M users"
                factor = letter
            }
            guard let f = factor, f < previous || f >= 1e3 && previous == 1e2 else { break }
            phrase.low *= f
            phrase.high *= f
            phrase.scale *= f
            phrase.hasScale = true
            phrase.isPlainInteger = false
            previous = f
            j += 1
            phrase.end = j
        }
        // "$1.89 billion" is 1,890,000,000, not the nearest product of two doubles.
        if phrase.hasScale, phrase.decimals > 0 {
            var places = 1.0
            for _ in 0..<phrase.decimals { places *= 10 }
            if places <= phrase.scale {
                phrase.low.round()
                phrase.high.round()
            }
        }
    }

    /// Whether a touching "m" reads as millions: "2.7m combined sales", "12.3m tonnes", "35m of its
    /// devices", but "37m (121ft)" and "the 100m final" are metres.
    private static func millionsFollow(_ tokens: [Token], after index: Int, limit: Int) -> Bool {
        guard index + 1 < limit else { return false }
        let next = tokens[index + 1]
        guard next.kind == .word else { return false }
        if next.norm == "of" { return true }
        if let unit = Units.after.match(tokens, at: index + 1, limit: limit)?.value {
            return unit.kind != .distance || unit.name != "metre"
        }
        // A plural noun within a few words: "2.7m combined digital and physical sales".
        var k = index + 1
        while k < limit, k <= index + 5, tokens[k].kind == .word {
            if CountedNoun.isPluralNoun(tokens[k].norm) { return true }
            if tokens[k].norm != "and", CountedNoun.stopwords.contains(tokens[k].norm) { return false }
            k += 1
        }
        return false
    }

    // MARK: words

    private static func words(_ tokens: [Token], at index: Int, limit: Int) -> NumberPhrase? {
        let first = tokens[index].norm
        guard NumberWords.starts.contains(first) || first.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let next = index + 1 < limit ? tokens[index + 1].norm : ""

        // "a dozen", "a hundred", "a third", "a few thousand", "half a million"
        if first == "a" || first == "an" {
            if let group = NumberWords.group[next] { return scaled(tokens, index, index + 2, group, limit: limit) }
            if let scale = NumberWords.scale[next], scale >= 100, next.count > 2 {
                return scaled(tokens, index, index + 2, scale, limit: limit)
            }
            if let d = NumberWords.fraction[next], !next.hasSuffix("s"), d > 2 || next == "half",
               index + 2 < limit, tokens[index + 2].norm == "of" {
                return NumberPhrase(start: index, end: index + 2, low: 1 / d, high: 1 / d, isWords: true, isFraction: true)
            }
            if next == "few", index + 2 < limit, let scale = NumberWords.scale[tokens[index + 2].norm], scale >= 100 {
                return vague(index, index + 3, 2 * scale, 5 * scale)
            }
            return nil
        }
        if first == "half" {
            if next == "a", index + 2 < limit, let scale = NumberWords.scale[tokens[index + 2].norm], scale >= 100 {
                return NumberPhrase(start: index, end: index + 3, low: scale / 2, high: scale / 2, isWords: true, hasScale: true)
            }
            return NumberPhrase(start: index, end: index + 1, low: 0.5, high: 0.5, isWords: true, isFraction: true)
        }
        if let (low, high) = NumberWords.few[first], let scale = NumberWords.scale[next], scale >= 100 {
            return vague(index, index + 2, low * scale, high * scale)
        }
        // "tens of thousands", "hundreds of thousands", "dozens", "hundred-thousands"
        if first == "tens" || NumberWords.vague[first] != nil {
            let base = first == "tens" ? 10 : NumberWords.vague[first]!
            if next == "of", index + 2 < limit, let inner = NumberWords.vague[tokens[index + 2].norm], inner >= 1e3 || base == 10 {
                return vague(index, index + 3, base * inner, base * inner * 10)
            }
            return first == "tens" ? nil : vague(index, index + 1, base, base * 10)
        }
        if let dash = first.firstIndex(of: "-"),
           let outer = NumberWords.scale[String(first[..<dash])], outer >= 100,
           let inner = NumberWords.vague[String(first[first.index(after: dash)...])] {
            return vague(index, index + 1, outer * inner, outer * inner * 10)
        }

        // Cardinals: "seven", "twenty-eight thousand six hundred forty-two", "three quarters".
        guard let firstValue = NumberWords.cardinalValue(first) else { return nil }
        // "three quarters", "Two Thirds", but not "two Fifth Corps members"
        let titled = index + 1 < limit && tokens[index + 1].isCapitalised && !tokens[index].isCapitalised
        if let d = NumberWords.fraction[next], !titled, firstValue >= 1, firstValue < d || next.hasPrefix("half") {
            return NumberPhrase(start: index, end: index + 2, low: firstValue / d, high: firstValue / d, isWords: true,
                                isFraction: true)
        }
        var total = 0.0, current = firstValue
        var j = index + 1
        var lastScale = Double.infinity
        var scale = 1.0
        while j < limit {
            let norm = tokens[j].norm
            if let s = NumberWords.scale[norm], norm.count > 2 {
                if s == 100 { current = max(current, 1) * 100 } else {
                    guard s < lastScale else { break }
                    total += max(current, 1) * s
                    current = 0
                    lastScale = s
                }
                scale = max(scale, s)
                j += 1
                continue
            }
            if norm == "and", j + 1 < limit, let v = NumberWords.cardinalValue(tokens[j + 1].norm), v < 100,
               current.truncatingRemainder(dividingBy: 100) == 0, current > 0 || total > 0 {
                current += v
                j += 2
                continue
            }
            if let v = NumberWords.cardinalValue(norm), v < 100, current.truncatingRemainder(dividingBy: 100) == 0,
               current > 0 || total > 0, !(v >= 10 && current == 0 && total == 0) {
                current += v
                j += 1
                continue
            }
            if norm == "and", j + 2 < limit, tokens[j + 1].norm == "a", tokens[j + 2].norm == "half" {
                current += 0.5
                j += 3
                continue
            }
            break
        }
        let value = total + current
        var phrase = NumberPhrase(start: index, end: j, low: value, high: value, isWords: true)
        phrase.scale = scale
        phrase.hasScale = scale > 1
        return phrase
    }

    private static func scaled(_ tokens: [Token], _ start: Int, _ end: Int, _ value: Double, limit: Int) -> NumberPhrase {
        var phrase = NumberPhrase(start: start, end: end, low: value, high: value, isWords: true)
        phrase.hasScale = value >= 100
        phrase.scale = value >= 100 ? value : 1
        applyScales(&phrase, tokens, from: end, limit: limit, afterCurrency: false)
        return phrase
    }

    private static func vague(_ start: Int, _ end: Int, _ low: Double, _ high: Double) -> NumberPhrase {
        NumberPhrase(start: start, end: end, low: low, high: high, isWords: true, isVague: true, hasScale: true)
    }

    /// The value of digits with group separators and a decimal point ("4,000", "4.5", "16369.03").
    static func decimalValue(_ digits: String) -> Double? {
        var integer = 0.0, fraction = 0.0, divisor = 1.0
        var afterPoint = false, any = false
        for scalar in digits.unicodeScalars {
            if scalar == "," { if afterPoint { return nil }; continue }
            if scalar == "." { if afterPoint { return nil }; afterPoint = true; continue }
            let d: Double
            if let ascii = scalar.asciiDigit { d = Double(ascii) } else if let v = scalar.properties.numericValue { d = v } else { return nil }
            any = true
            if afterPoint { fraction = fraction * 10 + d; divisor *= 10 } else { integer = integer * 10 + d }
        }
        return any ? integer + fraction / divisor : nil
    }
}
