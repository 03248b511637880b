/// What a sentence says besides its event words: the instrument (warplanes, artillery, a roadside
/// bomb), whether it is about protesters, a mob, weapons or a base, and whether it reads as an
/// accident, a disaster, a crime or trade rather than political violence. Read in one pass over
/// the sentence's tokens, each token looked up with at most the one before it.
///
///     // "A roadside bomb killed two soldiers near Gao."
///     SentenceCues.read(tokens[range]).contains(.explosiveDevice)   // true
struct SentenceCues: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let aircraft = SentenceCues(rawValue: 1 << 0)
    static let artillery = SentenceCues(rawValue: 1 << 1)
    static let explosiveDevice = SentenceCues(rawValue: 1 << 2)
    static let suicide = SentenceCues(rawValue: 1 << 3)
    static let grenade = SentenceCues(rawValue: 1 << 4)
    static let chemical = SentenceCues(rawValue: 1 << 5)
    /// Protesters or a protest named as such.
    static let protest = SentenceCues(rawValue: 1 << 6)
    /// Police breaking up a protest: tear gas, water cannon, dispersal, rubber bullets.
    static let intervention = SentenceCues(rawValue: 1 << 7)
    /// Protesters turning violent: stones, petrol bombs, burning tyres, rioters.
    static let violentCrowd = SentenceCues(rawValue: 1 << 8)
    static let mob = SentenceCues(rawValue: 1 << 9)
    /// Weapons as things seized or found: arms, ammunition, explosives, a cache.
    static let weapons = SentenceCues(rawValue: 1 << 10)
    /// A base, post, checkpoint or headquarters.
    static let base = SentenceCues(rawValue: 1 << 11)
    static let accident = SentenceCues(rawValue: 1 << 12)
    static let disaster = SentenceCues(rawValue: 1 << 13)
    static let crime = SentenceCues(rawValue: 1 << 14)
    /// Trade, money and diplomacy words that make a "deal" or "agreement" no ACLED event.
    static let commerce = SentenceCues(rawValue: 1 << 15)
    /// Someone claiming or denying responsibility: an attribution, not the event's report.
    static let responsibility = SentenceCues(rawValue: 1 << 16)
    static let leaflets = SentenceCues(rawValue: 1 << 17)
    /// A proposal, plan or offer, what a rejection rejects.
    static let proposal = SentenceCues(rawValue: 1 << 18)
    /// "without a fight", "without resistance": a transfer of territory with no battle.
    static let unopposed = SentenceCues(rawValue: 1 << 19)
    /// A labour strike or strikers, a protest called a strike.
    static let labourStrike = SentenceCues(rawValue: 1 << 20)
    /// Sanctions and expelled diplomats: a state's answer in words, reported as such.
    static let diplomacy = SentenceCues(rawValue: 1 << 22)
    /// A weapons test or drill: a launch that hits no one.
    static let weaponTest = SentenceCues(rawValue: 1 << 23)
    /// Peace, ceasefire, prisoner exchange: what an agreement between armed actors is about.
    static let peace = SentenceCues(rawValue: 1 << 21)

    /// The cues of a stretch of tokens.
    static func read(_ tokens: ArraySlice<Token>) -> SentenceCues {
        var cues: SentenceCues = []
        var previous = ""
        for token in tokens where token.kind == .word {
            let word = token.norm
            if let cue = CueWords.single[word] { cues.formUnion(cue) }
            if let cue = CueWords.pairs[previous + " " + word] { cues.formUnion(cue) }
            previous = word
        }
        // Tear gas is the police's, not a chemical weapon.
        if cues.contains(.intervention), !CueWords.hasWarGas(tokens) { cues.remove(.chemical) }
        return cues
    }
}
