/// A statement the text attributes to someone: who, by which words, what, and how.
///
///     // "Moscow says no agreement has been reached, Ryabkov told RIA on Sunday."
///     Claim(speaker: <"Ryabkov">, speakerEntity: person:…, cue: <"told">, cueLemma: "tell",
///           content: <"no agreement has been reached">, quote: false, stance: .deny, date: dates/3)
///
/// The annotation's span runs from the first to the last of speaker, cue and content. `speaker`
/// is the words the sentence names the speaker by: a name, a description ("a Syrian military
/// source"), or a pronoun or role noun ("he", "the minister"), which `speakerEntity` resolves to
/// the named speaker it stands for.
public struct Claim: Sendable, Hashable, Codable {
    /// The speaker's words in the sentence, or nil when the text names no one ("it was reported").
    public var speaker: Span?
    /// The entity the speaker is, when a named one is found: in the speaker's words, or the one a
    /// pronoun or role noun stands for.
    public var speakerEntity: EntityID?
    public var cue: Span
    /// The cue's reporting verb or phrase in its base form ("say", "tell", "according to").
    public var cueLemma: String
    public var tense: Tense?
    public var content: Span
    /// A direct quotation (which may run over several sentences or paragraphs), not a paraphrase.
    public var quote: Bool
    public var stance: Stance
    /// The hedge the text puts on it ("reportedly", "allegedly"), or nil.
    public var hedge: String?
    /// The date the claim was made, a date of the text ("said on Sunday"); nil means the article's.
    public var date: AnnotationID?
    /// Whom the speaker's words were relayed through: another claim of the text ("X quoted Y as
    /// saying"), or an outlet ("comments reported by RIA").
    public var via: Via?

    public init(speaker: Span?, speakerEntity: EntityID? = nil, cue: Span, cueLemma: String,
                tense: Tense? = nil, content: Span, quote: Bool, stance: Stance = .assert, hedge: String? = nil,
                date: AnnotationID? = nil, via: Via? = nil) {
        self.speaker = speaker
        self.speakerEntity = speakerEntity
        self.cue = cue
        self.cueLemma = cueLemma
        self.tense = tense
        self.content = content
        self.quote = quote
        self.stance = stance
        self.hedge = hedge
        self.date = date
        self.via = via
    }

    public var hedged: Bool { hedge != nil }

    public enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
        /// The speaker says it is so.
        case assert
        /// The speaker denies it: a denial cue ("denied", "rejected reports that") or a negated
        /// proposition ("no agreement has been reached").
        case deny
    }

    public enum Tense: String, Sendable, Hashable, Codable, CaseIterable {
        case past, present, future
    }

    public enum Via: Sendable, Hashable, Codable {
        /// Another claim of the same article relays this one.
        case claim(AnnotationID)
        /// An outlet carried the words ("reported by RIA news agency").
        case outlet(Span, EntityID?)
    }
}
