/// Finds a sentence's event predicates (``EventWords``): single words ("shelled", "clashes") and
/// verbs with their particle or object ("took control", "set up", "opened fire"), each marked
/// passive or not, and keeps those ``EventModality`` reads as real and ``SentenceMood`` does not
/// put in a supposition. One pass over the tokens, each step a look of at most a few tokens.
///
///     // "Troops did not enter the town, but rebels seized it."
///     EventPredicateFinder.predicates(in: range, tokens: tokens)   // [seized]
enum EventPredicateFinder {
    /// How far a verb's particle or object may follow it: "took full control", "set it on fire".
    private static let particleReach = 3

    private static let beForms: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"]

    /// Words before which a verb form is a noun or an adjective: "a sign that", "the besieged city",
    /// "the attacking forces".
    private static let determiners: Set<String> = ["a", "an", "the", "this", "these", "those", "its", "their",
                                                   "his", "her", "our", "my", "your", "every", "each"]

    static func predicates(in range: Range<Int>, tokens: [Token]) -> [EventPredicate] {
        var found: [EventPredicate] = []
        let supposed = SentenceMood.hypothetical(in: range, tokens: tokens)
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].kind == .word, let predicate = predicate(at: i, tokens: tokens, floor: range.lowerBound, limit: range.upperBound)
            else {
                i += 1
                continue
            }
            if !supposed.contains(where: { $0.contains(predicate.token) }),
               EventModality.isReal(predicate, tokens: tokens, floor: range.lowerBound, limit: range.upperBound) {
                found.append(predicate)
            }
            i = predicate.end
        }
        return found
    }

    private static func predicate(at i: Int, tokens: [Token], floor: Int, limit: Int) -> EventPredicate? {
        let word = tokens[i].norm
        if i > floor, tokens[i].isCapitalised, EventWords.months.contains(word) { return nil }
        if let options = EventWords.phrasal[word] {
            var j = i + 1
            while j < limit, j - i <= particleReach {
                let next = tokens[j].norm
                if let match = options.first(where: { $0.next == next }) {
                    return EventPredicate(token: i, end: j + 1, kind: match.kind, isNoun: false,
                                          isPassive: isPassive(at: i, tokens: tokens, limit: limit, end: j + 1))
                }
                if next == "," || next == "." { break }
                j += 1
            }
        }
        guard let (kind, isNoun) = EventWords.table[word] else { return nil }
        if !isNoun, i > floor, determiners.contains(tokens[i - 1].norm) { return nil }
        // "riot police", "protest leaders": a modifier, not the event.
        if isNoun, i + 1 < limit, EventWords.modifiedNouns.contains(tokens[i + 1].norm) { return nil }
        return EventPredicate(token: i, end: i + 1, kind: kind, isNoun: isNoun,
                              isPassive: !isNoun && isPassive(at: i, tokens: tokens, limit: limit, end: i + 1))
    }

    /// A participle after a form of "be" ("was captured"), or before "by" ("captured by rebels").
    private static func isPassive(at i: Int, tokens: [Token], limit: Int, end: Int) -> Bool {
        if end < limit, tokens[end].norm == "by" { return true }
        // "have been negotiating": a be-form before an "-ing" form makes it progressive.
        if tokens[end - 1].norm.hasSuffix("ing") { return false }
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 3 {
            let word = tokens[k].norm
            if beForms.contains(word) { return true }
            guard ActorPhrase.auxiliaries.contains(word) || word.hasSuffix("ly") else { return false }
            k -= 1
            steps += 1
        }
        return false
    }
}
