/// The word lists a token's word belongs to, as bits: every list of ``NameWords``, the common
/// words, first names and surnames, a foreign organisation head, a nationality word.
///
///     WordClass.of("minister").contains(.roleHead)   // true
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let function = WordClass(rawValue: 1 << 0)
    static let calendar = WordClass(rawValue: 1 << 1)
    static let connector = WordClass(rawValue: 1 << 2)
    static let compass = WordClass(rawValue: 1 << 3)
    static let roleHead = WordClass(rawValue: 1 << 4)
    static let roleModifier = WordClass(rawValue: 1 << 5)
    static let organisationHead = WordClass(rawValue: 1 << 6)
    static let placeHead = WordClass(rawValue: 1 << 7)
    static let outletHead = WordClass(rawValue: 1 << 8)
    static let outletOpener = WordClass(rawValue: 1 << 9)
    static let outletCue = WordClass(rawValue: 1 << 10)
    static let groupCue = WordClass(rawValue: 1 << 11)
    static let placeCue = WordClass(rawValue: 1 << 12)
    static let reportingVerb = WordClass(rawValue: 1 << 13)
    static let sayingVerb = WordClass(rawValue: 1 << 14)
    static let personNoun = WordClass(rawValue: 1 << 15)
    static let creedOrLanguage = WordClass(rawValue: 1 << 16)
    static let placeAbbreviation = WordClass(rawValue: 1 << 17)
    static let commonWord = WordClass(rawValue: 1 << 18)
    static let firstName = WordClass(rawValue: 1 << 19)
    static let surname = WordClass(rawValue: 1 << 20)
    /// "Jabhat", "Jeish", "Liwa": by skeleton, so every transliteration (``NameKey/foreignHeadGloss(_:)``).
    static let foreignHead = WordClass(rawValue: 1 << 21)
    /// A nationality word of the lexicon ("syrian"); ``WordClasses`` sets it, the static table cannot.
    static let nationality = WordClass(rawValue: 1 << 22)

    static let calendarOrFunction: WordClass = [.calendar, .function]

    /// Every static list in one byte-keyed table: a word's classes cost one cheap hash of its
    /// bytes, not one `String` hash per list.
    private static let table: (keys: ByteKeyTable, classes: [WordClass]) = {
        var keys = ByteKeyTable(expectedCount: CommonWords.words.count + FirstNames.words.count + Surnames.words.count)
        var classes: [WordClass] = []
        func add(_ words: some Sequence<String>, _ word: WordClass) {
            for w in words {
                var w = w
                let (id, isNew) = w.withUTF8 { keys.insert($0) }
                if isNew { classes.append(word) } else { classes[id].insert(word) }
            }
        }
        add(NameWords.function, .function)
        add(NameWords.calendar, .calendar)
        add(NameWords.connectors, .connector)
        add(NameWords.compass, .compass)
        add(NameWords.roleHeads, .roleHead)
        add(NameWords.roleModifiers, .roleModifier)
        add(NameWords.organisationHeads, .organisationHead)
        add(NameWords.placeHeads, .placeHead)
        add(NameWords.outletHeads, .outletHead)
        add(NameWords.outletOpeners, .outletOpener)
        add(NameWords.outletCues, .outletCue)
        add(NameWords.groupCues, .groupCue)
        add(NameWords.placeCues, .placeCue)
        add(NameWords.reportingVerbs, .reportingVerb)
        add(NameWords.sayingVerbs, .sayingVerb)
        add(NameWords.personNouns, .personNoun)
        add(NameWords.creedsAndLanguages, .creedOrLanguage)
        add(NameWords.placeAbbreviations, .placeAbbreviation)
        add(CommonWords.words, .commonWord)
        add(FirstNames.words, .firstName)
        add(Surnames.words, .surname)
        return (keys, classes)
    }()

    /// The classes of a norm from the static lists (not ``foreignHead`` or ``nationality``).
    static func of(_ norm: String) -> WordClass {
        var norm = norm
        return norm.withUTF8 { table.keys.find($0) }.map { table.classes[$0] } ?? []
    }
}

/// Each token's ``WordClass`` and nationality, looked up once per token (foreign heads and
/// nationalities once per distinct word that can open a name: capitalised, in capitals, or with
/// a hyphen, apostrophe or accent). The name finder and its cues ask a dozen lists about the same
/// few tokens, and hashing the word as a `String` for each was most of their time.
///
///     let words = WordClasses(document, lexicon: lexicon)
///     words[i].contains(.roleHead)     // "Minister" in "Foreign Minister Sergey Lavrov"
///     words.nationality(i)             // "RU" for "Russian"
struct WordClasses {
    private var classes: [WordClass]
    private var countries: [String?]

    init(_ document: ReadingDocument, lexicon: any PlaceLexicon) {
        let tokens = document.tokens
        classes = Array(repeating: [], count: tokens.count)
        countries = Array(repeating: nil, count: tokens.count)
        // The words that can open a name, each asked once: (foreign head, nationality) by id.
        var asked = ByteKeyTable(expectedCount: max(16, tokens.count / 8))
        var answers: [(Bool, String?)] = []
        for (i, t) in tokens.enumerated() {
            // Every token, not only words: "&" is a connector ("Johnson & Johnson").
            var word = WordClass.of(t.norm)
            // A foreign head or a nationality is written capitalised, or against an article ("al-Jaish").
            if t.kind == .word, t.isCapitalised || t.isAllCaps || !t.norm.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                var norm = t.norm
                let (id, isNew) = norm.withUTF8 { asked.insert($0) }
                if isNew { answers.append((NameKey.foreignHeadGloss(norm) != nil, lexicon.countryOfNationality(norm))) }
                let (foreign, country) = answers[id]
                if foreign { word.insert(.foreignHead) }
                if let country { word.insert(.nationality); countries[i] = country }
            }
            classes[i] = word
        }
    }

    subscript(_ i: Int) -> WordClass { classes[i] }

    /// The country of the token's nationality word ("Syrian" → "SY"), if it is one.
    func nationality(_ i: Int) -> String? { countries[i] }
}
