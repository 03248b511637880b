/// English reporting verbs and phrases, by the forms a text writes them in: what marks a claim's
/// cue, its base form and its tense, which cues deny, and the hedges a sentence puts on a claim.
///
///     ReportingCues.verb("told")     // ("tell", .past)
///     ReportingCues.denials          // "deny", "reject", …: a claim made by them is a denial
///
/// Forms that are far more often nouns ("state", "report", "note", "claim") are cues only in the
/// forms that are verbs ("stated", "noted", "claimed"), or with a subject before them (the reader
/// decides that).
enum ReportingCues {
    struct Form { var lemma: String; var tense: Claim.Tense }

    /// Base form → its third-person present and its past forms.
    private static let verbs: [(lemma: String, forms: [String])] = [
        ("say", ["says", "said"]), ("tell", ["tells", "told"]), ("add", ["adds", "added"]),
        ("claim", ["claims", "claimed"]), ("deny", ["denies", "denied"]), ("announce", ["announces", "announced"]),
        ("report", ["reports", "reported"]), ("confirm", ["confirms", "confirmed"]), ("insist", ["insists", "insisted"]),
        ("warn", ["warns", "warned"]), ("stress", ["stresses", "stressed"]), ("note", ["notes", "noted"]),
        ("explain", ["explains", "explained"]), ("argue", ["argues", "argued"]), ("state", ["states", "stated"]),
        ("declare", ["declares", "declared"]), ("allege", ["alleges", "alleged"]), ("acknowledge", ["acknowledges", "acknowledged"]),
        ("admit", ["admits", "admitted"]), ("assert", ["asserts", "asserted"]), ("maintain", ["maintains", "maintained"]),
        ("suggest", ["suggests", "suggested"]), ("write", ["writes", "wrote"]), ("tweet", ["tweets", "tweeted"]),
        ("estimate", ["estimates", "estimated"]), ("accuse", ["accuses", "accused"]), ("reject", ["rejects", "rejected"]),
        ("dismiss", ["dismisses", "dismissed"]), ("predict", ["predicts", "predicted"]), ("vow", ["vows", "vowed"]),
        ("pledge", ["pledges", "pledged"]), ("promise", ["promises", "promised"]), ("urge", ["urges", "urged"]),
        ("emphasise", ["emphasises", "emphasised", "emphasizes", "emphasized"]), ("reveal", ["reveals", "revealed"]),
        ("indicate", ["indicates", "indicated"]), ("believe", ["believes", "believed"]),
        ("learn", ["learned", "learnt"]), ("conclude", ["concludes", "concluded"]), ("contend", ["contends", "contended"]),
        ("complain", ["complains", "complained"]), ("recall", ["recalls", "recalled"]), ("refute", ["refutes", "refuted"]),
        ("concede", ["concedes", "conceded"]), ("reply", ["replies", "replied"]), ("respond", ["responds", "responded"]),
        ("agree", ["agrees", "agreed"]), ("show", ["shows", "showed"]), ("find", ["finds", "found"]),
        ("quote", ["quotes", "quoted"]), ("cite", ["cites", "cited"]),
        ("threaten", ["threatens", "threatened"]), ("demand", ["demands", "demanded"]), ("ask", ["asks", "asked"]),
        ("continue", ["continues", "continued"]),
        // Verbs of judging and naming, whose content may be a noun phrase (``objectContent``).
        ("criticise", ["criticises", "criticised", "criticizes", "criticized"]), ("condemn", ["condemns", "condemned"]),
        ("denounce", ["denounces", "denounced"]), ("decry", ["decries", "decried"]), ("blast", ["blasts", "blasted"]),
        ("slam", ["slams", "slammed"]), ("praise", ["praises", "praised"]), ("hail", ["hails", "hailed"]),
        ("welcome", ["welcomes", "welcomed"]), ("question", ["questions", "questioned"]), ("mention", ["mentions", "mentioned"]),
        ("echo", ["echoes", "echoed"]), ("describe", ["describes", "described"]), ("call", ["calls", "called"]),
        ("dub", ["dubs", "dubbed"]), ("label", ["labels", "labeled", "labelled"]),
    ]

    /// The forms a noun is far more often than a verb: a cue only with a subject right before it.
    static let nounLike: Set<String> = ["state", "states", "report", "reports", "note", "notes", "claim", "claims",
                                        "show", "shows", "find", "finds", "estimate", "estimates", "quote", "quotes",
                                        "promise", "promises", "demand", "demands", "found", "add", "adds",
                                        "question", "questions", "mention", "mentions", "call", "calls", "label", "labels",
                                        "echo", "echoes", "welcome", "hail", "blast", "slam", "praise", "tweet", "tweets",
                                        "writes", "answers", "replies"]

