/// A measure and its place in words, for a reader of the report.
///
///     MeasureWords.phrase(thing: "civilian", kind: .stock)          // "civilians remaining"
///     MeasureWords.phrase(thing: "civilian", kind: .flow)           // "civilians leaving"
///     MeasureWords.phrase(thing: "militant killed", kind: .flow)    // "militants killed"
///     MeasureWords.phrase(thing: "territory", kind: .share)         // "share of territory taken"
///     MeasureWords.placePhrase(name: "Aleppo", part: "east")        // "east Aleppo"
enum MeasureWords {
    static func phrase(thing: String, kind: Measure.Kind) -> String {
        var words = thing.split(separator: " ").map(String.init)
        // The noun is the last word, or the one before a participle of what befell them.
        var head = words.count - 1
        if head > 0, CasualtyRoles.participles[words[head]] != nil { head -= 1 }
        let hasRole = head < words.count - 1
        if !words.isEmpty { words[head] = plural(words[head]) }
        let noun = words.joined(separator: " ")
        switch kind {
        case .share: return thing == "territory" ? "share of territory taken" : "share of \(noun)"
        case .stock: return hasRole ? noun : "\(noun) remaining"
        case .flow: return hasRole ? noun : "\(noun) leaving"
        }
    }

    static func placePhrase(name: String?, part: String?) -> String? {
        switch (name, part) {
        case let (name?, part?): return "\(part) \(name)"
        case let (name?, nil): return name
        case let (nil, part?): return "\(part) part"
        case (nil, nil): return nil
        }
    }

    static func plural(_ word: String) -> String {
        if let irregular = irregular[word] { return irregular }
        if CountedNoun.isPluralNoun(word) || CountedNoun.irregularPlurals.contains(word) { return word }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return word.dropLast() + "ies" }
        for ending in ["s", "sh", "ch", "x", "z"] where word.hasSuffix(ending) { return word + "es" }
        return word + "s"
    }

    private static let irregular: [String: String] = [
        "man": "men", "woman": "women", "child": "children", "person": "people", "gunman": "gunmen", "policeman": "policemen",
        "life": "lives", "wife": "wives",
    ]
}
