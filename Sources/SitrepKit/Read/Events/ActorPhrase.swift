/// The noun phrases around a predicate: its subject before it, its object after it, and for a
/// passive the agent after "by", each a bounded run of tokens ending at a clause's edge. Bounded so
/// a sentence of any length costs the same per predicate.
///
///     // "Government forces recaptured the town of Palmyra from Islamic State."
///     ActorPhrase.subject(before: 2, ...)   // "Government forces"
///     ActorPhrase.object(after: 3, ...)     // "the town of Palmyra"
enum ActorPhrase {
    /// The longest phrase looked at, in tokens.
    static let reach = 10

    /// Words a phrase never runs across: they start another clause or are the predicate's helpers.
    private static let clauseEdges: Set<String> = [
        ",", ";", ":", ".", "(", ")", "\"", "“", "”", "that", "which", "who", "whom", "when", "while", "after", "before",
        "as", "said", "says", "say", "told", "according", "reported", "where", "because", "since", "but", "if", "and",
        "–", "—",
    ]

    /// Helpers between a subject and its verb: "have", "were", "reportedly".
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "also", "reportedly", "allegedly",
        "then", "later", "again", "finally", "successfully", "fully", "completely", "now", "just", "apparently",
        "brutally", "heavily", "violently", "repeatedly", "partially", "did", "do", "does", "got", "get",
    ]

    /// Words that end an object: a preposition starting the next argument ("from", "in", "on").
    private static let objectEdges: Set<String> = [
        "in", "on", "at", "from", "near", "during", "since", "after", "with", "by", "to", "into", "for", "against",
        "amid", "outside", "inside", "across", "along", "over", "under", "around", "killing", "leaving", "wounding",
        "injuring", "following", "before",
    ]

    /// A subject runs back over "of" ("the army of Mali") but no other preposition.
    private static let subjectEdges: Set<String> = objectEdges.union(["amid", "amidst", "despite", "under", "through"])

    /// The subject: the phrase right before the predicate, past its auxiliaries.
    static func subject(before predicate: Int, tokens: [Token], floor: Int) -> Range<Int>? {
        var end = predicate
        while end > floor, auxiliaries.contains(tokens[end - 1].norm) { end -= 1 }
        var start = end
        while start > floor, end - start < reach, !clauseEdges.contains(tokens[start - 1].norm),
              !subjectEdges.contains(tokens[start - 1].norm),
              !(EventWords.table[tokens[start - 1].norm].map { !$0.isNoun } ?? false) {
            start -= 1
        }
        return start < end ? start..<end : nil
    }

    /// The object: the phrase right after the predicate, up to a preposition other than "of".
    static func object(after end: Int, tokens: [Token], limit: Int) -> Range<Int>? {
        phrase(from: end, tokens: tokens, limit: limit, edges: objectEdges)
    }

    /// The phrase after a word such as "by" (a passive's agent) or "to" ("fell to the rebels").
    static func after(_ word: Set<String>, from start: Int, tokens: [Token], limit: Int) -> Range<Int>? {
        var i = start
        while i < limit, i - start < 4 {
            if word.contains(tokens[i].norm) { return phrase(from: i + 1, tokens: tokens, limit: limit, edges: objectEdges) }
            if clauseEdges.contains(tokens[i].norm) { return nil }
            i += 1
        }
        return nil
    }

    private static func phrase(from start: Int, tokens: [Token], limit: Int, edges: Set<String>) -> Range<Int>? {
        var end = start
        while end < limit, end - start < reach, !clauseEdges.contains(tokens[end].norm), !edges.contains(tokens[end].norm) {
            end += 1
        }
        return start < end ? start..<end : nil
    }
}
