/// Whether a predicate reports something that happened, or something denied, planned, feared or
/// merely possible: "no clashes were reported", "denied attacking", "plans to attack", "threatened
/// to seize", "could strike", "calls for a ceasefire". Such a predicate yields no event. The look
/// is a few tokens back from the predicate, within its clause, so it costs a bounded time each.
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
        "ordered", "order", "asked", "decided", "decide", "voted",
    ]

    /// Edges of the predicate's clause: a cue beyond them belongs to another predicate.
    private static let edges: Set<String> = [",", ";", ":", ".", "and", "but", "after", "when", "while", "as", "that", "which", "who"]

    /// Whether the predicate at `index` is reported as having happened.
    static func isReal(_ predicate: EventPredicate, tokens: [Token], floor: Int) -> Bool {
        var i = predicate.token - 1
        var steps = 0
        while i >= floor, steps < reach {
            let word = tokens[i].norm
            if edges.contains(word) { break }
            if unreal.contains(word) { return false }
            // "plans to attack", "threatened to seize": intent before an infinitive.
            if word == "to", i > floor, intent.contains(tokens[i - 1].norm) { return false }
            // "fears of clashes", "calls for a ceasefire", "denied the raid".
            if steps <= 3, intent.contains(word) { return false }
            steps += 1
            i -= 1
        }
        return true
    }
}
