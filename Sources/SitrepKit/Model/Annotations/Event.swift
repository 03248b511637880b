/// Something that happened, typed with ACLED's codebook: who did what to whom, where, when, and
/// with how many killed and wounded, read from one sentence.
///
///     // "Government forces recaptured the old city of Aleppo on Wednesday."
///     Event(subEventType: .governmentRegainsTerritory, actor1: <"Government forces", .stateForces>,
///           place: mentions/4, date: dates/1)
///
/// The annotation's span is the sentence the event is read from. An event a source claims keeps
/// its `claim`: it is that source's account, not a fact the outlet asserts.
public struct Event: Sendable, Hashable, Codable {
    public var subEventType: ACLEDSubEventType
    /// A finer action where ACLED's type says less than the text: surrender, evacuation,
    /// negotiation, ceasefire, rejection of a proposal, leaflet drop …
    public var action: String?
    public var actor1: EventActor?
    public var actor2: EventActor?
    /// The most specific place the sentence gives, a mention of a place.
    public var place: AnnotationID?
    /// The date the sentence gives, else nil (the claim's or article's date then stands).
    public var date: AnnotationID?
    /// The last day, when the sentence gives the event's time as two dates ("late on December 6
    /// and early on December 7", "from 3 May to 5 May"): the event spans `date` to it.
    public var dateEnd: AnnotationID?
    /// Figures of the sentence with the role killed or wounded.
    public var killed: AnnotationID?
    public var wounded: AnnotationID?
    /// The claim whose content reports the event, when it is reported speech.
    public var claim: AnnotationID?

    public init(subEventType: ACLEDSubEventType, action: String? = nil, actor1: EventActor? = nil, actor2: EventActor? = nil,
                place: AnnotationID? = nil, date: AnnotationID? = nil, dateEnd: AnnotationID? = nil, killed: AnnotationID? = nil,
                wounded: AnnotationID? = nil, claim: AnnotationID? = nil) {
        self.subEventType = subEventType
        self.action = action
        self.actor1 = actor1
        self.actor2 = actor2
        self.place = place
        self.date = date
        self.dateEnd = dateEnd
        self.killed = killed
        self.wounded = wounded
        self.claim = claim
    }

    public var eventType: ACLEDEventType { subEventType.eventType }
}

/// One side of an event: the words naming it, the entity when it is a named one, and what kind
/// of actor ACLED would file it as.
public struct EventActor: Sendable, Hashable, Codable {
    public var span: Span
    public var entity: EntityID?
    public var kind: Kind

    public init(span: Span, entity: EntityID? = nil, kind: Kind) {
        self.span = span
        self.entity = entity
        self.kind = kind
    }

    /// ACLED's actor categories ("inter" codes), by name.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case stateForces = "state forces"
        case rebelGroup = "rebel group"
        case politicalMilitia = "political militia"
        case identityMilitia = "identity militia"
        case rioters
        case protesters
        case civilians
        case externalForces = "external forces"
        case other
    }
}

/// ACLED's six event types, named verbatim.
public enum ACLEDEventType: String, Sendable, Hashable, Codable, CaseIterable {
    case battles = "Battles"
    case explosionsRemoteViolence = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case protests = "Protests"
    case riots = "Riots"
    case strategicDevelopments = "Strategic developments"
}

/// ACLED's 25 sub-event types, named verbatim, each under its event type.
public enum ACLEDSubEventType: String, Sendable, Hashable, Codable, CaseIterable {
    case armedClash = "Armed clash"
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    case chemicalWeapon = "Chemical weapon"
    case airDroneStrike = "Air/drone strike"
    case suicideBomb = "Suicide bomb"
    case shellingArtilleryMissileAttack = "Shelling/artillery/missile attack"
    case remoteExplosiveLandmineIED = "Remote explosive/landmine/IED"
    case grenade = "Grenade"
    case sexualViolence = "Sexual violence"
    case attack = "Attack"
    case abductionForcedDisappearance = "Abduction/forced disappearance"
    case peacefulProtest = "Peaceful protest"
    case protestWithIntervention = "Protest with intervention"
    case excessiveForceAgainstProtesters = "Excessive force against protesters"
    case violentDemonstration = "Violent demonstration"
    case mobViolence = "Mob violence"
    case agreement = "Agreement"
    case arrests = "Arrests"
    case changeToGroupActivity = "Change to group/activity"
    case disruptedWeaponsUse = "Disrupted weapons use"
    case headquartersOrBaseEstablished = "Headquarters or base established"
    case lootingPropertyDestruction = "Looting/property destruction"
    case nonViolentTransferOfTerritory = "Non-violent transfer of territory"
    case other = "Other"

    public var eventType: ACLEDEventType {
        switch self {
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: .battles
        case .chemicalWeapon, .airDroneStrike, .suicideBomb, .shellingArtilleryMissileAttack, .remoteExplosiveLandmineIED, .grenade:
            .explosionsRemoteViolence
        case .sexualViolence, .attack, .abductionForcedDisappearance: .violenceAgainstCivilians
        case .peacefulProtest, .protestWithIntervention, .excessiveForceAgainstProtesters: .protests
        case .violentDemonstration, .mobViolence: .riots
        case .agreement, .arrests, .changeToGroupActivity, .disruptedWeaponsUse, .headquartersOrBaseEstablished,
             .lootingPropertyDestruction, .nonViolentTransferOfTerritory, .other:
            .strategicDevelopments
        }
    }
}
