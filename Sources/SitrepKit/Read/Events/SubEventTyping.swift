/// Decides a sentence's ACLED sub-event type from its real predicates (``EventPredicateFinder``),
/// their arguments (``EventArguments``, kinds from ``EventActorKinds``) and the sentence's cues
/// (``SentenceCues``). The rules go from the most specific frame to the least: a chemical
/// weapon, a leaflet drop (whatever the leaflets urge), a protest and how it was met, a mob, a
/// suicide bombing, weapons seized, a base set up, territory changing hands, abductions and rape, agreements, arrests, then explosions by
/// their instrument, fighting by who fought whom, property destroyed, and the other strategic
/// developments (leaflet drops, evacuations, negotiations, rejected proposals, groups changing).
///
///     // "Rebels recaptured Kafr Nabl" → Non-state actor overtakes territory
///     // "The army recaptured Kafr Nabl" → Government regains territory
struct SubEventTyping {
    let predicates: [EventPredicate]
    let tokens: [Token]
    let sentence: Range<Int>
    let cues: SentenceCues
    let actors: EventActorKinds
    /// Every kind of actor the sentence names anywhere.
    let present: Set<EventActor.Kind>

    /// One typed event: its sub-type, a finer action, and the predicate and arguments it rests on.
    struct Typed: Sendable, Hashable {
        var subType: ACLEDSubEventType
        var action: String?
        var predicate: EventPredicate
        var arguments: EventArguments
    }

    /// What one withdraws without leaving ground: "withdrew its support", "withdrew the envoy".
    private static let abstractObjects: Set<String> = [
        "support", "ambassador", "ambassadors", "envoy", "envoys", "bid", "candidacy", "complaint", "lawsuit", "suit",
        "statement", "recognition", "membership", "funding", "aid", "request", "application", "nomination",
    ]

    static let armedKinds: Set<EventActor.Kind> = [.stateForces, .rebelGroup, .politicalMilitia, .identityMilitia, .externalForces]
    private static let violent: Set<EventPredicate.Kind> = [.attack, .kill, .explode, .shell, .clash]

    private var armed: Bool { !present.isDisjoint(with: Self.armedKinds) }
    /// Armed actors other than the police or army acting alone: rebels, militias.
    private var nonStateArmed: Bool { !present.isDisjoint(with: [.rebelGroup, .politicalMilitia, .identityMilitia]) }

    func type() -> Typed? {
        guard !predicates.isEmpty else { return nil }
        // A claim of responsibility attributes an event told elsewhere; a disaster or an accident
        // with no armed actor is no political violence.
        if cues.contains(.responsibility) || cues.contains(.diplomacy) { return nil }
        if cues.contains(.disaster) && !armed { return nil }
        if cues.contains(.accident) && !armed && !cues.contains(.protest) { return nil }
        let frames: [(SubEventTyping) -> () -> Typed?] = [
            Self.chemicalWeapon, Self.leafletDrop, Self.protest, Self.mobViolence, Self.suicideBomb, Self.disruptedWeapons,
            Self.baseEstablished, Self.territory, Self.abductionOrRape, Self.agreement, Self.arrests, Self.explosion,
            Self.fighting, Self.propertyDestruction, Self.otherDevelopment,
        ]
        for frame in frames {
            if let typed = frame(self)() { return typed }
        }
        return nil
    }

    // MARK: frames

    private func chemicalWeapon() -> Typed? {
        guard cues.contains(.chemical), let p = first(Self.violent) else { return nil }
        return typed(.chemicalWeapon, p)
    }

    /// Leaflets dropped tell what they urge ("surrender", "leave the city"): only the drop happened.
    /// ACLED files it under Other, for a conflict's parties only.
    private func leafletDrop() -> Typed? {
        guard cues.contains(.leaflets), armed || cues.contains(.aircraft), let p = first([.drop]) else { return nil }
        return typed(.other, p, action: "leaflet drop")
    }

    /// A protest, and how it went: met with lethal force, turned violent, broken up, or peaceful.
    private func protest() -> Typed? {
        let called = first([.protest, .riot])
        let rioters = present.contains(.rioters) && !cues.contains(.mob)
        guard cues.contains(.protest) || cues.contains(.labourStrike) || called != nil || rioters else { return nil }
        for p in predicates where p.kind == .kill || p.kind == .attack || p.kind == .shell {
            let a = arguments(p)
            let agent = kind(a.agent), patient = kind(a.patient)
            if patient == .protesters && agent != .protesters && agent != .rioters
                || (p.kind == .kill && agent == .stateForces && patient != .stateForces) {
                return typed(.excessiveForceAgainstProtesters, p, a)
            }
        }
        if let p = first([.riot, .loot, .clash]) ?? (cues.contains(.violentCrowd) || rioters ? called ?? predicates.first : nil) {
            return typed(.violentDemonstration, p)
        }
        if let p = first([.attack]), kind(arguments(p).agent) == .protesters {
            return typed(.violentDemonstration, p)
        }
        if cues.contains(.intervention) || first([.arrest]) != nil, let p = called ?? first([.arrest]) ?? predicates.first {
            return typed(.protestWithIntervention, p)
        }
        guard let p = called ?? (cues.contains(.labourStrike) ? predicates.first : nil) else { return nil }
        return typed(.peacefulProtest, p)
    }

