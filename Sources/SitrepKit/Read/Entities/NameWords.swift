/// The small, general English word lists the entity reader reads names by: function words,
/// calendar words, titles and roles, and the head nouns that say what kind of thing a name
/// names. Hand-written from English grammar and newsroom usage; none of them lists any article's
/// names. Every word is lowercase, as ``Token/norm`` is. The larger lists are generated:
/// ``CommonWords`` (SCOWL) and ``FirstNames`` (US Census), by `scripts/build_name_words.py`.
enum NameWords {
    /// Words that are capitalised only because they open a sentence or a headline.
    static let function: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "who", "whom", "whose", "which",
        "what", "when", "where", "why", "how", "while", "if", "but", "and", "or", "nor", "so", "yet", "as", "at",
        "by", "for", "from", "in", "into", "of", "on", "onto", "to", "with", "without", "within", "after",
        "before", "since", "until", "during", "over", "under", "about", "against", "between", "among", "amid",
        "through", "across", "near", "there", "here", "then", "now", "also", "all", "any", "some", "many",
        "most", "much", "more", "few", "several", "both", "each", "every", "other", "another", "such", "no",
        "not", "yes", "however", "meanwhile", "earlier", "later", "still", "even", "only", "just", "although",
        "though", "because", "whether", "once", "according", "despite", "following", "instead", "thus",
        "therefore", "moreover", "furthermore", "nevertheless", "indeed", "perhaps", "maybe", "asked", "said",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "may", "might", "must", "shall", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten",
        "mr", "mrs", "ms", "update", "exclusive", "video", "photo", "photos", "watch", "breaking", "read",
        "see", "via", "per", "etc", "ok", "okay", "oh", "please", "thanks",
    ]

    /// Months, weekdays and their abbreviations, and clock words: capitalised, never names here.
    static let calendar: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a.m.", "p.m.", "et", "gmt",
        "utc", "est", "edt", "pst", "pdt", "cst", "cet", "bst", "christmas", "easter", "ramadan", "eid",
        "passover", "hanukkah", "thanksgiving", "halloween", "lent", "diwali", "yom", "kippur", "nowruz",
    ]

    /// Abbreviations that open a place's name: "St. Petersburg", "Ft. Worth", "Mt. Kenya".
    static let placeAbbreviations: Set<String> = ["st", "ste", "ft", "mt", "pt"]

    /// Heads of street names: an address, not a place to put on a map ("Main Street", "County Road 12").
    static let streetHeads: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "highway", "hwy", "lane", "ln", "drive",
        "parkway", "pkwy", "pike", "trail", "terrace", "alley", "expressway", "turnpike",
    ]

    /// Lowercase words that join the capitalised words of one name ("Syrian Observatory for Human
    /// Rights", "Staffan de Mistura", "Osama bin Laden"), only between two capitalised words.
    static let connectors: Set<String> = [
        "of", "for", "the", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "van", "von",
        "der", "den", "ter", "le", "la", "bin", "ibn", "bint", "ben", "al", "el", "y", "&",
    ]

    /// Arabic articles written against the word they define ("al-Sham", "el-Sisi", "ash-Sham"):
    /// such a word is part of a name when the letter after the hyphen is a capital.
    static let articlePrefixes: [String] = ["al-", "el-", "al‑", "as-", "ash-", "ad-", "adh-", "an-", "ar-", "at-", "az-", "al'", "el'", "wal-", "wa-"]

    /// Compass words: "East Aleppo", "northern Syria" name the place with a part of it.
    static let compass: Set<String> = [
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "upper", "lower", "greater", "old", "middle", "far", "near",
    ]

    // MARK: Persons

    /// Titles and roles that stand before a person's name ("President", "Deputy Foreign Minister",
    /// "Gen.", "spokesman"): a role's head. A name written right after one is a person.
    static let roleHeads: Set<String> = [
        "president", "vice-president", "minister", "secretary", "secretary-general", "ambassador", "envoy",
        "king", "queen", "prince", "princess", "emir", "sheikh", "shaykh", "sultan", "pope", "cardinal",
        "bishop", "archbishop", "imam", "ayatollah", "rabbi", "pastor", "father", "chancellor", "premier",
        "governor", "mayor", "senator", "sen", "congressman", "congresswoman", "representative", "rep",
        "lawmaker", "mp", "speaker", "chairman", "chairwoman", "chair", "chief", "director", "commissioner",
        "spokesman", "spokeswoman", "spokesperson", "leader", "commander", "general", "gen", "colonel", "col",
        "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "corporal", "cpl", "private",
        "admiral", "adm", "marshal", "brigadier", "officer", "judge", "justice", "prosecutor", "attorney",
        "sheriff", "detective", "inspector", "superintendent", "coach", "dr", "doctor", "prof", "professor",
        "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "gov", "pres", "amb", "chieftain", "founder",
        "ceo", "cfo", "coo", "head", "coordinator", "adviser", "advisor", "aide", "deputy", "councilman",
        "councilwoman", "councillor", "councilor", "trustee", "superintendant", "principal", "rev", "reverend",
        "analyst", "expert", "journalist", "reporter", "correspondent", "editor", "researcher", "coroner",
        "clerk", "assessor", "auditor", "treasurer", "manager", "administrator", "supervisor", "marshal",
    ]

    /// Words that qualify a role ("Deputy Foreign Minister", "former Prime Minister",
    /// "Secretary of State", "special envoy").
    static let roleModifiers: Set<String> = [
        "deputy", "vice", "foreign", "defence", "defense", "interior", "finance", "economy", "justice",
        "health", "education", "energy", "oil", "trade", "information", "prime", "acting", "former", "ex",
        "interim", "special", "senior", "top", "chief", "general", "assistant", "associate", "executive",
        "military", "state", "supreme", "grand", "crown", "first", "lead", "regional", "national", "local",
        "rebel", "opposition", "militant", "army", "police", "field", "presidential", "ministry", "government",
        "elected", "newly", "outgoing", "incoming", "then", "un", "u.n.", "eu", "nato", "high",
        "permanent", "tribal", "religious", "spiritual", "party", "group",
        "affairs", "humanitarian", "security", "intelligence", "peace", "lieutenant", "staff", "police",
        "secretary", "attorney", "press", "media", "communications", "foreign-affairs", "of", "the", "for",
        "public",
    ]

    /// Nouns written in apposition to a person (", an expert in", ", a spokesman for").
    static let personNouns: Set<String> = [
        "expert", "analyst", "spokesman", "spokeswoman", "spokesperson", "official", "commander", "leader",
        "journalist", "reporter", "correspondent", "resident", "activist", "researcher", "professor",
        "lawyer", "doctor", "director", "minister", "president", "member", "founder", "author", "writer",
        "editor", "adviser", "advisor", "aide", "son", "daughter", "wife", "husband", "mother", "father",
        "brother", "sister", "man", "woman", "boy", "girl", "student", "teacher", "farmer", "soldier",
        "fighter", "volunteer", "witness", "survivor", "negotiator", "diplomat", "envoy", "politician",
        "candidate", "senator", "governor", "mayor", "chairman", "ceo", "executive", "officer", "veteran",
        "coach", "player", "owner", "manager", "historian", "economist", "scholar", "cleric", "priest", "imam",
        "colonel", "general", "lieutenant", "captain", "sergeant", "worker", "nurse", "surgeon", "pilot",
        "defendant", "suspect", "victim", "blogger", "photographer", "filmmaker", "artist", "singer", "actor",
    ]

    /// Verbs of saying right after a name ("Ryabkov said"): a cue, weighed with the rest.
    static let sayingVerbs: Set<String> = [
        "said", "says", "told", "added", "stated", "warned", "claimed", "insisted", "explained", "noted",
        "argued", "wrote", "tweeted", "declared", "denied", "confirmed", "announced",
    ]

    // MARK: Organisations and outlets

    /// Head nouns of organisations: the last word of "the Nusra Front", "the Syrian Army",
    /// "Ministry of Defence", "National Defense Forces".
    static let organisationHeads: Set<String> = [
        "front", "army", "armies", "brigade", "brigades", "battalion", "battalions", "regiment", "division",
        "corps", "forces", "force", "guard", "guards", "militia", "militias", "legion", "movement", "party",
        "parties", "league", "alliance", "coalition", "union", "federation", "confederation", "council",
        "committee", "commission", "ministry", "department", "office", "agency", "bureau", "service",
        "services", "authority", "authorities", "administration", "directorate", "secretariat", "government",
        "parliament", "assembly", "congress", "senate", "house", "court", "tribunal", "police", "gendarmerie",
        "navy", "airforce", "group", "organization", "organisation", "association", "society", "institute",
        "institution", "foundation", "fund", "bank", "company", "corporation", "corp", "inc", "ltd", "llc",
        "plc", "co", "group", "network", "center", "centre", "observatory", "university", "college", "school",
        "academy", "church", "mission", "crescent", "cross", "nations", "state", "caliphate", "emirate",
        "cartel", "gang", "club", "team", "board", "chamber", "cabinet", "staff",
        "command", "headquarters", "hq", "unit", "units", "squad", "monitor", "watch", "programme", "program",
        "initiative", "project", "bloc", "junta", "republic", "kingdom", "diet", "knesset", "duma", "majlis",
        "hospital", "clinic", "commune", "ngo",
    ]

    /// Head nouns of Arabic (and a few other languages') organisation names, with the English head
    /// they translate: "Jabhat al-Nusra" is "the Nusra Front", "Jaish al-Fatah" is the Fatah Army.
    /// Spelled here once; every transliteration (Jeish, Jaysh) reaches them through ``NameKey``.
    static let foreignOrganisationHeads: [String: String] = [
        "jabhat": "front", "jabha": "front", "jebhat": "front", "jabhet": "front",
        "jaish": "army", "jaysh": "army", "jeish": "army", "liwa": "brigade", "liwaa": "brigade",
        "kataib": "brigades", "kata'ib": "brigades", "katibat": "battalion", "katiba": "battalion",
        "harakat": "movement", "haraka": "movement", "hizb": "party", "faylaq": "corps", "failaq": "corps",
        "saraya": "companies", "tanzim": "organisation", "majlis": "council", "ansar": "supporters",
        "hayat": "committee", "hay'at": "committee", "frente": "front",
        "ejercito": "army", "ejército": "army", "fuerzas": "forces", "partido": "party", "movimiento": "movement",
        "armée": "army", "armee": "army", "parti": "party", "mouvement": "movement", "tatmadaw": "army",
    ]

    /// English heads that ``NameKey`` puts first, so that "Nusra Front" and "Jabhat al-Nusra" share a key.
    static let translatableHeads: Set<String> = Set(foreignOrganisationHeads.values)

    /// Lowercase nouns after a name that say it is a group ("Fatah Halab militant coalitions",
    /// "2,000 Hizbullah fighters", "Hamas officials").
    static let groupCues: Set<String> = [
        "militants", "militant", "fighters", "fighter", "rebels", "rebel", "insurgents", "terrorists",
        "terrorist", "jihadists", "jihadist", "group", "groups", "coalition", "coalitions", "faction",
        "factions", "militia", "militias", "forces", "troops", "members", "member", "officials", "leaders",
        "leadership", "commanders", "commander", "spokesman", "spokeswoman", "spokesperson", "gunmen",
        "units", "positions", "operatives", "supporters", "loyalists", "-backed", "-led", "-linked",
        "-affiliated", "-held", "-controlled", "affiliate", "affiliates", "linked", "backed", "led",
        "controlled", "held", "allied", "offensive", "headquarters", "statement", "alliance", "brigade",
        "cadres", "movement", "party",
    ]

    /// Head nouns of news outlets ("The Washington Post", "Fars News Agency", "Radio Sputnik").
    static let outletHeads: Set<String> = [
        "news", "post", "times", "herald", "tribune", "journal", "gazette", "telegraph", "guardian", "chronicle",
        "observer", "independent", "express", "mirror", "sun", "star", "courier", "examiner", "inquirer",
        "bulletin", "dispatch", "register", "review", "record", "reporter", "standard", "monitor", "daily",
        "weekly", "magazine", "press", "radio", "tv", "television", "broadcasting", "broadcast", "channel",
        "networks", "media", "wire", "newswire", "online", "today", "gazeta", "novosti", "pravda", "izvestia",
    ]

    /// Words that open an outlet's name ("Radio Sputnik", "Al Jazeera" is a name already).
    static let outletOpeners: Set<String> = ["radio", "tv", "television"]

    /// Lowercase nouns after a name that say it is an outlet ("the al-Watan newspaper",
    /// "RIA news agency", "Amaq news agency", "the al-Hadas news website").
    static let outletCues: Set<String> = [
        "newspaper", "newspapers", "daily", "weekly", "website", "site", "tv", "television", "channel",
        "broadcaster", "radio", "magazine", "outlet", "outlets", "reporter", "reporters", "correspondent",
        "correspondents", "journalist", "journalists", "agency", "agencies", "wire", "newswire",
    ]

    /// Verbs whose subject, when it is not a person, is an outlet ("FNA reported", "SANA reports").
    static let reportingVerbs: Set<String> = ["reported", "reports", "reporting", "broadcast", "aired", "published"]

    // MARK: Places

    /// Lowercase nouns after or before a name that say it is a place ("the al-Maadi district",
    /// "Idlib province", "the province of Idlib").
    static let placeCues: Set<String> = [
        "district", "districts", "neighborhood", "neighbourhood", "neighborhoods", "quarter", "province",
        "governorate", "region", "city", "town", "village", "county", "state", "municipality", "suburb",
        "area", "countryside", "valley", "river", "mountains", "border", "enclave", "airport", "airbase",
        "base", "camp", "island", "islands", "coast", "township", "parish", "borough", "oblast", "raion",
        "prefecture", "department", "canton", "commune", "capital", "port", "desert", "plain", "hills",
    ]

    /// Head nouns of names of places the gazetteer may not hold ("Umayyad Mosque", "Aleppo
    /// Citadel", "Karam al-Daadaa neighborhood", "Old City").
    static let placeHeads: Set<String> = [
        "mosque", "citadel", "square", "street", "st", "road", "avenue", "ave", "boulevard", "blvd", "bridge",
        "airport", "airbase", "port", "harbor", "harbour", "district", "neighborhood", "neighbourhood",
        "quarter", "province", "governorate", "county", "city", "town", "village", "valley", "river", "lake",
        "mountain", "mountains", "mount", "mt", "hill", "hills", "island", "islands", "peninsula", "desert",
        "sea", "ocean", "gulf", "bay", "coast", "strait", "canal", "dam", "park", "camp", "crossing", "gate",
        "palace", "castle", "cathedral", "temple", "shrine", "stadium", "highway", "freeway", "parkway",
        "plaza", "mall", "beach", "creek", "springs", "heights", "falls", "township", "region", "oblast",
        "basin", "plateau", "forest", "field", "fields", "airfield", "base",
    ]

    /// Prepositions that put a place after them ("in Homs", "near Hama", "to Idlib").
    static let locativePrepositions: Set<String> = [
        "in", "at", "near", "to", "from", "into", "toward", "towards", "outside", "inside", "across", "around",
        "throughout", "across", "via", "between", "through", "of", "north", "south", "east", "west", "within",
        "entered", "reached", "visited", "left", "fled", "captured", "seized", "besieged", "shelled", "bombed",
        "liberated", "recaptured", "retook", "stormed", "attacked", "surrounded", "encircled", "enter",
        "reach", "visit", "leave", "flee", "capture", "seize", "retake", "storm", "attack", "surround",
    ]

    /// Adjectives and nouns of faiths, creeds and languages: capitalised in English, names of no one
    /// thing ("Sunni rebels", "Shi'ite militias", "Arabic-language", "Jihadis").
    static let creedsAndLanguages: Set<String> = [
        "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "shi'ite", "shi’ite", "shi'ites", "shi’ites", "alawite",
        "alawites", "druze", "ismaili", "christian", "christians", "muslim", "muslims", "moslem", "jewish", "jew", "jews",
        "catholic", "catholics", "protestant", "protestants", "orthodox", "evangelical", "hindu", "hindus",
        "buddhist", "buddhists", "sikh", "sikhs", "islamist", "islamists", "jihadi", "jihadis", "jihadist",
        "jihadists", "salafi", "salafis", "salafist", "salafists", "wahhabi", "takfiri", "takfiris", "islamic",
        "arabic", "english", "french", "spanish", "russian-language", "persian", "farsi", "urdu", "hebrew",
        "democrat", "democrats", "republican", "republicans", "communist", "communists", "marxist", "maoist",
        "maoists", "socialist", "socialists", "liberal", "liberals", "conservative", "conservatives",
        "western", "eastern", "northern", "southern", "westerners", "god", "allah", "internet", "web",
    ]

    static func isCalendarOrFunction(_ norm: String) -> Bool { function.contains(norm) || calendar.contains(norm) }
}
