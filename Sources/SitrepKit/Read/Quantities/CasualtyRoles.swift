/// What happened to those a casualty or displacement figure counts, from the words around it:
/// a participle after the counted noun ("8 people were killed", "25 wounded"), a verb before the
/// figure ("killed 300 militants"), or the counted noun itself ("12 deaths", "40 arrests").
///
///     CasualtyRoles.role(tokens, figure: i..<j, counted: j..<k, floor: start, limit: end)   // .killed
enum CasualtyRoles {
    static let participles: [String: Quantity.Role] = [
        "killed": .killed, "dead": .killed, "died": .killed, "slain": .killed, "executed": .killed,
        "massacred": .killed, "wounded": .wounded, "injured": .wounded, "hurt": .wounded, "maimed": .wounded,
        "displaced": .displaced, "uprooted": .displaced, "arrested": .arrested, "detained": .arrested,
        "jailed": .arrested, "imprisoned": .arrested, "evacuated": .evacuated, "missing": .missing,
        "captured": .captured, "abducted": .captured, "kidnapped": .captured, "besieged": .besieged,
        "trapped": .besieged,
    ]

    /// Verbs before the figure whose object it is.
    private static let verbsBefore: [String: Quantity.Role] = [
        "killed": .killed, "killing": .killed, "kill": .killed, "kills": .killed, "executed": .killed,
        "wounded": .wounded, "wounding": .wounded, "injured": .wounded, "injuring": .wounded,
        "arrested": .arrested, "arresting": .arrested, "detained": .arrested, "detaining": .arrested,
        "evacuated": .evacuated, "evacuating": .evacuated, "evacuate": .evacuated, "displaced": .displaced,
        "displacing": .displaced, "captured": .captured, "capturing": .captured, "abducted": .captured,
        "kidnapped": .captured, "besieging": .besieged,
    ]

    /// Counted nouns that are themselves a casualty.
    static let nouns: [String: Quantity.Role] = [
        "deaths": .killed, "dead": .killed, "fatalities": .killed, "killed": .killed, "bodies": .killed,
        "injuries": .wounded, "wounded": .wounded, "injured": .wounded, "arrests": .arrested, "detainees": .arrested,
        "prisoners": .captured, "captives": .captured, "hostages": .captured, "evacuees": .evacuated,
        "refugees": .displaced, "displaced": .displaced, "missing": .missing,
    ]

    private static let auxiliaries: Set<String> = [
        "were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "reportedly", "also", "later",
        "all", "allegedly", "already", "since", "subsequently", "then", "now", "either", "critically", "seriously",
        "badly", "fatally", "mortally", "lightly", "slightly", "believed", "feared", "thought", "to", "confirmed",
        "who", "that",
    ]

    /// The role of a figure spanning `figure`, whose counted noun (if any) is `counted`.
    static func role(_ tokens: [Token], figure: Range<Int>, counted: Range<Int>?, floor: Int, limit: Int) -> Quantity.Role? {
        if let counted {
            for k in counted { if let role = nouns[tokens[k].norm] { return role } }
        }
        // After: "8 people were killed", "25 wounded", "300 residents have been evacuated".
        var j = counted?.upperBound ?? figure.upperBound
        var steps = 0
        while j < limit, steps < 5 {
            let norm = tokens[j].norm
            if let role = participles[norm] { return role }
            guard auxiliaries.contains(norm) else { break }
            j += 1
            steps += 1
        }
        // Before: "killed 300 militants", "killing at least 12".
        if figure.lowerBound > floor, let role = verbsBefore[tokens[figure.lowerBound - 1].norm] { return role }
        // "a death toll of 50", "the toll rose to 50"
        var k = figure.lowerBound - 1
        while k >= floor, k >= figure.lowerBound - 4 {
            if tokens[k].norm == "toll" { return .killed }
            if tokens[k].kind == .mark || tokens[k].kind == .number { break }
            k -= 1
        }
        return nil
    }
}