    private func mobViolence() -> Typed? {
        for p in predicates where Self.violent.contains(p.kind) || p.kind == .loot {
            let a = arguments(p)
            if cues.contains(.mob) { return typed(.mobViolence, p, a) }
        }
        return nil
    }

    private func suicideBomb() -> Typed? {
        guard cues.contains(.suicide), let p = first(Self.violent) else { return nil }
        return typed(.suicideBomb, p)
    }

    /// Weapons defused, intercepted, seized or found.
    private func disruptedWeapons() -> Typed? {
        if let p = first([.disrupt]) { return typed(.disruptedWeaponsUse, p) }
        for p in predicates where [.capture, .find, .arrest].contains(p.kind) {
            let a = arguments(p)
            if let patient = a.patient, names(patient, [.weapons, .explosiveDevice]) { return typed(.disruptedWeaponsUse, p, a) }
        }
        return nil
    }

    /// A base set up: what was set up must be the base ("built-up areas near a checkpoint" is none).
    private func baseEstablished() -> Typed? {
        guard cues.contains(.base) else { return nil }
        for p in predicates where p.kind == .establish {
            let a = arguments(p)
            if let patient = a.patient, names(patient, [.base]) { return typed(.headquartersOrBaseEstablished, p, a) }
        }
        return nil
    }

    /// Territory taken by force (by whom decides the type), handed over, or left.
    private func territory() -> Typed? {
        for p in predicates {
            switch p.kind {
            case .withdraw where armed:
                // "withdrew its proposal", "withdrew support": no ground left.
                let a = arguments(p)
                if let patient = a.patient, names(patient, [.proposal])
                    || tokens[patient].contains(where: { Self.abstractObjects.contains($0.norm) }) {
                    continue
                }
                return typed(.nonViolentTransferOfTerritory, p, a, action: "withdrawal")
            case .evacuate:
                // "the army evacuated its positions": armed men leaving ground is a withdrawal.
                let a = arguments(p)
                guard kind(a.agent).map(Self.armedKinds.contains) == true, let patient = a.patient,
                      names(patient, [.base]) || TerritoryWords.names(patient, tokens: tokens, mentions: actors.mentions)
                else { continue }
                return typed(.nonViolentTransferOfTerritory, p, a, action: "withdrawal")
            case .surrender where armed:
                return typed(.changeToGroupActivity, p, action: "surrender")
            case .enter where cues.contains(.unopposed):
                return typed(.nonViolentTransferOfTerritory, p)
            case .capture, .fall:
                let a = arguments(p)
                if let patient = kind(a.patient), !Self.armedKinds.contains(patient) { continue }
                if let patient = a.patient, !TerritoryWords.names(patient, tokens: tokens, mentions: actors.mentions) {
                    continue
                }
                if cues.contains(.unopposed) { return typed(.nonViolentTransferOfTerritory, p, a) }
                return typed(takes(agent: kind(a.agent), word: tokens[p.token].norm, at: p.token), p, a)
            default: continue
            }
        }
        return nil
    }

    /// Who took the ground: a state's forces regain it, anyone else overtakes it. With no agent
    /// named, a word of return ("recaptured", "liberated") says a government's; else the first
    /// armed actor before the predicate, the subject of its clause ("troops squeezed the rebels,
    /// after taking control of the city"); else a sentence naming only the state.
    private func takes(agent: EventActor.Kind?, word: String, at index: Int) -> ACLEDSubEventType {
        switch agent {
        case .stateForces?, .externalForces?: return .governmentRegainsTerritory
        case .some: return .nonStateActorOvertakesTerritory
        case nil:
            if word.hasPrefix("re") || word.hasPrefix("liberat") || word.hasPrefix("free") { return .governmentRegainsTerritory }
            if let first = firstArmed(before: index) {
                return first == .stateForces || first == .externalForces ? .governmentRegainsTerritory
                    : .nonStateActorOvertakesTerritory
            }
            return present.contains(.stateForces) && !nonStateArmed ? .governmentRegainsTerritory
                : .nonStateActorOvertakesTerritory
        }
    }

    /// The kind of the first armed actor noun before `index`, leaving out the weak state words.
    private func firstArmed(before index: Int) -> EventActor.Kind? {
        for i in sentence.lowerBound..<index where !ActorWords.weak.contains(tokens[i].norm) {
            if let kind = ActorWords.kinds[tokens[i].norm], Self.armedKinds.contains(kind) { return kind }
        }
        return nil
    }

    private func abductionOrRape() -> Typed? {
        if let p = first([.sexualAssault]) { return typed(.sexualViolence, p) }
        if let p = first([.abduct]) { return typed(.abductionForcedDisappearance, p) }
        return nil
    }

