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
        return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
    }
}
