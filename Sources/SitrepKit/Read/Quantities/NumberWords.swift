/// Numbers written as words: cardinals ("twenty-eight"), scale words ("million", "bn"), fractions
/// ("a third", "three quarters", "half") and the vague plurals news uses for crowds ("hundreds",
/// "tens of thousands").
///
///     NumberWords.cardinal["twenty"]          // 20
///     NumberWords.scale["bn"]                 // 1e9
///     NumberWords.vague["thousands"]          // 1000: "thousands" is 1,000 to 10,000
///
/// Ordinals are not here on purpose: "third" is a fraction only after a cardinal or "a" ("a third
/// of"), never alone ("the third round").
enum NumberWords {
    static let cardinal: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Words that multiply what comes before them ("4.5 million", "two hundred").
    static let scale: [String: Double] = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "lakh": 1e5, "crore": 1e7,
        "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    ]

    /// Scale abbreviations that are units too or letters of other words: only a scale when written
    /// against the digits ("35m", "4.2b", "25k"), and "m" only where it cannot be metres.
    static let touchingScale: [String: Double] = ["m": 1e6, "b": 1e9, "k": 1e3, "bn": 1e9, "mn": 1e6, "tn": 1e12]

    /// Plural scales read as an order of magnitude: "hundreds" is 100 to 1,000.
    static let vague: [String: Double] = [
        "dozens": 12, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
        "trillions": 1e12,
    ]

    /// A dozen and its kin, after "a" or a cardinal ("a dozen", "two dozen").
    static let group: [String: Double] = ["dozen": 12]

    /// Denominators, singular after "a"/"one" and plural after a larger cardinal.
    static let fraction: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
    ]

    /// Words before a scale that make it a range: "several hundred" is 300 to 900.
    static let few: [String: (Double, Double)] = ["several": (3, 9), "few": (2, 5)]

    /// Every word a number written in words can start with (hyphenated ones apart).
    static let starts: Set<String> = Set(cardinal.keys).union(vague.keys).union(few.keys)
        .union(["a", "an", "half", "tens"])

    /// The value of a cardinal written as one token, hyphenated or not ("seven", "twenty-eight").
    static func cardinalValue(_ word: String) -> Double? {
        if let value = cardinal[word] { return value }
        guard let dash = word.firstIndex(of: "-") else { return nil }
        let tens = word[..<dash], ones = word[word.index(after: dash)...]
        guard let t = cardinal[String(tens)], t >= 20, t.truncatingRemainder(dividingBy: 10) == 0,
              let o = cardinal[String(ones)], o >= 1, o <= 9 else { return nil }
        return t + o
    }
}