    /// An agreement between parties to a conflict: a ceasefire, a truce, a peace or exchange deal;
    /// a trade deal is none.
    private func agreement() -> Typed? {
        guard let p = first([.agree]), cues.contains(.peace) || (armed && !cues.contains(.commerce)) else { return nil }
        let ceasefire = tokens[sentence].contains { ["ceasefire", "cease-fire", "truce", "armistice"].contains($0.norm) }
        return typed(.agreement, p, action: ceasefire ? "ceasefire" : nil)
    }

    /// Arrests, unless of ordinary criminals (smugglers, thieves) with no political actor named.
    private func arrests() -> Typed? {
        guard let p = first([.arrest]) else { return nil }
        if cues.contains(.crime) && !nonStateArmed && !present.contains(.protesters) { return nil }
        return typed(.arrests, p)
    }

    /// An attack by its instrument: a grenade, an aircraft or drone, artillery and missiles, a
    /// planted bomb.
    private func explosion() -> Typed? {
        guard let p = first(Self.violent), !cues.contains(.weaponTest) else { return nil }
        if cues.contains(.crime) && !armed { return nil }
        if cues.contains(.grenade) { return typed(.grenade, p) }
        if cues.contains(.aircraft) && !(cues.contains(.leaflets) && first([.drop]) != nil) { return typed(.airDroneStrike, p) }
        if cues.contains(.artillery) || p.kind == .shell && !p.isNoun && tokens[p.token].norm.hasPrefix("shell") {
            return typed(.shellingArtilleryMissileAttack, p)
        }
        if cues.contains(.explosiveDevice) || p.kind == .explode { return typed(.remoteExplosiveLandmineIED, p) }
        if let strike = first([.attack]), ["strike", "strikes", "struck"].contains(tokens[strike.token].norm),
           kind(arguments(strike).agent).map({ $0 == .stateForces || $0 == .externalForces }) ?? true {
            return typed(.airDroneStrike, strike)
        }
        return nil
    }

    /// Fighting: armed against armed is a clash; armed against civilians an attack.
    private func fighting() -> Typed? {
        if cues.contains(.crime) && !armed { return nil }
        for p in predicates where Self.violent.contains(p.kind) {
            let a = arguments(p)
            let agent = kind(a.agent), patient = kind(a.patient)
            if p.kind == .clash { return armed || agent != nil ? typed(.armedClash, p, a) : nil }
            let agentArmed = agent.map(Self.armedKinds.contains) ?? false
            let patientArmed = patient.map(Self.armedKinds.contains) ?? false
            if patient == .civilians && (agentArmed || agent == nil) { return typed(.attack, p, a) }
            if patientArmed && (agentArmed || agent == nil) { return typed(.armedClash, p, a) }
            if agentArmed {
                let atBase = a.patient.map { names($0, [.base]) } ?? false
                return typed(atBase ? .armedClash : .attack, p, a)
            }
            if agent == nil && patient == nil && armed {
                return typed(present.contains(.civilians) ? .attack : .armedClash, p, a)
            }
        }
        return nil
    }

    private func propertyDestruction() -> Typed? {
        guard let p = first([.loot]) else { return nil }
        if cues.contains(.crime) && !armed { return nil }
        return typed(.lootingPropertyDestruction, p)
    }

    /// The strategic developments ACLED files under Other or a change of a group, kept only when
    /// the sentence is about a conflict (an armed actor or a peace process named).
    private func otherDevelopment() -> Typed? {
        guard armed || cues.contains(.peace) else { return nil }
        // The first such predicate: the main clause tends to come before its purposes ("held
        // talks to pave the way for their evacuation").
        for p in predicates {
            switch p.kind {
            case .evacuate: return typed(.other, p, action: "evacuation")
            case .negotiate where !cues.contains(.commerce): return typed(.other, p, action: "negotiation")
            case .reject where cues.contains(.proposal): return typed(.other, p, action: "rejection of a proposal")
            case .regroup, .establish: return typed(.changeToGroupActivity, p)
            default: continue
            }
        }
        return nil
    }

    // MARK: helpers

    private func first(_ kinds: Set<EventPredicate.Kind>) -> EventPredicate? { predicates.first { kinds.contains($0.kind) } }

    private func arguments(_ p: EventPredicate) -> EventArguments { EventArguments(of: p, tokens: tokens, sentence: sentence) }

    private func kind(_ range: Range<Int>?) -> EventActor.Kind? { range.flatMap { actors.headKind($0) } }

    /// Whether the phrase holds a word of one of the cues ("seized weapons", "an army post").
    private func names(_ range: Range<Int>, _ cue: SentenceCues) -> Bool {
        !SentenceCues.read(tokens[range]).isDisjoint(with: cue)
    }

    private func typed(_ type: ACLEDSubEventType, _ p: EventPredicate, _ a: EventArguments? = nil, action: String? = nil) -> Typed {
        Typed(subType: type, action: action, predicate: p, arguments: a ?? arguments(p))
    }
}
