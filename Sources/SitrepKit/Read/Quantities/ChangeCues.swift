/// Whether a figure is a change, and which way: a verb before it ("rose by 20", "fell 0.4 per
/// cent", "up 58 points"), a word after it ("34% higher", "a 19% drop").
///
///     ChangeCues.direction(tokens, figure: i..<j, floor: start, limit: end)   // .up on "rose 6.5%"
///
/// The level a change reaches ("rose 6.5% to 164p": 164p) is a figure of its own, no change.
enum ChangeCues {
    private static let before: [String: Quantity.Direction] = [
        "rose": .up, "rise": .up, "rises": .up, "risen": .up, "rising": .up, "up": .up, "gained": .up, "gain": .up,
        "gains": .up, "gaining": .up, "climbed": .up, "climb": .up, "climbs": .up, "jumped": .up, "jumps": .up,
        "jump": .up, "increased": .up, "increase": .up, "increases": .up, "increasing": .up, "grew": .up,
        "grow": .up, "grows": .up, "grown": .up, "added": .up, "adding": .up, "advanced": .up, "advancing": .up,
        "surged": .up, "surges": .up, "soared": .up, "soars": .up, "rallied": .up, "spiked": .up, "boosted": .up,
        "raised": .up, "lifted": .up, "widened": .up, "expanded": .up, "swelled": .up, "doubled": .up,
        "down": .down, "fell": .down, "fall": .down, "falls": .down, "fallen": .down, "falling": .down,
        "dropped": .down, "drop": .down, "drops": .down, "dropping": .down, "declined": .down, "decline": .down,
        "declines": .down, "declining": .down, "lost": .down, "losing": .down, "loses": .down, "slid": .down,
        "slides": .down, "slipped": .down, "slips": .down, "tumbled": .down, "tumbles": .down, "plunged": .down,
        "plunges": .down, "plummeted": .down, "decreased": .down, "decrease": .down, "shed": .down, "sheds": .down,
        "sank": .down, "sunk": .down, "cut": .down, "cuts": .down, "lowered": .down, "eased": .down, "eases": .down,
        "dipped": .down, "dips": .down, "shaving": .down, "shaved": .down, "slumped": .down, "slumps": .down,
        "narrowed": .down, "shrank": .down, "shrunk": .down, "contracted": .down, "retreated": .down,
        "reduced": .down, "crashed": .down, "sliding": .down, "dived": .down, "dove": .down, "trimmed": .down,
    ]

    private static let after: [String: Quantity.Direction] = [
        "higher": .up, "increase": .up, "rise": .up, "gain": .up, "jump": .up, "hike": .up, "surge": .up,
        "lower": .down, "drop": .down, "decline": .down, "fall": .down, "cut": .down, "decrease": .down,
        "loss": .down, "slump": .down, "plunge": .down,
    ]

    /// Whether a verb of change comes within a few words before `index` ("jumped from", "has
    /// dropped since October from", "revised its forecast from").
    static func hasVerb(before index: Int, _ tokens: [Token], floor: Int) -> Bool {
        var k = index - 1
        while k >= floor, k >= index - 6 {
            let norm = tokens[k].norm
            if tokens[k].kind == .mark { return false }
            if before[norm] != nil && norm != "up" && norm != "down" || movedVerbs.contains(norm) { return true }
            k -= 1
        }
        return false
    }

    /// Verbs of change that do not say which way: the two levels do.
    private static let movedVerbs: Set<String> = [
        "revised", "revise", "revising", "moved", "move", "changed", "change", "went", "shifted", "adjusted",
        "slow", "slowed", "slowing", "accelerate", "accelerated", "accelerating", "swung", "swing", "upgraded",
        "downgraded", "hiked", "raised", "reduced", "lowered",
    ]

    /// Verbs that move money as often as they change a level ("raised $350 million" for a
    /// campaign, "lost $2 billion"): a change only with "by" or a relative unit.
    private static let weak: Set<String> = ["raised", "added", "adding", "lost", "losing", "loses", "cut", "cuts", "shed",
                                            "sheds", "gained", "gain", "gains", "boosted", "lifted", "reduced"]

    static func direction(_ tokens: [Token], figure: Range<Int>, floor: Int, limit: Int, relative: Bool) -> Quantity.Direction? {
        var k = figure.lowerBound - 1
        var by = false
        if k >= floor, tokens[k].norm == "by" { k -= 1; by = true }
        if k >= floor, tokens[k].kind == .word, let direction = before[tokens[k].norm],
           by || relative || !weak.contains(tokens[k].norm) {
            return direction
        }
        // "raised rates by 50 basis points": the verb a few words before "by".
        if by {
            var back = k - 1
            while back >= floor, back >= k - 3, tokens[back].kind == .word {
                if let direction = before[tokens[back].norm], tokens[back].norm != "up", tokens[back].norm != "down" { return direction }
                back -= 1
            }
        }
        if figure.upperBound < limit, let direction = after[tokens[figure.upperBound].norm] { return direction }
        return nil
    }
}
