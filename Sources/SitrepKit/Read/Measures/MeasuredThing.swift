/// The thing a figure counts, normalised so the same thing written two ways is one key:
/// "more than 120,000 civilians" and "tens of thousands of civilians" both count "civilian".
///
///     MeasuredThing.key(["Syrian", "army", "fighters"])   // "syrian army fighter"
///     MeasuredThing.key(["other", "civilians"])           // "civilian"
///
/// Modifiers that only say how many or which of them ("some", "other", "remaining") are dropped;
/// every other one is kept, so "rebel fighters" and "government fighters" stay apart. There is no
/// lemmatiser: the head loses a regular plural ending, and a few irregular plurals are mapped.
enum MeasuredThing {
    static func key<S: Sequence>(_ words: S) -> String? where S.Element == String {
        var kept = words.filter { !droppedModifiers.contains($0) && $0 != "'s" && $0 != "’s" }
        guard let head = kept.popLast() else { return nil }
        kept.append(singular(head))
        return kept.joined(separator: " ")
    }

    /// The singular of a plural noun, by its ending; a word that is not plural comes back as it is.
    static func singular(_ word: String) -> String {
        if let irregular = irregulars[word] { return irregular }
        guard word.utf8.count > 3, CountedNoun.isPluralNoun(word), !CountedNoun.irregularPlurals.contains(word) else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }

    private static let irregulars: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "gunmen": "gunman", "policemen": "policeman",
        "servicemen": "serviceman", "tribesmen": "tribesman", "fishermen": "fisherman", "businessmen": "businessman",
        "lives": "life", "wives": "wife", "thieves": "thief",
    ]

    /// Words before a counted noun that say how many or which, not what: "some 3,000 other civilians".
    static let droppedModifiers: Set<String> = [
        "some", "other", "more", "additional", "extra", "further", "fewer", "new", "remaining", "total", "estimated",
        "all", "the", "those", "these", "such", "many", "several", "about", "around", "roughly", "approximately",
        "nearly", "almost", "least", "over", "under", "just", "only", "another", "registered", "reported",
    ]
}
