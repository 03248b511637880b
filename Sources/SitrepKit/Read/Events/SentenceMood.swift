/// Where a sentence stops reporting and starts supposing: from its "if" or "unless" on when a
/// modal says the whole is a condition ("If the plan were taken up, it would end the shelling";
/// "even if the army wins, it may face bombings"); all of it when it opens with "when" or "once"
/// and looks ahead ("When the city is taken, the troops will move on") or with "whenever" (a
/// habit, no one event); the clause after "whether" ("asked whether talks had begun"). A predicate
/// past that point yields no event. ``EventModality`` looks only a few words back from each
/// predicate, which cannot see a condition set up at the sentence's start. One pass.
///
///     // "If rebels attacked the town, the army would respond."
///     SentenceMood.hypothetical(in: range, tokens: tokens)   // [range.lowerBound + 1 ..< range.upperBound]
enum SentenceMood {
    private static let conditions: Set<String> = ["if", "unless"]
    /// Modals of a condition's main clause. "May" and "can" as well: "even if X, he may face Y".
    private static let modals: Set<String> = ["would", "could", "might", "will", "may", "can", "'d", "wo"]
    /// Openers of a clause that is a condition when the sentence looks ahead.
    private static let temporal: Set<String> = ["when", "once", "until", "till"]
    /// Openers that say what happens each time, no one event.
    private static let habitual: Set<String> = ["whenever", "everytime"]
    /// Words a sentence may open with before its first clause: "But if", "And when", "However, once".
    private static let openers: Set<String> = ["but", "and", "however", "yet", "so", "even", "only", ",", "“", "\"", "‘"]

    /// The stretches of the sentence that are supposed, not reported.
    static func hypothetical(in range: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        var condition: Int?
        var hasModal = false
        var whether: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let word = tokens[i].norm
            if condition == nil, conditions.contains(word) { condition = i }
            if modals.contains(word) { hasModal = true }
            if word == "whether" {
                // To the end of its clause.
                var end = i + 1
                while end < range.upperBound, ![",", ";", ":", "."].contains(tokens[end].norm) { end += 1 }
                whether.append(i..<end)
                i = end
                continue
            }
            i += 1
        }
        var first = range.lowerBound
        while first < range.upperBound, openers.contains(tokens[first].norm) { first += 1 }
        if first < range.upperBound {
            let opening = tokens[first].norm
            if habitual.contains(opening) || temporal.contains(opening) && hasModal { return [range] }
        }
        if let condition, hasModal { return [condition..<range.upperBound] + whether }
        return whether
    }
}
