/// The words that name an event, each with the ``EventPredicate/Kind`` it reports. Verbs are
/// listed by base form (``WordForms`` adds the regular inflections), irregular forms and
/// nominalisations beside them. General English, no names: the arguments and the sentence's
/// other words decide the ACLED sub-type.
enum EventWords {
    /// A verb's regular forms are generated; irregular forms follow their lemma's list.
    private static let verbs: [(EventPredicate.Kind, [String])] = [
        (.attack, ["attack", "assault", "raid", "target", "pound", "storm", "strike", "struck", "hit", "bomb",
                   "besiege", "throw", "threw", "thrown", "hurl", "lob"]),
        (.kill, ["kill", "shoot", "shot", "stab", "execute", "massacre", "behead", "torture", "slaughter", "lynch", "murder", "assassinate", "beat", "beaten", "slay", "slain", "maim"]),
        (.explode, ["explode", "detonate", "blow", "blew", "blown"]),
        (.shell, ["shell", "bombard", "fire", "launch"]),
        (.clash, ["clash", "fight", "fought", "battle", "ambush", "repel", "repulse", "engage", "skirmish"]),
        (.capture, ["capture", "seize", "recapture", "retake", "retook", "retaken", "liberate", "overrun", "overran",
                    "conquer", "regain", "reclaim", "free"]),
        (.fall, ["fall", "fell", "fallen"]),
        (.enter, ["enter"]),
        (.withdraw, ["withdraw", "withdrew", "withdrawn", "retreat", "vacate", "abandon", "cede"]),
        (.surrender, ["surrender"]),
        (.evacuate, ["evacuate"]),
        (.protest, ["protest", "demonstrate", "rally", "march", "picket", "boycott"]),
        (.riot, ["riot", "rampage"]),
        (.loot, ["loot", "torch", "vandalise", "vandalize", "ransack", "raze", "burn", "burnt", "destroy", "demolish",
                 "plunder", "pillage"]),
        (.arrest, ["arrest", "detain", "apprehend", "nab", "jail", "imprison"]),
        (.abduct, ["abduct", "kidnap", "kidnapped", "kidnapping"]),
        (.sexualAssault, ["rape"]),
        (.agree, ["agree", "sign"]),
        (.negotiate, ["negotiate"]),
        (.reject, ["reject", "rebuff", "refuse"]),
        (.disrupt, ["defuse", "intercept", "dismantle", "confiscate", "foil", "thwart", "neutralise", "neutralize",
                    "recover", "impound"]),
        (.establish, ["establish", "build", "built", "erect", "install"]),
        (.regroup, ["defect", "join", "merge", "split", "disband", "dissolve", "deploy", "redeploy", "dispatch",
                    "reinforce", "mobilise", "mobilize", "recruit", "pledge", "relocate", "form", "station"]),
        (.drop, ["drop"]),
        (.find, ["find", "found", "discover", "uncover", "unearth"]),
    ]

    /// The verbs' base forms, which after "to" are infinitives (``EventModality``).
    static let baseForms: Set<String> = Set(verbs.flatMap(\.1))

    /// Event words that are also month names: capitalised inside a sentence, "in March" is a date.
    static let months: Set<String> = ["march"]

    /// Nouns naming an event.
    private static let nouns: [(EventPredicate.Kind, [String])] = [
        (.attack, ["attack", "attacks", "assault", "assaults", "raid", "raids", "offensive", "airstrike", "airstrikes",
                   "air-strike", "air-strikes", "airstrike", "bombing", "bombings", "strike", "strikes", "onslaught"]),
        (.kill, ["killing", "killings", "massacre", "massacres", "execution", "executions", "shooting", "shootings",
                 "assassination", "lynching"]),
        (.explode, ["explosion", "explosions", "blast", "blasts", "detonation"]),
        (.shell, ["shelling", "bombardment", "barrage", "shellfire"]),
        (.clash, ["clash", "clashes", "fighting", "battle", "battles", "firefight", "gunfight", "gunbattle", "skirmish",
                  "skirmishes", "ambush", "ambushes", "hostilities", "confrontation", "confrontations"]),
        (.capture, ["capture", "seizure", "recapture", "liberation", "takeover"]),
        (.withdraw, ["withdrawal", "pullout", "retreat"]),
        (.surrender, ["surrender"]),
        (.evacuate, ["evacuation", "evacuations"]),
        (.protest, ["protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marches",
                    "sit-in", "sit-ins", "picket", "vigil"]),
        (.riot, ["riot", "riots", "rioting", "unrest"]),
        (.loot, ["looting", "arson", "vandalism"]),
        (.arrest, ["arrest", "arrests", "detention", "detentions", "crackdown"]),
        (.abduct, ["abduction", "abductions", "kidnapping", "kidnappings", "disappearance", "disappearances"]),
        (.sexualAssault, ["rape", "rapes", "gang-rape"]),
        (.agree, ["agreement", "deal", "accord", "treaty", "ceasefire", "cease-fire", "truce", "armistice", "pact"]),
        (.negotiate, ["talks", "negotiations"]),
    ]

