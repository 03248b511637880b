/// Splits paragraphs into sentences, as spans into the article text.
///
///     SentenceSplitter().split("Gen. Smith left. The U.S. Army stayed.", paragraphs: [Span(start: 0, end: 38)])
///     // [Span(start: 0, end: 16), Span(start: 17, end: 38)]
///
/// News prose defeats a naive split on ". ": titles ("Gen.", "Dr."), initials ("J. Smith"),
/// dotted acronyms ("U.S.", "U.N."), month abbreviations ("Dec. 7") and decimals all carry periods
/// that end nothing. A period ends a sentence when what follows starts one (a capital, a digit, an
/// opening quote) and what precedes is not one of those.
public struct SentenceSplitter: Sendable {
    /// Abbreviations that never end a sentence in news prose, lowercased, without the period.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
        "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "mt", "ft", "jr", "sr",
        "vs", "etc", "e.g", "i.e", "approx", "inc", "ltd", "corp", "dept", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri",
        "al", "cf",
    ]

    /// Abbreviations that are also words ("He said no."), taken as abbreviations only before a
    /// number: "No. 7", "Vol. 2", "Fig. 3".
    static let numberAbbreviations: Set<String> = ["no", "nos", "vol", "fig", "pp", "op", "art", "sec"]

    /// Words that start sentences often enough to end a dotted acronym before them ("… in the U.S. The …").
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "but", "and",
        "in", "on", "at", "as", "if", "when", "while", "after", "before", "there", "his", "her", "their", "its",
        "however", "meanwhile", "earlier", "later", "some", "many", "one", "two",
    ]

    public init() {}

    public func split(_ text: String, paragraphs: [Span]) -> [Span] {
        split(ScalarText(text).scalars, paragraphs: paragraphs)
    }

    /// The same, on text already held as scalars.
    public func split(_ scalars: [Unicode.Scalar], paragraphs: [Span]) -> [Span] {
        var sentences: [Span] = []
        for paragraph in paragraphs {
            split(scalars, paragraph, into: &sentences)
        }
        return sentences
    }

    private func split(_ s: [Unicode.Scalar], _ paragraph: Span, into sentences: inout [Span]) {
        var start = paragraph.start
        var i = paragraph.start
        while i < paragraph.end {
            let c = s[i]
            var boundary: Int?
            if c == "\n" {
                boundary = i
            } else if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i + 1
                while end < paragraph.end, ".!?…\"”’')]".unicodeScalars.contains(s[end]) { end += 1 }
                if end < paragraph.end, s[end] == " " || s[end] == "\n",
                   startsSentence(s, from: end, limit: paragraph.end),
                   c != "." || !isAbbreviation(s, period: i, lineStart: start, next: nextWord(s, from: end, limit: paragraph.end)) {
                    boundary = end
                }
                i = max(i, end - 1)
            }
            if let boundary {
                append(s, start, boundary, into: &sentences)
                start = boundary
            }
            i += 1
        }
        append(s, start, paragraph.end, into: &sentences)
    }

    /// Adds the sentence between `from` and `to`, trimmed of surrounding whitespace.
    private func append(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, into sentences: inout [Span]) {
        var a = from, b = to
        while a < b, s[a].isWhitespaceFast { a += 1 }
        while b > a, s[b - 1].isWhitespaceFast { b -= 1 }
        if b > a { sentences.append(Span(start: a, end: b)) }
    }

    private func startsSentence(_ s: [Unicode.Scalar], from: Int, limit: Int) -> Bool {
        var i = from
        while i < limit, s[i] == " " || s[i] == "\n" { i += 1 }
        guard i < limit else { return false }
        let c = s[i]
        return c.isUppercaseFast || c.asciiDigit != nil || "\"“‘'([".unicodeScalars.contains(c)
    }

    private func nextWord(_ s: [Unicode.Scalar], from: Int, limit: Int) -> String {
        var i = from
        while i < limit, !s[i].isAlphabeticFast { i += 1 }
        var word = String.UnicodeScalarView()
        while i < limit, s[i].isAlphabeticFast { word.append(s[i]); i += 1 }
        return String(word).lowercased()
    }

    private func nextIsNumber(_ s: [Unicode.Scalar], from: Int) -> Bool {
        var i = from
        while i < s.count, s[i] == " " { i += 1 }
        return i < s.count && s[i].asciiDigit != nil
    }

    /// Whether the period at `period` belongs to an abbreviation, an initial or an acronym.
    private func isAbbreviation(_ s: [Unicode.Scalar], period: Int, lineStart: Int, next: String) -> Bool {
        var j = period
        while j > lineStart, !s[j - 1].isWhitespaceFast, s[j - 1] != "(" , s[j - 1] != "\"", s[j - 1] != "“" { j -= 1 }
        let token = ScalarText.string(s[j..<period])
        let lowered = token.lowercased()
        if Self.abbreviations.contains(lowered) { return true }
        if Self.numberAbbreviations.contains(lowered) { return nextIsNumber(s, from: period + 1) }
        // A single capital: an initial, as in "J. Smith".
        if token.unicodeScalars.count == 1, let only = token.unicodeScalars.first, only.properties.isUppercase { return true }
        // Dotted acronyms ("U.S", "U.N", "a.m"): the end of a sentence only before a common opener.
        if token.contains("."), token.unicodeScalars.count <= 6 {
            return !Self.sentenceOpeners.contains(next)
        }
        return false
    }
}