    private static let forms: [String: Form] = {
        var table: [String: Form] = [:]
        for (lemma, written) in verbs {
            table[lemma] = Form(lemma: lemma, tense: .present)
            // Every third-person present ends in -s, and no past form does.
            for form in written { table[form] = Form(lemma: lemma, tense: form.hasSuffix("s") ? .present : .past) }
        }
        return table
    }()

    /// The base form and tense of a reporting verb form, or nil.
    static func verb(_ norm: String) -> Form? { forms[norm] }

    /// The participles that report after a comma, the main clause's subject their speaker:
    /// "…, saying the talks had failed", "…, adding that …".
    static let participles: [String: String] = [
        "saying": "say", "adding": "add", "arguing": "argue", "noting": "note", "insisting": "insist", "warning": "warn",
        "claiming": "claim", "stressing": "stress", "explaining": "explain", "denying": "deny", "telling": "tell",
        "writing": "write", "declaring": "declare", "asserting": "assert", "alleging": "allege", "accusing": "accuse",
        "promising": "promise", "vowing": "vow", "suggesting": "suggest", "rejecting": "reject", "citing": "cite",
        "calling": "call", "describing": "describe", "criticising": "criticise", "criticizing": "criticise",
        "condemning": "condemn", "questioning": "question", "predicting": "predict", "acknowledging": "acknowledge",
        "admitting": "admit", "urging": "urge", "demanding": "demand", "complaining": "complain",
    ]

    /// Words that join a participle to its clause as well as a comma does: "by saying", "after
    /// warning", "while insisting".
    static let participleLinks: Set<String> = [",", "by", "after", "before", "while", "when", "from", "in", "without"]

    /// Judging and naming verbs: their content is whatever they take, a noun phrase too ("condemned
    /// the strike", "called the vote a sham", "described the talks as constructive"); other cues
    /// need a clause.
    static let objectContent: Set<String> = ["criticise", "condemn", "denounce", "decry", "blast", "slam", "praise", "hail",
                                             "welcome", "question", "mention", "echo", "describe", "call", "dub", "label", "cite"]

    /// Verbs that report only a quotation right beside them: "she continued, “…”", "“…,” he continued".
    static let quoteOnly: Set<String> = ["continue"]

    /// Verbs that report speech only before a that-clause, a colon or a quote: "the figures show
    /// that …" is a claim, "television showed footage" and "threatened to strike" are not.
    static let clauseOnly: Set<String> = ["show", "find", "reveal", "indicate", "threaten", "learn", "suggest"]

    /// Of those, the ones that also report a finding without "that" when a source shows it ("the
    /// poll shows Clinton leading"), unless what they show is a picture ("showed footage of …").
    static let findingVerbs: Set<String> = ["show", "reveal", "indicate", "suggest"]

    /// What a verb of showing shows when it is no finding: pictures, and the way to somewhere.
    static let pictureNouns: Set<String> = ["footage", "video", "videos", "images", "image", "pictures", "picture", "photos",
                                            "photo", "photographs", "photograph", "scenes", "scene", "film", "clip", "clips",
                                            "signs", "him", "her", "them", "us", "me", "it", "off", "up", "no", "little"]

    /// Cues whose claim is a denial.
    static let denials: Set<String> = ["deny", "reject", "dismiss", "refute"]

    /// Words that hedge a claim.
    static let hedges: Set<String> = ["reportedly", "allegedly", "purportedly", "apparently", "supposedly", "unconfirmed",
                                      "unverified", "rumoured", "rumored"]

    /// Words that negate the proposition they open or sit in ("no agreement has been reached").
    static let negations: Set<String> = ["not", "no", "never", "n't", "neither", "nor", "nobody", "nothing", "none",
                                         "cannot", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't",
                                         "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "shouldn't"]

    /// Words between a cue and its content that belong to neither: auxiliaries and adverbs of the
    /// reporting clause ("has also said", "said late on Sunday").
    static let auxiliaries: Set<String> = ["has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "later",
                                           "earlier", "previously", "again", "then", "further", "separately", "repeatedly",
                                           "publicly", "privately", "recently", "once", "already", "reportedly", "allegedly",
                                           "did", "does", "do", "may", "might", "could", "can", "been", "be"]

    /// Personal pronouns a speaker may be named by, with what they may stand for.
    static let pronouns: [String: EntityKind?] = ["he": .person, "she": .person, "i": .person, "it": .organisation,
                                                  "they": nil, "we": nil]
}
