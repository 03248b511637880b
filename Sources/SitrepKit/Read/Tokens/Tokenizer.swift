/// Splits an article's text into ``Token``s, once, in one linear pass.
///
///     Tokenizer().tokens(ScalarText("U.S.-backed forces took 3 sq km."))
///     // "U.S." "-" "backed" "forces" "took" "3" "sq" "km" "."
///
/// A possessive ("Syria's") is split from its word so a name reader sees the name alone. Inside
/// a number, a comma or period is kept only between digits ("4,000", "4.5"), so "in 2016, the"
/// ends the number at the comma. Two apostrophes or backticks in a row are one quotation mark.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(_ text: ScalarText) -> [Token] {
        let s = text.scalars
        var out: [Token] = []
        out.reserveCapacity(s.count / 5)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c.isWhitespaceFast { i += 1; continue }
            let start = i
            if c.asciiDigit != nil || (c.properties.numericType == .decimal) {
                i += 1
                while i < s.count {
                    if isDigit(s[i]) { i += 1; continue }
                    if (s[i] == "," || s[i] == "."), i + 1 < s.count, isDigit(s[i + 1]) { i += 2; continue }
                    break
                }
                out.append(make(s, start, i, .number))
            } else if c.isAlphabeticFast {
                i = wordEnd(s, from: start)
                // "'s" after a name is its own token.
                if i - start > 2, s[i - 1] == "s" || s[i - 1] == "S", s[i - 2] == "'" || s[i - 2] == "’" {
                    out.append(make(s, start, i - 2, .word))
                    out.append(make(s, i - 2, i, .word))
                } else {
                    out.append(make(s, start, i, .word))
                }
            } else if (c == "'" || c == "`"), i + 1 < s.count, s[i + 1] == c {
                // Typewriter double quotes (``…'' and ''…'', as archives and older wires write them)
                // are one mark, read as a straight double quote.
                i += 2
                out.append(Token(span: Span(start: start, end: i), kind: .mark, norm: "\"", isCapitalised: false, isAllCaps: false))
            } else {
                i += 1
                out.append(make(s, start, i, .mark))
            }
        }
        return out
    }

    @inline(__always)
    private func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.asciiDigit != nil || (c.value >= 0x80 && c.properties.numericType == .decimal)
    }

    private func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isAlphabeticFast || (c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark)
    }

    /// The end of the word starting at `start`: letters, digits after a letter ("G20", "km2"),
    /// and a hyphen or apostrophe between letters. "U.S." and "a.m." keep their periods.
    private func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        // A dotted initialism: single letters, each followed by a period.
        var j = start
        var letters = 0
        while j + 1 < s.count, s[j].isAlphabeticFast, s[j + 1] == "." {
            letters += 1
            j += 2
            guard j < s.count, s[j].isAlphabeticFast, j + 1 < s.count, s[j + 1] == "." else { break }
        }
        if letters >= 2, j >= s.count || !s[j].isAlphabeticFast { return j }
        var i = start + 1
        while i < s.count {
            let c = s[i]
            if isLetter(c) || c.asciiDigit != nil { i += 1; continue }
            if c == "-" || c == "'" || c == "’" || c == "‑", i + 1 < s.count, s[i + 1].isAlphabeticFast {
                // "east-Aleppo", "north-Gaza": a compass word against a name is two words, so the
                // name is read as a place; "north-west" and "pro-Assad" stay one word.
                if c != "'", c != "’", s[i + 1].isUppercaseFast, s[start].value >= 0x61, s[start].value <= 0x7A, isCompassWord(s, start, i) { return i }
                i += 2
                continue
            }
            break
        }
        return i
    }

    private static let compassWords: Set<String> = [
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "northeast",
        "northwest", "southeast", "southwest",
    ]

    private func isCompassWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        end - start >= 4 && end - start <= 12 && Self.compassWords.contains(ScalarText.string(s[start..<end]))
    }

    private func make(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Token.Kind) -> Token {
        var capitals = 0, letters = 0
        var first: Unicode.Scalar?
        for k in start..<end where s[k].isAlphabeticFast {
            if first == nil { first = s[k] }
            letters += 1
            if s[k].isUppercaseFast { capitals += 1 }
        }
        let text = ScalarText.string(s[start..<end])
        return Token(span: Span(start: start, end: end), kind: kind, norm: text.lowercased(),
                     isCapitalised: first?.isUppercaseFast ?? false,
                     isAllCaps: letters >= 2 && capitals == letters)
    }
}
