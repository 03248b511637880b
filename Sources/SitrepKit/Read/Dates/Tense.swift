/// The tense of the clause a date sits in, which decides which Tuesday "on Tuesday" is and which
/// year "December 6" falls in.
///
///     "rebels said on Sunday"            past      the Sunday on or before the anchor
///     "the council will vote on Tuesday" future    the Tuesday on or after it
///     "the dividend is payable Nov. 22"  present   the nearest November 22
///     "the final is on Sunday"           present   a weekday: the coming one
enum Tense: Sendable {
    case past, present, future, unknown
}

/// Reads the tense of a date's clause from the verbs nearest to it: an auxiliary ("will",
/// "would", "'ll", a modal), a phrase that schedules ("plans to", "is expected to", "scheduled
/// for"), a past form ("said", "was", any "-ed"), a present form ("is", "says").
///
///     TenseReader(tokens: tokens).tense(of: found.tokens, in: found.sentence)
///
/// It looks a few words back, not past a clause mark, for the verb the date belongs to ("said on
/// Tuesday that it will" is past), and only when there is none a few words ahead ("On Friday, the
/// bill passed"). Bounded, so linear over a text.
struct TenseReader {
    let tokens: [Token]
    static let window = 10

    func tense(of expression: Range<Int>, in sentence: Range<Int>) -> Tense {
        // "Wednesday's ruling" names a day the reader knows of: no verb tells which.
        if expression.upperBound < sentence.upperBound, ["'s", "’s"].contains(tokens[expression.upperBound].norm) { return .unknown }
        // "extended to Nov. 20", "adjourned until Monday": a deadline lies ahead, whatever the verb.
        if expression.lowerBound > sentence.lowerBound, Self.deadlines.contains(tokens[expression.lowerBound - 1].norm),
           !(max(sentence.lowerBound, expression.lowerBound - 6)..<expression.lowerBound).contains(where: { tokens[$0].norm == "from" }) {
            return .future   // but "from Sept. 14 to Thursday" is a stretch of the past
        }
        var left: Tense?
        var k = expression.lowerBound - 1
        while k >= sentence.lowerBound, expression.lowerBound - k <= Self.window {
            if isBoundary(k) { break }
            if let tense = cue(at: k, sentence, beforeDate: true) { left = tense; break }
            k -= 1
        }
        var right: Tense?
        k = expression.upperBound
        while left == nil, k < sentence.upperBound, k - expression.upperBound < Self.window {
            // A comma right after a fronted date ("On Friday, the bill passed") does not end its clause.
            if isBoundary(k), !(tokens[k].norm == "," && k == expression.upperBound) { break }
            // A present after the date ("the attack on Tuesday is the deadliest") says nothing of it.
            if let tense = cue(at: k, sentence, beforeDate: false) { right = tense == .present ? .unknown : tense; break }
            k += 1
        }
        // English puts the verb before its date ("said on Tuesday"), unless the date is fronted
        // ("On Friday, the bill passed"), so the left verb decides when there is one.
        return left ?? right ?? .unknown
    }

    private func isBoundary(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .mark else { return false }
        return Self.boundaries.contains(token.norm)
    }

    /// The tense token `k` marks, if it is a verb or an auxiliary. Before the date, "planned to
    /// leave on Thursday" schedules the date; after a fronted one, "On Friday, the government
    /// planned to pay" dates the planning.
    private func cue(at k: Int, _ sentence: Range<Int>, beforeDate: Bool) -> Tense? {
        let token = tokens[k]
        guard token.kind == .word else { return nil }
        let norm = token.norm
        if norm == "may", token.isCapitalised { return nil }   // the month
        if Self.future.contains(norm) || norm.hasSuffix("'ll") || norm.hasSuffix("’ll") { return .future }
        if Self.scheduling.contains(norm) || (beforeDate && Self.pastScheduling.contains(norm)),
           k + 1 < sentence.upperBound, ["to", "for"].contains(tokens[k + 1].norm) { return .future }
        let regular = isRegularPast(token)
        // "the armed groups", "Series H preferred shares": a participle between a determiner (or a
        // name) and its noun is no verb; "it announced plans" is one.
        if regular, k + 1 < sentence.upperBound, k > sentence.lowerBound, tokens[k + 1].kind == .word,
           !tokens[k + 1].isCapitalised, !Self.afterVerb.contains(tokens[k + 1].norm) {
            let previous = tokens[k - 1]
            if Self.determiners.contains(previous.norm) || previous.norm.hasSuffix("ly") || previous.kind == .number
                || (previous.isCapitalised && k - 1 > sentence.lowerBound) {
                return nil
            }
        }
        let past = Self.past.contains(norm) || regular || Self.prefixedPast(norm)
        let present = !past && Self.present.contains(norm)
        guard past || present else { return nil }
        // "has shown", "have been": the present perfect tells of the past.
        if ["has", "have", "'ve"].contains(norm), k + 1 < sentence.upperBound {
            var next = k + 1
            if Self.groupWords.contains(tokens[next].norm), next + 1 < sentence.upperBound { next += 1 }
            let verb = tokens[next]
            if Self.participles.contains(verb.norm) || Self.past.contains(verb.norm) || isRegularPast(verb) { return .past }
        }
        // The verb group it belongs to: "will be held", "is to be signed", "would have".
        var back = k - 1
        while back >= sentence.lowerBound, k - back <= 3 {
            let previous = tokens[back].norm
            if Self.future.contains(previous) || previous.hasSuffix("'ll") || previous == "to" { return .future }
            // "is heard in May", "are being held": a present passive.
            if past, ["is", "are", "am", "being"].contains(previous) { return .present }
            guard Self.groupWords.contains(previous) else { break }
            back -= 1
        }
        if present, ["is", "are", "am", "'re"].contains(norm), k + 1 < sentence.upperBound,
           tokens[k + 1].norm.hasSuffix("ing"), tokens[k + 1].norm.count > 5 {
            return .future   // "is meeting on Tuesday"
        }
        // "says", "reports": the present of reporting tells of what has happened.
        if present, Self.reporting.contains(norm) { return .past }
        return past ? .past : .present
    }

