/// One canonical entity across the corpus: its names, kind, place, and how often it is mentioned.
public struct EntityRecord: Sendable, Hashable {
    public var entity: Entity
    /// Every other name it goes by: the names of the ids merged into it and the forms its
    /// mentions take, sorted.
    public var aliases: [String]
    public var mentions: Int

    public init(entity: Entity, aliases: [String], mentions: Int) {
        self.entity = entity
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// Where a record of a layer stands: its article, the outlet that carried it, and its span and text.
public struct LayerPosition: Sendable, Hashable {
    public var article: String
    public var outlet: String?
    public var span: Span
    public var text: String

    public init(article: String, outlet: String?, span: Span, text: String) {
        self.article = article
        self.outlet = outlet
        self.span = span
        self.text = text
    }
}

/// A mention, with its canonical entity and that entity's kind.
public struct MentionRecord: Sendable, Hashable {
    public var position: LayerPosition
    public var mention: EntityMention
    /// The entity the mention counts for once aliases are united.
    public var canonical: EntityID

    public init(position: LayerPosition, mention: EntityMention, canonical: EntityID) {
        self.position = position
        self.mention = mention
        self.canonical = canonical
    }
}

public struct DateRecord: Sendable, Hashable {
    public var position: LayerPosition
    public var date: TimeExpression

    public init(position: LayerPosition, date: TimeExpression) {
        self.position = position
        self.date = date
    }
}

/// A figure, with the place and date it refers to resolved to an entity and a value.
public struct QuantityRecord: Sendable, Hashable {
    public var position: LayerPosition
    public var quantity: Quantity
    public var place: EntityID?
    public var date: String?
    /// The id of the claim that owns the figure (``ClaimRecord/id``), and whoever owns it: the
    /// claim's speaker, or the outlet for the author's own figures.
    public var claim: String?
    public var owner: String?

    public init(position: LayerPosition, quantity: Quantity, place: EntityID?, date: String?, claim: String? = nil, owner: String? = nil) {
        self.position = position
        self.quantity = quantity
        self.place = place
        self.date = date
        self.claim = claim
        self.owner = owner
    }
}

/// A claim with the text of each of its parts, the speaker's canonical entity and name, the
/// claim's date (the article's when the text gives none) and what relayed it.
public struct ClaimRecord: Sendable, Hashable {
    public var position: LayerPosition
    public var claim: Claim
    /// Unique in the corpus: the article's id and the claim's place in its layer.
    public var id: String
    public var speaker: String?
    public var speakerEntity: EntityID?
    public var speakerName: String?
    public var cue: String
    public var content: String
    public var date: String?
    /// The claim id or the outlet's words it was relayed through.
    public var via: String?

    public init(position: LayerPosition, claim: Claim, id: String, speaker: String?, speakerEntity: EntityID?, speakerName: String?,
                cue: String, content: String, date: String?, via: String?) {
        self.position = position
        self.claim = claim
        self.id = id
        self.speaker = speaker
        self.speakerEntity = speakerEntity
        self.speakerName = speakerName
        self.cue = cue
        self.content = content
        self.date = date
        self.via = via
    }

    /// The id of claim `seq` of an article.
    public static func id(article: String, seq: Int) -> String { "\(article)/claims/\(seq)" }
}
