/// The regular inflections of an English verb, so a word list names each verb once by its base
/// form and still matches "attacks", "attacked", "attacking".
///
///     WordForms.regular("seize")   // ["seize", "seizes", "seized", "seizing"]
///     WordForms.regular("carry")   // ["carry", "carries", "carried", "carrying"]
///
/// Irregular forms ("fought", "took", "fell") are listed beside the lemma by the word lists.
enum WordForms {
    static func regular(_ lemma: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lemma.hasSuffix("e") {
            let stem = String(lemma.dropLast())
            return [lemma, lemma + "s", lemma + "d", stem + "ing"]
        }
        if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !vowels.contains(before) {
            let stem = String(lemma.dropLast())
            return [lemma, stem + "ies", stem + "ied", lemma + "ing"]
        }
        if ["s", "sh", "ch", "x", "z"].contains(where: { lemma.hasSuffix($0) }) {
            return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
        }
        // A short verb ending consonant-vowel-consonant doubles its last letter: "stabbed", "dropped".
        let letters = Array(lemma)
        if letters.count >= 3, letters.count <= 4, !"wxy".contains(letters[letters.count - 1]),
           !vowels.contains(letters[letters.count - 1]), vowels.contains(letters[letters.count - 2]),
           !vowels.contains(letters[letters.count - 3]) {
            let doubled = lemma + String(letters[letters.count - 1])
            return [lemma, lemma + "s", doubled + "ed", doubled + "ing"]
        }
        return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
    }
}