    /// An irregular past behind a prefix: "retook", "overran", "withdrew".
    private static func prefixedPast(_ norm: String) -> Bool {
        for prefix in ["re", "over", "under", "with", "out", "up", "mis", "fore"] where norm.hasPrefix(prefix) {
            if past.contains(String(norm.dropFirst(prefix.count))) { return true }
        }
        return false
    }

    /// A lowercase "-ed" word that is no "-eed" word and no name ("United", "Ahmed").
    private func isRegularPast(_ token: Token) -> Bool {
        let norm = token.norm
        guard !token.isCapitalised, norm.utf8.count >= 5, norm.hasSuffix("ed"), !norm.hasSuffix("eed"),
              !Self.notPast.contains(norm) else { return false }
        return true
    }

    static let reporting: Set<String> = ["says", "tells", "reports", "claims", "insists", "denies", "adds", "notes", "writes"]
    static let deadlines: Set<String> = ["to", "until", "till", "pending"]
    static let boundaries: Set<String> = [";", ":", "\"", "“", "”", "(", ")", "—", ","]
    static let future: Set<String> = [
        "will", "shall", "won't", "wo", "would", "wouldn't", "might", "should", "must", "can", "may",
        "gonna", "scheduled", "slated", "upcoming", "plans", "planning", "intends", "expects", "expected", "due",
    ]
    /// Future before "to" or "for": "due to", "set for", "going to", "aims to".
    static let scheduling: Set<String> = [
        "set", "going", "aims", "hopes", "plan", "intend", "expect", "prepares", "ready", "agree", "decide", "want",
        "wants", "is", "are",
    ]
    /// Past forms that schedule what follows them: "planned to leave", "was to resume".
    static let pastScheduling: Set<String> = [
        "planned", "hoped", "intended", "agreed", "decided", "wanted", "promised", "vowed", "pledged", "threatened",
        "was", "were", "asked", "called",
    ]
    static let present: Set<String> = [
        "is", "are", "am", "says", "has", "have", "do", "does", "isn't", "aren't", "doesn't", "'re", "remains",
        "continues", "seems", "appears", "believes", "thinks", "knows", "wants", "needs", "insists", "denies",
    ]
    static let past: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave", "got", "saw", "left",
        "began", "fled", "fell", "held", "won", "lost", "sent", "brought", "thought", "found", "became", "kept", "led",
        "ran", "spoke", "wrote", "struck", "shot", "fought", "rose", "sold", "paid", "built", "bought", "caught",
        "chose", "drew", "drove", "flew", "grew", "knew", "laid", "meant", "rode", "sat", "stood", "stole", "swore",
        "taught", "threw", "understood", "woke", "withdrew", "overtook", "broke", "forgot", "froze", "hung", "slept",
        "spent", "swept", "wasn't", "weren't", "hadn't", "didn't", "ago", "shook", "sank", "sought", "bore", "dealt",
        "felt", "heard", "ran", "lay", "lit", "read", "underwent", "upheld", "wept", "wound", "arose", "beat",
    ]
    static let participles: Set<String> = [
        "been", "shown", "taken", "given", "seen", "done", "gone", "fallen", "written", "driven", "risen", "begun",
        "broken", "chosen", "spoken", "stolen", "frozen", "grown", "known", "thrown", "flown", "drawn", "beaten",
        "forgotten", "hidden", "ridden", "eaten", "sworn", "worn", "torn", "shaken", "withdrawn", "overtaken", "arisen",
        "undergone", "overrun", "become", "come", "run", "won", "lost", "fled", "killed",
    ]

    /// Words that follow a verb rather than the noun a participle would qualify.
    static let afterVerb: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "on",
        "in", "at", "by", "to", "from", "for", "with", "into", "onto", "over", "after", "before", "during", "since",
        "until", "him", "them", "it", "us", "me", "up", "down", "out", "off", "back", "away", "and", "or",
        "but", "as", "when", "while", "if", "late", "early", "earlier", "later", "last", "yesterday", "today",
        "some", "all", "more", "about", "around", "near", "across", "through", "against", "between", "among",
    ]

    static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "some",
        "many", "all", "two", "three", "several", "well", "so", "u.s.", "most", "more", "less", "still", "long",
    ]

    /// Words inside a verb group between an auxiliary and its verb.
    static let groupWords: Set<String> = ["be", "been", "being", "have", "not", "also", "then", "now", "still", "only", "again", "never", "soon"]
    static let notPast: Set<String> = ["hundred", "indeed", "naked", "sacred", "wicked", "kindred", "rugged", "ragged"]
}
