/// How sure the text is of a figure: the words before it ("more than", "at least", "some", "as low
/// as") and the marks after it ("21,000+", "40-odd", "or more").
///
///     // "no more than 4-5,000 fighters"  →  approx "no more than"
///     Qualifiers.before.match(tokens, endingAt: i, floor: sentenceStart)?.value   // "no more than"
///
/// The qualifier is kept as written (lowercased); a reader comparing figures maps it to a bound.
enum Qualifiers {
    static let before = PhraseTable<String>(Dictionary(beforePhrases.map { ($0, $0) }) { a, _ in a }
        .merging(["~": "about", "≈": "about", ">": "more than", "<": "less than", "≥": "at least", "≤": "at most",
                  "approx .": "approximately", "est .": "estimated", "over than": "more than", "sub -": "under"]) { a, _ in a })

    /// After the figure, touching it: "21,000+".
    static let afterMarks: Set<String> = ["+"]

    /// After the figure, as words: "40-odd", "1,000 or more".
    static let after = PhraseTable<String>([
        "- plus": "+", "- odd": "odd", "odd": "odd", "or more": "or more", "or so": "or so", "or fewer": "or fewer",
        "or less": "or less", "and above": "or more", "and over": "or more", "and up": "or more",
    ])

    private static let beforePhrases = [
        "more than", "no more than", "not more than", "less than", "no less than", "not less than", "fewer than",
        "no fewer than", "at least", "at most", "at the most", "at the least", "up to", "as many as", "as much as",
        "as few as", "as little as", "as low as", "as high as", "as large as", "nearly", "almost", "about",
        "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to", "upwards of",
        "in excess of", "over", "under", "below", "above", "just over", "just under", "well over", "well under",
        "well above", "well below", "just", "only", "barely", "circa", "exactly", "precisely",
        "maximum", "a maximum of", "minimum", "a minimum of", "a mere", "a record", "larger than", "no larger than",
        "bigger than", "no bigger than", "smaller than", "greater than", "higher than", "lower than", "longer than",
        "shorter than", "somewhere between", "anywhere from", "more or less", "give or take",
        "a little over", "a little more than", "slightly more than", "slightly less than", "a further", "another",
        "an additional",
    ]

    /// Qualifiers that say the figure is rough without bounding it, which a bound after it overrides.
    static let vague: Set<String> = ["some", "about", "around", "roughly", "approximately", "an estimated", "estimated",
                                     "circa", "more or less", "give or take"]

    /// Qualifiers that say nothing of a bound: kept out of `approx`.
    static let additive: Set<String> = ["a further", "another", "an additional", "exactly", "precisely", "a record",
                                        "just", "only", "a mere"]
}