    /// Every event word's form, with its kind and whether it is a noun.
    static let table: [String: (EventPredicate.Kind, isNoun: Bool)] = {
        var table: [String: (EventPredicate.Kind, isNoun: Bool)] = [:]
        for (kind, lemmas) in verbs {
            for lemma in lemmas {
                for form in WordForms.regular(lemma) where table[form] == nil { table[form] = (kind, false) }
            }
        }
        // Forms that are mostly other words: "fire" and "launch" are nouns of no event, "found" is
        // also "founded", "form" and "free" are adjectives and nouns, "shots" and "guns" are things.
        for other in ["shots", "founds", "founding", "fire", "fires", "launch", "launches", "form", "forms", "free",
                      "frees", "guns", "fells", "felled"] {
            table[other] = nil
        }
        for (kind, words) in nouns {
            for word in words { table[word] = (kind, true) }
        }
        // Verb readings that win over the noun: "shot" (past of shoot), "struck".
        table["shot"] = (.kill, false)
        table["gunned"] = (.kill, false)
        table["beat"] = (.kill, false)
        table["freed"] = (.capture, false)
        table["struck"] = (.attack, false)
        table["hit"] = (.attack, false)
        table["formed"] = (.regroup, false)
        table["fired"] = (.shell, false)
        table["launched"] = (.shell, false)
        table["launching"] = (.shell, false)
        return table
    }()

    /// Nouns after which an event noun is a modifier: "riot police", "protest leaders", "attack
    /// helicopters", "strike force".
    static let modifiedNouns: Set<String> = ["police", "gear", "squad", "leader", "leaders", "organisers", "organizers",
                                             "helicopter", "helicopters", "force", "group", "groups", "site", "sites",
                                             "movement", "dog", "dogs", "arrangement", "arrangements", "plan", "plans",
                                             "lines", "line", "zone", "zones", "tactics", "readiness", "experience"]

    /// Verbs that make an event only with a particle or object after them: "took control",
    /// "set up a base", "pulled out", "handed over", "shot down", "opened fire", "rounded up".
    static let phrasal: [String: [(next: String, kind: EventPredicate.Kind)]] = {
        var table: [String: [(next: String, kind: EventPredicate.Kind)]] = [:]
        func add(_ forms: [String], _ next: String, _ kind: EventPredicate.Kind) {
            for form in forms { table[form, default: []].append((next, kind)) }
        }
        let take = ["take", "takes", "took", "taken", "taking"]
        add(take, "control", .capture)
        add(take, "over", .capture)
        add(take, "streets", .protest)
        add(take, "hostage", .abduct)
        add(take, "custody", .arrest)
        add(["gain", "gains", "gained", "gaining", "seize", "seized", "seizes", "seizing", "wrest", "wrested"], "control", .capture)
        let set = ["set", "sets", "setting"]
        add(set, "up", .establish)
        add(set, "control", .capture)
        add(set, "fire", .loot)
        add(set, "ablaze", .loot)
        add(set, "alight", .loot)
        // "laid down their arms": ACLED files the surrender of arms with surrenders.
        add(["lay", "lays", "laid", "laying"], "arms", .surrender)
        add(["lay", "lays", "laid", "laying"], "weapons", .surrender)
        add(["pull", "pulls", "pulled", "pulling"], "out", .withdraw)
        add(["pull", "pulls", "pulled", "pulling"], "back", .withdraw)
        add(["hand", "hands", "handed", "handing"], "over", .withdraw)
        add(["shoot", "shoots", "shot", "shooting"], "down", .disrupt)
        add(["open", "opens", "opened", "opening"], "fire", .kill)
        add(["round", "rounds", "rounded", "rounding"], "up", .arrest)
        add(["go", "goes", "went", "gone", "going"], "strike", .protest)
        add(["stage", "stages", "staged", "staging", "hold", "holds", "held", "holding"], "protest", .protest)
        add(["gather", "gathers", "gathered", "gathering", "assembled", "converged"], "protest", .protest)
        add(["gather", "gathers", "gathered", "gathering", "assembled", "converged"], "demand", .protest)
        add(["gather", "gathers", "gathered", "gathering", "assembled", "converged"], "against", .protest)
        return table
    }()
}
