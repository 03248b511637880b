/// What a figure counts: the noun phrase after it, its head noun with the modifiers before it
/// ("300 militants", "25,000 Syrian army fighters", "tens of thousands of civilians") and a
/// casualty participle after it ("8 people killed").
///
///     CountedNoun.read(tokens, from: i, limit: end, singular: false)   // tokens of "Syrian soldiers"
///
/// There is no tagger: the phrase runs over words until a function word, a mark, a number or a
/// common verb, and ends at its first plural noun when the figure is more than one. A pronoun
/// ("480 of them") counts nothing the phrase can name.
enum CountedNoun {
    /// The tokens of the counted phrase, or nil when the figure names none.
    static func read(_ tokens: [Token], from start: Int, limit: Int, singular: Bool) -> Range<Int>? {
        var j = start
        guard j < limit else { return nil }
        if tokens[j].norm == "of" {
            j += 1
            guard j < limit else { return nil }
            if pronouns.contains(tokens[j].norm) { return nil }
            if determiners.contains(tokens[j].norm) || tokens[j].norm == "a" || tokens[j].norm == "an" { j += 1 }
        } else if singular, tokens[j].norm == "the" {
            // "half the condos"
            j += 1
        } else if tokens[j].norm == "the", singular == false, j + 1 < limit, tokens[j + 1].norm == "same" {
            return nil
        }
        guard j < limit else { return nil }
        let first = j
        var end: Int?
        var k = j
        while k < limit, k - first < 5 {
            let t = tokens[k]
            // "eight more picks", "two other options"
            let modifier = k == first && countModifiers.contains(t.norm)
            // An acronym is no function word: "US", "IT".
            guard t.kind == .word, modifier || t.isAllCaps || !stopwords.contains(t.norm), !commonVerbs.contains(t.norm),
                  !(k == first && isAdverb(t.norm)), CasualtyRoles.participles[t.norm] == nil else { break }
            if NumberWords.cardinal[t.norm] != nil || NumberWords.scale[t.norm] != nil { break }
            // "One senior official Monday described": a day or month ends the phrase.
            if t.isCapitalised, NonQuantities.weekdays.contains(t.norm) || NonQuantities.months.contains(t.norm) { break }
            // "one proposal asks": after a singular head, a word in -s is its verb.
            if singular, k > first, isPluralNoun(t.norm) { break }
            k += 1
            if !singular && isPluralNoun(t.norm) {
                end = k
                break
            }
        }
        if end == nil {
            // No plural head: a short run is the phrase ("one solution", "3 course meal"), without
            // a verb or adverb at its end ("around 73 raising").
            while k > first, isAdverb(tokens[k - 1].norm) || isVerbForm(tokens[k - 1].norm) || countModifiers.contains(tokens[k - 1].norm) {
                k -= 1
            }
            guard k > first, singular || k - first <= 2 else { return nil }
            end = k
        }
        guard var last = end, last > first else { return nil }
        // "800,000 local police officers", "the two largest teachers unions": a plural noun that
        // modifies the next one.
        if !singular, last < limit, last - first < 5, tokens[last].kind == .word, !tokens[last].isCapitalised,
           isPluralNoun(tokens[last].norm), !irregularPlurals.contains(tokens[last].norm),
           !stopwords.contains(tokens[last].norm), !commonVerbs.contains(tokens[last].norm) {
            last += 1
        }
        // "people killed", "civilians wounded"
        if last < limit, CasualtyRoles.participles[tokens[last].norm] != nil, tokens[last].kind == .word {
            last += 1
        }
        return first..<last
    }

    /// "-ing" and "-ed" forms ending a run are verbs here ("4,000 provided by Iran").
    private static func isVerbForm(_ word: String) -> Bool {
        word.utf8.count > 4 && (word.hasSuffix("ing") || word.hasSuffix("ed"))
    }

    private static func isAdverb(_ word: String) -> Bool {
        word.utf8.count > 4 && word.hasSuffix("ly") && !word.contains("-")
    }

    private static let countModifiers: Set<String> = ["more", "other", "additional", "extra", "further", "fewer", "new"]

