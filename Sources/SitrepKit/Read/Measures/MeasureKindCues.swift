/// Whether a count is a stock or a flow, from the verb its counted phrase is the subject of:
/// "120,000 civilians had left" moved (a flow), "tens of thousands remained" stayed (a stock).
///
///     MeasureKindCues.kind(tokens, after: j, limit: end)   // .flow for "… have also left"
///
/// The verb is looked for right after the phrase, past auxiliaries and adverbs ("had", "have
/// also", "are still") and past a parenthesis opened by a comma and "including" ("tens of
/// thousands of civilians, including hundreds of children, have left"). With no such verb the
/// figure is a stock: a count of what is there.
enum MeasureKindCues {
    static func kind(_ tokens: [Token], after start: Int, limit: Int) -> Measure.Kind? {
        var j = start
        var steps = 0
        while j < limit, steps < 6 {
            let norm = tokens[j].norm
            if flowVerbs.contains(norm) { return .flow }
            if stockVerbs.contains(norm) { return .stock }
            if norm == ",", j + 1 < limit, parentheticalOpeners.contains(tokens[j + 1].norm) {
                // Skip to the comma that closes the parenthesis, within a bounded stretch.
                var k = j + 2
                while k < limit, k - j < 20, tokens[k].norm != "," { k += 1 }
                guard k < limit, tokens[k].norm == "," else { return nil }
                j = k + 1
                steps += 1
                continue
            }
            guard auxiliaries.contains(norm) || (norm.utf8.count > 4 && norm.hasSuffix("ly")) else { return nil }
            j += 1
            steps += 1
        }
        return nil
    }

    /// Verbs of moving away, arriving or crossing: those counted are a flow over some time.
    static let flowVerbs: Set<String> = [
        "left", "leave", "leaves", "leaving", "fled", "flee", "flees", "fleeing", "escaped", "escape", "escaping",
        "crossed", "cross", "crossing", "arrived", "arrive", "arriving", "returned", "return", "returning",
        "departed", "depart", "exited", "evacuated", "poured", "pouring", "streamed", "streaming", "moved",
        "relocated", "entered", "emigrated", "migrated", "deserted", "defected", "surrendered", "joined",
    ]

    /// Verbs of staying: those counted are a stock at a time.
    static let stockVerbs: Set<String> = [
        "remain", "remained", "remains", "remaining", "stayed", "stay", "stays", "staying", "trapped", "stuck",
        "live", "lived", "living", "sheltering", "sheltered", "besieged", "holed",
    ]

    private static let auxiliaries: Set<String> = [
        "had", "have", "has", "been", "were", "was", "are", "is", "also", "already", "now", "still", "since", "so",
        "far", "who", "that", "which", "all", "reportedly", "then", "have", "being", "be", "would", "will", "had",
        "not", "yet", "mostly", "largely",
    ]

    private static let parentheticalOpeners: Set<String> = ["including", "among", "mostly", "mainly", "many", "most", "some", "both"]
}
