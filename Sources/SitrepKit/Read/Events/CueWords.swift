/// The words behind ``SentenceCues``: small, general lists, one cue each, and the word pairs
/// ("air strike", "tear gas", "car bomb") a single word would misread.
enum CueWords {
    static let single: [String: SentenceCues] = {
        var table: [String: SentenceCues] = [:]
        func add(_ cue: SentenceCues, _ words: [String]) { for word in words { table[word, default: []].formUnion(cue) } }
        add(.aircraft, ["airstrike", "airstrikes", "air-strike", "air-strikes", "warplane", "warplanes", "jets", "jet",
                        "aircraft", "helicopter", "helicopters", "gunship", "gunships", "drone", "drones", "airplanes",
                        "bombers", "air-raid", "air-raids", "aerial", "airpower", "sorties", "uav", "uavs"])
        add(.artillery, ["shelling", "shelled", "shells", "shell", "artillery", "mortar", "mortars", "rocket", "rockets",
                         "missile", "missiles", "howitzer", "howitzers", "katyusha", "barrage", "projectiles", "shellfire",
                         "bombardment", "bombarded", "tank", "tanks"])
        add(.explosiveDevice, ["ied", "ieds", "landmine", "landmines", "explosive", "explosives", "bomb", "bombs",
                               "booby-trapped", "booby-trap", "detonated", "mine", "mines"])
        add(.suicide, ["suicide", "self-detonated", "kamikaze"])
        add(.grenade, ["grenade", "grenades"])
        add(.chemical, ["chemical", "chlorine", "sarin", "nerve", "toxic", "poisonous", "vx", "novichok", "mustard"])
        add(.protest, ["protest", "protests", "protesters", "protestors", "demonstrators", "demonstration",
                       "demonstrations", "marchers", "rally", "rallies", "sit-in", "picket", "protested", "protesting",
                       "demonstrated", "rallied", "marched"])
        add(.intervention, ["dispersed", "disperse", "dispersing", "baton", "batons", "baton-charged", "cordoned",
                            "teargas", "tear-gas", "crackdown"])
        add(.violentCrowd, ["rioters", "stones", "stone-throwing", "rocks", "tyres", "tires", "molotov", "vandalised",
                            "vandalized", "torched", "barricades", "petrol", "violent", "violence", "violently",
                            "scuffles", "scuffled", "threw", "thrown", "hurled", "pelted", "projectiles", "smashed",
                            "breached", "blocked", "barricaded"])
        add(.mob, ["mob", "mobs", "lynched", "lynching", "lynch", "vigilante", "vigilantes", "vigilantism"])
        add(.weapons, ["weapons", "weapon", "arms", "ammunition", "ammo", "rifles", "rifle", "firearms", "firearm",
                       "guns", "pistols", "pistol", "bullets", "rounds", "cache", "caches", "explosives", "munitions",
                       "arsenal", "detonators", "ieds", "grenades"])
        add(.base, ["base", "bases", "post", "posts", "outpost", "outposts", "checkpoint", "checkpoints", "headquarters",
                    "camp", "camps", "garrison", "position", "positions"])
        add(.accident, ["accident", "accidental", "accidentally", "crashed", "derailed", "collapsed", "collapse",
                        "spill", "spilt", "spilled", "leak", "leaked", "blaze", "firefighters", "short-circuit",
                        "factory", "refinery", "warehouse", "plant", "pipeline", "mishap", "rescuers", "crash", "plunged", "overturned", "capsized", "sank", "emergency"])
        add(.disaster, ["flood", "floods", "flooding", "earthquake", "quake", "tremor", "storm", "hurricane",
                        "cyclone", "typhoon", "tornado", "landslide", "landslides", "drought", "wildfire", "wildfires",
                        "tsunami", "eruption", "volcano", "avalanche", "mudslide", "epidemic", "outbreak"])
        add(.crime, ["robbery", "robberies", "robbers", "robber", "thieves", "thief", "theft", "thefts", "burglary",
                     "burglars", "drugs", "drug", "narcotics", "cocaine", "heroin", "smuggling", "smugglers",
                     "trafficking", "traffickers", "fraud", "counterfeit", "poaching", "poachers", "burglar", "cyber",
                     "shoplifting", "extortion", "migrants"])
        add(.commerce, ["trade", "tariff", "tariffs", "export", "exports", "import", "imports", "investment", "economic",
                        "business", "companies", "company", "contract", "market",
                        "visit", "summit", "bilateral", "cooperation", "loan", "merger", "acquisition", "shares"])
        add(.responsibility, ["responsibility", "credit", "responsible", "blamed"])
        add(.diplomacy, ["sanctions", "diplomats", "diplomat", "embassy", "expelled", "expel", "expels", "expulsion"])
        add(.weaponTest, ["test", "tests", "tested", "testing", "drill", "drills", "exercise", "exercises"])
        add(.leaflets, ["leaflets", "leaflet", "flyers", "pamphlets"])
        add(.proposal, ["proposal", "proposals", "plan", "offer", "initiative", "demands", "ultimatum", "resolution"])
        add(.labourStrike, ["strikers", "walkout", "walk-out", "stoppage"])
        add(.peace, ["ceasefire", "cease-fire", "truce", "peace", "armistice", "prisoner", "prisoners", "hostages",
                     "swap", "exchange", "evacuation", "surrender", "reconciliation", "de-escalation", "disarmament"])
        return table
    }()

    static let pairs: [String: SentenceCues] = [
        "air strike": .aircraft, "air strikes": .aircraft, "air raid": .aircraft, "air raids": .aircraft,
        "air force": .aircraft, "air attack": .aircraft, "drone strike": .aircraft,
        "car bomb": .explosiveDevice, "roadside bomb": .explosiveDevice, "explosive device": .explosiveDevice,
        "explosive devices": .explosiveDevice, "land mine": .explosiveDevice, "magnetic bomb": .explosiveDevice,
        "suicide bomber": .suicide, "suicide bombers": .suicide, "suicide bombing": .suicide,
        "tear gas": .intervention, "water cannon": .intervention, "water cannons": .intervention,
        "rubber bullets": .intervention, "pepper spray": .intervention, "stun grenades": .intervention,
        "mustard gas": .chemical, "poison gas": .chemical, "toxic gas": .chemical, "chemical weapons": .chemical,
        "chemical attack": .chemical, "nerve agent": .chemical,
        "petrol bombs": .violentCrowd, "petrol bomb": .violentCrowd, "molotov cocktails": .violentCrowd,
        "burning tyres": .violentCrowd, "threw stones": .violentCrowd, "pelted stones": .violentCrowd,
        "angry mob": .mob, "angry crowd": .mob, "mob justice": .mob, "jungle justice": .mob,
        "without resistance": .unopposed, "without fighting": .unopposed, "went unopposed": .unopposed,
        "any resistance": .unopposed, "no resistance": .unopposed,
        "general strike": .labourStrike, "hunger strike": .labourStrike, "on strike": .labourStrike,
        "claimed responsibility": .responsibility, "be behind": .responsibility, "riot police": .intervention, "claim responsibility": .responsibility,
        "fire broke": .accident, "gas explosion": .accident, "gas cylinder": .accident, "caught fire": .accident,
        "peace deal": .peace, "peace agreement": .peace, "peace talks": .peace,
        "observation point": .base, "observation post": .base, "military base": .base,
    ]

    /// Whether a gas named in the sentence is a weapon of war and not tear gas.
    static func hasWarGas(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { ["chlorine", "sarin", "mustard", "vx", "novichok"].contains($0.norm) }
    }
}
