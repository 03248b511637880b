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
    /// The most conjuncts joined to a subject: "the army, the police, the militia and their allies".
    private static let conjuncts = 4
    /// The longest parenthesis a subject runs over: "(NDF)", "(a coalition of local groups)".
    private static let parenthesisReach = 14

    /// Words a phrase never runs across: they start another clause or are the predicate's helpers.
    private static let clauseEdges: Set<String> = [
        ",", ";", ":", ".", "(", ")", "\"", "“", "”", "that", "which", "who", "whom", "when", "while", "after", "before",
        "as", "said", "says", "say", "told", "according", "reported", "where", "because", "since", "but", "if", "and",
        "–", "—", "how", "why", "what", "whether",
    ]

    /// Verbs that never stand inside a noun phrase, so a phrase ends at them: "militants is the
    /// subject of", "the army saw how", "State television showed footage".
    private static let verbEdges: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should",
        "must", "shall", "saw", "sees", "showed", "shows", "shown", "seemed", "seems", "appeared", "appears",
    ]

    /// Helpers between a subject and its verb: "have", "were", "reportedly", "even".
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "also", "reportedly", "allegedly",
        "then", "later", "again", "finally", "successfully", "fully", "completely", "now", "just", "apparently",
        "brutally", "heavily", "violently", "repeatedly", "partially", "did", "do", "does", "got", "get", "even",
        "still", "eventually", "quickly", "swiftly", "already", "recently", "subsequently", "soon", "first",
    ]

    /// Words that end an object: a preposition starting the next argument ("from", "in", "on").
    private static let objectEdges: Set<String> = [
        "in", "on", "at", "from", "near", "during", "since", "after", "with", "by", "to", "into", "for", "against",
        "amid", "outside", "inside", "across", "along", "over", "under", "around", "killing", "leaving", "wounding",
        "injuring", "following", "before",
    ]

    /// A subject runs back over "of" ("the army of Mali") but no other preposition.
    private static let subjectEdges: Set<String> = objectEdges.union(["amid", "amidst", "despite", "under", "through"])

    /// Words that open a noun phrase: before them lies another phrase.
    private static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
                                                   "those", "every", "each", "another"]

    /// Words before a number that keep it inside a longer phrase: "some 200 fighters", "the 3 men".
    private static let numberLeads: Set<String> = determiners.union([
        "some", "about", "around", "nearly", "almost", "least", "over", "than", "up", "approximately", "roughly", "all",
        "only", "just", "of",
    ])

    /// Verbs whose object names an event done by their subject: "rebels launched an attack".
    private static let lightVerbs: Set<String> = [
        "launched", "launch", "launches", "launching", "mounted", "mount", "staged", "stage", "conducted", "conduct",
        "carried", "carry", "carries", "waged", "wage", "led", "lead", "leads", "began", "begin", "started", "start",
        "intensified", "stepped", "continued", "resumed", "renewed", "unleashed", "made", "make", "makes",
    ]

    /// Heads of a conjunct that are no actor noun but join actors: "the army and its allies".
    private static let groupNouns: Set<String> = ["allies", "ally", "groups", "group", "supporters", "members",
                                                  "partners", "affiliates", "proxies", "units", "factions"]

    /// The subject: the phrase right before the predicate, past its auxiliaries, with the phrases
    /// coordinated to it ("the army, the National Guard and allied militias").
    static func subject(before predicate: Int, tokens: [Token], floor: Int) -> Range<Int>? {
        var end = predicate
        while end > floor, auxiliaries.contains(tokens[end - 1].norm) { end -= 1 }
        guard var start = conjunct(endingAt: end, tokens: tokens, floor: floor)?.lowerBound else { return nil }
        // "A, B and C": the last joint is "and", those before it commas ("A, B, and C" too).
        var crossedAnd = false
        var links = 0
        while links < conjuncts, start - 1 > floor {
            let joint = tokens[start - 1].norm
            guard joint == "and" && !crossedAnd || joint == "," && crossedAnd else { break }
            var before = start - 1
            if joint == "and", tokens[before - 1].norm == "," { before -= 1 }
            guard let previous = conjunct(endingAt: before, tokens: tokens, floor: floor),
                  isNominal(previous, tokens: tokens) else { break }
            crossedAnd = true
            start = previous.lowerBound
            links += 1
        }
        return start..<end
    }

    /// One noun phrase ending at `end`, read back to a clause's edge, a preposition other than "of",
    /// a verb, or a number that opens it ("SANA 8 people" is "8 people"), over parentheses.
    private static func conjunct(endingAt end: Int, tokens: [Token], floor: Int) -> Range<Int>? {
        var start = end
        var words = 0
        while start > floor, words < reach {
            let word = tokens[start - 1].norm
            if word == ")", let open = opening(before: start - 1, tokens: tokens, floor: floor) {
                start = open
                continue
            }
            if clauseEdges.contains(word) || subjectEdges.contains(word) || verbEdges.contains(word)
                || (EventWords.table[word].map { !$0.isNoun } ?? false) {
                break
            }
            start -= 1
            words += 1
            if tokens[start].kind == .number, start > floor, !numberLeads.contains(tokens[start - 1].norm) { break }
        }
        return start < end ? start..<end : nil
    }

    /// The "(" of the ")" at `close`, when near enough.
    private static func opening(before close: Int, tokens: [Token], floor: Int) -> Int? {
        var k = close - 1
        while k >= floor, close - k <= parenthesisReach {
            if tokens[k].norm == "(" { return k }
            if tokens[k].norm == ")" || tokens[k].norm == "." { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether a phrase can be joined to a subject: it ends, past a parenthesis, in an actor noun,
    /// a name or a group word, not in a verb or a date ("Police arrived and soldiers fired").
    private static func isNominal(_ range: Range<Int>, tokens: [Token]) -> Bool {
        var last = range.upperBound - 1
        if tokens[last].norm == ")" {
            while last > range.lowerBound, tokens[last].norm != "(" { last -= 1 }
            last -= 1
        }
        guard last >= range.lowerBound else { return false }
        let token = tokens[last]
        if token.kind != .word { return false }
        if ActorWords.kinds[token.norm] != nil || groupNouns.contains(token.norm) { return true }
        return token.isCapitalised && !NameWords.calendar.contains(token.norm)
    }

    /// The agent a noun predicate names before it, inside its own phrase: "the rebel attack",
    /// "the army's recapture", "The Islamic State attack"; or, for "launched an attack", the light
    /// verb's subject. `decided` is false when no phrase start lay within reach, and the caller
    /// falls back to ``subject(before:tokens:floor:)``.
    static func premodifier(before noun: Int, tokens: [Token], floor: Int) -> (decided: Bool, phrase: Range<Int>?) {
        if noun > floor, ["'s", "’s", "'", "’"].contains(tokens[noun - 1].norm) {
            var start = noun - 1
            while start > floor, noun - start <= reach, !determiners.contains(tokens[start - 1].norm),
                  !clauseEdges.contains(tokens[start - 1].norm), !subjectEdges.contains(tokens[start - 1].norm) {
                start -= 1
            }
            if start > floor, determiners.contains(tokens[start - 1].norm) { start -= 1 }
            return (true, start < noun - 1 ? start..<noun : nil)
        }
        var start = noun
        while start > floor, noun - start < 5 {
            let word = tokens[start - 1].norm
            let isVerb = EventWords.table[word].map { !$0.isNoun } ?? false
            if determiners.contains(word) || isVerb || clauseEdges.contains(word) || subjectEdges.contains(word)
                || verbEdges.contains(word) {
                // "launched a fierce attack": words with no actor in them leave the light verb's subject.
                let light = determiners.contains(word) ? start - 2 : start - 1
                let own = start < noun ? start..<noun : nil
                if let own, own.contains(where: { ActorWords.kinds[tokens[$0].norm] != nil || tokens[$0].isCapitalised }) {
                    return (true, own)
                }
                return (true, lightVerbSubject(at: light, tokens: tokens, floor: floor) ?? own)
            }
            start -= 1
        }
        return start == floor ? (true, start < noun ? start..<noun : nil) : (false, nil)
    }

    /// The subject of a light verb at `index` ("launched", "carried out"), if it is one.
    private static func lightVerbSubject(at index: Int, tokens: [Token], floor: Int) -> Range<Int>? {
        guard index >= floor else { return nil }
        var verb = index
        if ["out", "up"].contains(tokens[verb].norm), verb > floor { verb -= 1 }
        guard lightVerbs.contains(tokens[verb].norm) else { return nil }
        return subject(before: verb, tokens: tokens, floor: floor)
    }

    /// The object: the phrase right after the predicate, up to a preposition other than "of".
    static func object(after end: Int, tokens: [Token], limit: Int) -> Range<Int>? {
        phrase(from: end, tokens: tokens, limit: limit, edges: objectEdges)
    }

    /// The phrase after a word such as "by" (a passive's agent) or "to" ("fell to the rebels");
    /// `stopAtOf` ends it at "of", for a noun's "by" phrase: "the capture by rebels of the town".
    static func after(_ word: Set<String>, from start: Int, tokens: [Token], limit: Int, stopAtOf: Bool = false) -> Range<Int>? {
        var i = start
        while i < limit, i - start < 4 {
            if word.contains(tokens[i].norm) {
                return phrase(from: i + 1, tokens: tokens, limit: limit, edges: stopAtOf ? objectEdges.union(["of"]) : objectEdges)
            }
            if clauseEdges.contains(tokens[i].norm) { return nil }
            i += 1
        }
        return nil
    }

    /// Past "the hands of", "the control of": whose hands a place fell into.
    static func possessor(in range: Range<Int>, tokens: [Token], limit: Int) -> Range<Int> {
        var i = range.lowerBound
        while i < range.upperBound - 1, i - range.lowerBound < 3 {
            if ["hands", "control", "grip"].contains(tokens[i].norm), tokens[i + 1].norm == "of" {
                return phrase(from: i + 2, tokens: tokens, limit: limit, edges: objectEdges) ?? range
            }
            i += 1
        }
        return range
    }

    private static func phrase(from start: Int, tokens: [Token], limit: Int, edges: Set<String>) -> Range<Int>? {
        var end = start
        while end < limit, end - start < reach {
            // Scare quotes inside the phrase: "the “moderate” rebels".
            if ["“", "\""].contains(tokens[end].norm), end + 2 < limit, ["”", "\""].contains(tokens[end + 2].norm),
               end > start {
                end += 3
                continue
            }
            if clauseEdges.contains(tokens[end].norm) || edges.contains(tokens[end].norm) || verbEdges.contains(tokens[end].norm) {
                break
            }
            end += 1
        }
        return start < end ? start..<min(end, limit) : nil
    }
}
