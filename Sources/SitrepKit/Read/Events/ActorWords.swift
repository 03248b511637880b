/// Nouns that say what kind of actor a phrase names, as ACLED files actors: "troops" and "police"
/// are state forces, "insurgents" a rebel group, "villagers" civilians. A phrase's last such noun
/// is its head ("rebel fighters" are fighters of a rebel group; "army officers" are the army's).
enum ActorWords {
    static let kinds: [String: EventActor.Kind] = {
        var table: [String: EventActor.Kind] = [:]
        func add(_ kind: EventActor.Kind, _ words: [String]) { for word in words { table[word] = kind } }
        add(.stateForces, ["army", "armies", "military", "troops", "troop", "soldiers", "soldier", "police", "policemen",
                           "policeman", "gendarmes", "gendarmerie", "navy", "regime", "government", "junta", "marines",
                           "commandos", "paratroopers", "officers", "authorities", "guards", "guardsmen", "coast",
                           "security", "pro-government", "pro-regime", "loyalist", "loyalists", "sheriff", "cops",
                           "servicemen", "battalion", "brigade", "forces", "force", "sailors", "airmen", "state", "warplanes",
                           "jets", "helicopters", "aircraft", "gunships", "units", "peacekeepers", "coalition"])
        add(.rebelGroup, ["rebels", "rebel", "insurgents", "insurgent", "militants", "militant", "jihadists", "jihadist",
                          "terrorists", "terrorist", "guerrillas", "guerrilla", "guerillas", "extremists", "separatists",
                          "separatist", "islamists", "islamist", "fighters", "gunmen", "gunman", "assailants",
                          "attackers", "attacker", "bandits", "insurgency", "opposition", "mujahideen", "takfiris",
                          "dissidents", "armed"])
        add(.politicalMilitia, ["militia", "militias", "militiamen", "paramilitaries", "paramilitary"])
        add(.identityMilitia, ["tribesmen", "clansmen", "herders", "herdsmen", "vigilantes", "vigilante"])
        add(.civilians, ["civilians", "civilian", "villagers", "residents", "people", "children", "women", "men",
                         "students", "farmers", "passengers", "worshippers", "journalists", "journalist", "teachers",
                         "workers", "family", "families", "refugees", "pilgrims", "shoppers", "patients", "doctors",
                         "man", "woman", "boy", "girl", "girls", "boys", "child", "villager", "resident", "worker",
                         "mourners", "children's", "locals", "aid", "pupils", "nurses", "traders", "voters", "doctor",
                         "nurse", "teacher", "student", "farmer", "trader", "shopkeeper", "worshipper", "pilgrim"])
        add(.protesters, ["protesters", "protestors", "demonstrators", "marchers", "strikers", "activists", "protest",
                          "demonstration", "rally", "sit-in", "crowd", "crowds"])
        add(.rioters, ["rioters", "mob", "mobs", "hooligans", "youths", "thugs"])
        return table
    }()

    /// Heads that say little alone: "rebel forces" are rebels, "Turkish forces" a state's, "ISIS
    /// fighters" the named group's. Their phrase's other words decide.
    static let generic: Set<String> = ["forces", "force", "units", "fighters", "brigade", "battalion", "security", "armed",
                                       "men", "people", "state", "coalition", "government"]

    /// State words too common outside conflict to say, alone, that a sentence is about one:
    /// "authorities said", "the government announced", "officers responded".
    static let weak: Set<String> = ["authorities", "officers", "government", "state", "security", "coast", "guards",
                                    "sheriff", "cops", "coalition", "police", "policemen", "policeman"]

    /// Words that make a following "forces"/"troops" a state's whatever the rest says:
    /// "government forces", "security forces", "regime troops".
    static let stateQualifiers: Set<String> = ["government", "security", "regime", "state", "federal", "national",
                                               "pro-government", "pro-regime", "army", "armed", "military", "police",
                                               "special", "coalition", "allied", "presidential", "republican"]
}
