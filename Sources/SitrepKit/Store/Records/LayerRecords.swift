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
    /// The canonical entity of the place the figure's measure is of (``Measure/place``).
    public var measurePlace: EntityID?

    public init(position: LayerPosition, quantity: Quantity, place: EntityID?, date: String?, claim: String? = nil, owner: String? = nil,
                measurePlace: EntityID? = nil) {
        self.position = position
        self.quantity = quantity
        self.place = place
        self.date = date
        self.claim = claim
        self.owner = owner
        self.measurePlace = measurePlace
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
    /// The outlet that republished the article, when it is a copy: the last link of the chain
    /// (speaker, the outlet that reported it, the outlet that copied that report).
    public var republisher: String?

    public init(position: LayerPosition, claim: Claim, id: String, speaker: String?, speakerEntity: EntityID?, speakerName: String?,
                cue: String, content: String, date: String?, via: String?, republisher: String? = nil) {
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
        self.republisher = republisher
    }

    /// The id of claim `seq` of an article.
    public static func id(article: String, seq: Int) -> String { "\(article)/claims/\(seq)" }
}

/// An event with what its annotation points at resolved for a reader of the corpus: each actor's
/// words and canonical name, the place's name and point, the date with its precision (the
/// article's date when the sentence gives none), the figures of killed and wounded, the claim.
public struct EventRecord: Sendable, Hashable {
    /// The sentence the event is read from.
    public var position: LayerPosition
    public var event: Event
    /// Unique in the corpus: the article's id and the event's place in its layer.
    public var id: String
    public var actor1: Actor?
    public var actor2: Actor?
    public var place: Place?
    public var date: String?
    public var datePrecision: TimeExpression.Precision?
    /// Whether the date is written in the sentence (else it is the article's publication date).
    public var dateInText: Bool
    /// The lower bound of each figure ("at least 12", "4-5" gives 4), as ACLED counts fatalities.
    public var killed: Double?
    public var wounded: Double?
    /// ``ClaimRecord/id`` of the claim that reports the event.
    public var claim: String?

    public init(position: LayerPosition, event: Event, id: String, actor1: Actor?, actor2: Actor?, place: Place?, date: String?,
                datePrecision: TimeExpression.Precision?, dateInText: Bool, killed: Double?, wounded: Double?, claim: String?) {
        self.position = position
        self.event = event
        self.id = id
        self.actor1 = actor1
        self.actor2 = actor2
        self.place = place
        self.date = date
        self.datePrecision = datePrecision
        self.dateInText = dateInText
        self.killed = killed
        self.wounded = wounded
        self.claim = claim
    }

    public struct Actor: Sendable, Hashable {
        public var text: String
        /// The canonical entity's name, when the words name one.
        public var name: String?
        public var entity: EntityID?
        public var kind: EventActor.Kind

        public init(text: String, name: String?, entity: EntityID?, kind: EventActor.Kind) {
            self.text = text
            self.name = name
            self.entity = entity
            self.kind = kind
        }
    }

    public struct Place: Sendable, Hashable {
        public var name: String
        public var entity: EntityID
        public var latitude: Double?
        public var longitude: Double?
        public var country: String?

        public init(name: String, entity: EntityID, latitude: Double?, longitude: Double?, country: String?) {
            self.name = name
            self.entity = entity
            self.latitude = latitude
            self.longitude = longitude
            self.country = country
        }
    }

    /// The id of event `seq` of an article.
    public static func id(article: String, seq: Int) -> String { "\(article)/events/\(seq)" }
}

/// A figure with a measure, with what lining it up across articles needs: its sentence (to show
/// and link), its paragraph (to tell which story segment holds it), its day (the date the text
/// gives it, else its claim's, else the article's) and the name of the place it is of.
public struct MeasuredFigureRecord: Sendable, Hashable {
    public var figure: QuantityRecord
    public var measure: Measure
    public var sentence: Span
    public var sentenceText: String
    public var paragraph: Int
    /// An ISO value: a day, or a month or year when that is all the text says.
    public var day: String?
    public var placeName: String?

    public init(figure: QuantityRecord, measure: Measure, sentence: Span, sentenceText: String, paragraph: Int, day: String?,
                placeName: String?) {
        self.figure = figure
        self.measure = measure
        self.sentence = sentence
        self.sentenceText = sentenceText
        self.paragraph = paragraph
        self.day = day
        self.placeName = placeName
    }

    /// The place the measure is of: its own, else the figure's.
    public var place: EntityID? { figure.measurePlace ?? figure.place }
}
