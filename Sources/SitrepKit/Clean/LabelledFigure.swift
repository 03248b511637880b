/// A row of a table of figures written as text, `label: number`: "Total dead: 192",
/// "Injured: 4,877", "- Lebanon: 1,204 (provisional)". Casualty and displacement tables come this
/// way, and their figures are what a reader came for, so such rows are article text however short
/// they are.
///
///     LabelledFigure.isRow("Displaced: 12,400 people")   // true
///     LabelledFigure.isRow("Updated: 10:42")             // false: a clock, not a figure
///
/// Site counters share the shape ("Comments: 12", "Views: 3,401") and are left out by their label.
enum LabelledFigure {
    static let longestLabel = 6
    /// Words after the number: a unit or a note ("people", "km²", "(provisional)").
    static let longestUnit = 3

    /// Labels of the counters and contact lines sites print around articles.
    static let counterLabels: Set<String> = [
        "views", "comments", "shares", "likes", "followers", "following", "reads", "replies", "votes", "posts",
        "page", "pages", "phone", "tel", "fax", "mobile", "call", "rating", "score", "reactions", "subscribers",
    ]

    static func isRow(_ text: String) -> Bool {
        isRow(ScalarText.scalars(of: text)[...])
    }

    static func isRow(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var line = scalars
        while let first = line.first, first.isWhitespaceFast { line = line.dropFirst() }
        // A bullet before the label: "- Syria: 1,204".
        if let first = line.first, TrailingList.bullets.contains(first), line.dropFirst().first == " " {
            line = line.dropFirst(2)
        }
        guard let first = line.first, first.isAlphabeticFast, let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        let labelWords = label.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...longestLabel).contains(labelWords.count), label.count <= 60 else { return false }
        if labelWords.count == 1, counterLabels.contains(ScalarText.string(labelWords[0]).lowercased()) {
            return false
        }
        let rest = line[line.index(after: colon)...].split(separator: " ", omittingEmptySubsequences: true)
        guard let value = rest.first, isNumber(value), rest.count - 1 <= longestUnit else { return false }
        // "2012 Harley-Davidson Fatboy | Reader review" names something after a number; a unit
        // or a note is in lower case, or in parentheses.
        return rest.dropFirst().allSatisfy { word in
            word.first.map { !$0.isUppercaseFast || word.count == 1 } ?? true && !word.contains("|") && !word.contains("/")
        }
    }

    /// "192", "4,877", "12.5%", "~3,000", "$1.2", "1,000-1,500": digits with separators, an
    /// optional sign or currency before and a percent sign after; no clock ("10:42") or date
    /// ("12/03/2021").
    static func isNumber(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        var token = token
        while let last = token.last, last == "," || last == ";" || last == "." || last == ")" { token = token.dropLast() }
        if let first = token.first, "~≈+-−$€£¥(".unicodeScalars.contains(first) { token = token.dropFirst() }
        if token.last == "%" { token = token.dropLast() }
        guard let first = token.first, first.asciiDigit != nil else { return false }
        return token.allSatisfy { $0.asciiDigit != nil || $0 == "," || $0 == "." || $0 == "-" || $0 == "–" }
    }
}
