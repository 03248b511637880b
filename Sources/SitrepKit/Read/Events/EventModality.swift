/// Whether a predicate reports something that happened, or something denied, planned, feared or
/// merely possible: "no clashes were reported", "denied attacking", "plans to attack", "threatened
/// to seize", "could strike", "calls for a ceasefire", "urged them to surrender", "the option of
/// surrender", "its capture would mark". Such a predicate yields no event. The look is a few
/// tokens back from the predicate, within its clause, and a few ahead of a noun, so it costs a
/// bounded time each.
enum EventModality {
    /// How far back a cue may stand: "did not immediately attack" is four tokens.
    private static let reach = 5

    /// Negators, and modals that put an event in the future or the hypothetical.
    private static let unreal: Set<String> = [
        "not", "n't", "no", "never", "neither", "nor", "without", "will", "would", "could", "might", "may", "shall",
        "should", "must", "cannot", "can't", "won't", "didn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
        "don't", "doesn't", "isn't", "aren't", "couldn't", "wouldn't", "if", "unless", "whether", "avoid",
    ]

    /// Verbs and nouns of intent, threat, fear or denial, before "to" or a nominalised event:
    /// "plans to attack", "threatened to storm", "fears of clashes", "denied the raid".
    private static let intent: Set<String> = [
        "plan", "plans", "planned", "planning", "threaten", "threatens", "threatened", "threatening", "threat", "threats",
        "vow", "vows", "vowed", "pledge", "pledged", "intend", "intends", "intended", "aim", "aims", "aimed", "seek",
        "seeks", "sought", "want", "wants", "wanted", "hope", "hopes", "hoped", "prepare", "prepares", "preparing",
        "warn", "warns", "warned", "warning", "fear", "fears", "feared", "risk", "risks", "deny", "denies", "denied",
        "denial", "call", "calls", "called", "urge", "urges", "urged", "demand", "demands", "demanded", "ready",
        "readying", "expected", "likely", "possible", "potential", "prevent", "prevented", "avert", "averted", "ahead",
        "upcoming", "future", "proposed", "propose", "proposes", "refrain", "refused", "allegations",
        "ordered", "order", "asked", "decided", "decide", "voted", "try", "tries", "trying", "proposal", "proposals",
        "offer", "offers", "issue", "question", "idea", "possibility", "prospect", "prospects",
    ]

    /// Nouns that name an event as one choice among others: "the options of surrender or death".
    /// A few words may stand between: "a choice of “death or surrender”".
    private static let alternatives: Set<String> = ["option", "options", "choice", "choices", "alternative",
                                                    "alternatives", "ultimatum"]

    /// Verbs after which an infinitive did happen: "forced to withdraw", "managed to seize".
    /// After any other word "to surrender" is a purpose, an offer or a demand, not a report.
    private static let implicative: Set<String> = [
        "forced", "compelled", "managed", "able", "began", "begun", "begin", "begins", "started", "start", "starts",
        "continued", "continue", "continues", "succeeded", "went", "moved", "rushed", "proceeded", "obliged", "made",
    ]

    /// Modals after a noun's phrase that make it the subject of a supposition: "the liberation of
    /// the city would represent a breakthrough". "Will" is left out: "the attack will be investigated".
    private static let suppositions: Set<String> = ["would", "could", "might"]

    /// How far ahead of a noun its modal may stand: "the capture of the old city would".
    private static let nounReach = 7

    /// Edges of the predicate's clause: a cue beyond them belongs to another predicate.
    private static let edges: Set<String> = [",", ";", ":", ".", "and", "but", "after", "when", "while", "as", "that", "which", "who"]

    /// Whether the predicate at `index` is reported as having happened.
    static func isReal(_ predicate: EventPredicate, tokens: [Token], floor: Int, limit: Int) -> Bool {
        if isInfinitive(predicate, tokens: tokens, floor: floor) { return false }
        if predicate.isNoun, isSupposed(predicate, tokens: tokens, limit: limit) { return false }
        var i = predicate.token - 1
        var steps = 0
        while i >= floor, steps < reach {
            let word = tokens[i].norm
            if edges.contains(word) { break }
            // "On 3 May 2023 the army retook …": a capitalised "May" past the sentence's first word is the month.
            let month = word == "may" && i > floor && tokens[i].isCapitalised
            if unreal.contains(word) && !month || alternatives.contains(word) { return false }
            // "plans to attack", "threatened to seize": intent before an infinitive.
            if word == "to", i > floor, intent.contains(tokens[i - 1].norm) { return false }
            // "fears of clashes", "calls for a ceasefire", "denied the raid".
            if steps <= 3, intent.contains(word) { return false }
            steps += 1
            i -= 1
        }
        return true
    }

    /// A verb's base form after "to" (past adverbs: "to then negotiate"), with no implicative verb
    /// before the "to". Protests are kept: "gathered to protest" tells of a protest held.
    private static func isInfinitive(_ predicate: EventPredicate, tokens: [Token], floor: Int) -> Bool {
        guard predicate.kind != .protest, predicate.kind != .riot, EventWords.baseForms.contains(tokens[predicate.token].norm)
        else { return false }
        var i = predicate.token - 1
        while i > floor, i >= predicate.token - 2, tokens[i].norm == "then" || tokens[i].norm.hasSuffix("ly") { i -= 1 }
        guard i >= floor, tokens[i].norm == "to" else { return false }
        // "in order to", "so as to": a purpose whatever comes before.
        guard i > floor else { return true }
        return !implicative.contains(tokens[i - 1].norm)
    }

    /// A noun whose phrase is the subject of "would", "could" or "might".
    private static func isSupposed(_ predicate: EventPredicate, tokens: [Token], limit: Int) -> Bool {
        var i = predicate.end
        while i < limit, i - predicate.end < nounReach {
            let word = tokens[i].norm
            if suppositions.contains(word) { return true }
            if edges.contains(word) || word == "(" || word == "\u{201C}" { return false }
            i += 1
        }
        return false
    }
}