    static func isPluralNoun(_ word: String) -> Bool {
        if irregularPlurals.contains(word) { return true }
        let u = word.utf8
        guard u.count >= 3, u.last == UInt8(ascii: "s") else { return false }
        if notPlural.contains(word) { return false }
        let beforeLast = u[u.index(u.endIndex, offsetBy: -2)]
        return beforeLast != UInt8(ascii: "s") && beforeLast != UInt8(ascii: "u") && beforeLast != UInt8(ascii: "i")
            && beforeLast != UInt8(ascii: "'")
    }

    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "police", "personnel", "staff", "troops", "cattle", "youth", "militia",
        "clergy", "crew", "teeth", "mice", "geese", "data", "media", "folk", "livestock", "infantry", "sheep", "fish",
        "aircraft", "offspring", "alumni", "faculty", "gentlemen", "businessmen", "policemen", "gunmen", "servicemen",
        "firemen", "fishermen", "tribesmen", "kinsmen",
    ]

    private static let notPlural: Set<String> = [
        "this", "was", "has", "its", "his", "hers", "yes", "thus", "plus", "always", "perhaps", "less", "unless",
        "across", "whereas", "besides", "towards", "afterwards", "news", "series", "species", "politics",
        "economics", "sometimes", "nevertheless", "does", "goes", "ours", "yours", "theirs", "whereabouts",
        "overseas", "downwards", "upwards", "regardless", "gas", "bus", "lens", "alias", "atlas", "canvas", "corps",
    ]

    static let pronouns: Set<String> = ["them", "us", "these", "those", "which", "whom", "it", "you", "ours", "theirs", "whose"]

    private static let determiners: Set<String> = ["the", "its", "their", "his", "her", "our", "my", "your", "all", "this", "that"]

    static let stopwords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "but", "nor", "as",
        "than", "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "whereas", "if", "because",
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having", "do", "does", "did",
        "will", "would", "could", "should", "shall", "may", "might", "must", "can", "cannot", "per", "each", "every",
        "after", "before", "since", "until", "till", "during", "into", "onto", "out", "off", "over", "under", "up",
        "down", "about", "around", "through", "across", "against", "among", "amongst", "between", "toward",
        "towards", "near", "nearly", "within", "without", "beyond", "behind", "above", "below", "beside", "besides",
        "including", "excluding", "like", "unlike", "via", "per", "this", "these", "those", "there", "here", "then",
        "now", "also", "still", "already", "yet", "just", "only", "even", "so", "too", "very", "not", "no", "all",
        "both", "either", "neither", "more", "most", "less", "least", "many", "much", "few", "some", "any", "such",
        "other", "another", "own", "same", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
        "we", "us", "our", "you", "your", "i", "me", "my", "ago", "later", "earlier", "today", "tonight",
        "yesterday", "tomorrow", "overnight", "daily", "weekly", "monthly", "annually", "respectively", "apiece",
        "each", "alone", "altogether", "total", "overall", "instead", "again", "away", "back", "last", "next",
        "according", "said", "says", "say", "told", "reported", "against", "versus", "vs", "whether", "though",
        "although", "despite", "however", "upon", "onwards", "plus", "minus", "times", "old", "aged", "long",
        "wide", "high", "tall", "deep", "thick", "away", "ahead", "higher", "lower", "more", "fewer", "odd",
        "'s", "’s", "s", "st", "nd", "rd", "th", "am", "pm", "a.m.", "p.m.",
    ]

    /// Verbs that end a counted phrase. Words that are nouns as often ("face masks", "live rounds",
    /// "cost overruns") are not here.
    private static let commonVerbs: Set<String> = [
        "come", "came", "comes", "go", "went", "goes", "get", "got", "make", "made", "take", "took", "taken", "see",
        "saw", "seen", "give", "gave", "given", "remain", "remained", "lived", "worked", "left", "leave", "stay",
        "stayed", "faced", "needed", "wanted", "voted", "joined", "gathered", "marched", "protested", "attended",
        "signed", "received", "lost", "won", "gained", "rose", "fell", "dropped", "jumped", "climbed", "rising",
        "falling", "closed", "opened", "ended", "finished", "started", "began", "expected", "estimated", "seemed",
        "became", "become", "showed", "shown", "found", "reached", "passed", "held", "ran", "paid", "sold", "bought",
        "added", "raised", "fled", "returned", "crossed", "surrendered", "gave", "led", "let",
    ]
}
