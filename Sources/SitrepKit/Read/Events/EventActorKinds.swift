/// What kind of actor a phrase names, from its head noun (``ActorWords``) and the names in it:
/// a named organisation with no state word is an armed group ("Ansar Dine fighters"), a
/// nationality with a state word is that state's forces ("Turkish troops"), and external forces
/// when the event's place lies in another country.
///
///     // "Ethiopian troops" in a sentence placed in Somalia
///     EventActorKinds.kind(of: 0..<2, …)   // .externalForces
struct EventActorKinds {
    let tokens: [Token]
    let mentions: Layer<EntityMention>

    /// The phrase's kind, and the entity it names when a mention lies inside it.
    func actor(_ range: Range<Int>, placeCountry: String?) -> EventActor? {
        let span = Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        var entity: EntityID?
        var named: EntityKind?
        for k in mentions.indices(startingIn: span) where mentions[k].span.end <= span.end {
            let mention = mentions[k].value
            guard mention.kind != .place else { continue }
            if entity == nil || mention.kind != .nationality { entity = mention.entity; named = mention.kind }
        }
        guard var kind = headKind(range) ?? namedKind(named) else { return nil }
        if kind == .stateForces, let nationality = nationalityCountry(span), let placeCountry, nationality != placeCountry {
            kind = .externalForces
        }
        return EventActor(span: span, entity: entity, kind: kind)
    }

    /// The last specific actor noun of the phrase; with only a generic head ("forces"), a state
    /// qualifier makes it a state's, a named organisation an armed group's, else the head's own.
    func headKind(_ range: Range<Int>) -> EventActor.Kind? {
        var specific: EventActor.Kind?
        var generic: EventActor.Kind?
        var hasStateQualifier = false
        for i in range {
            let word = tokens[i].norm
            if ActorWords.stateQualifiers.contains(word) { hasStateQualifier = true }
            guard let kind = ActorWords.kinds[word] else { continue }
            if ActorWords.generic.contains(word) { generic = generic ?? kind } else { specific = kind }
        }
        if let specific { return specific }
        guard let generic else { return nil }
        if hasStateQualifier { return .stateForces }
        return namedOrganisation(range) ?? generic
    }

    /// A named organisation in the phrase with no state word is an armed group's.
    private func namedOrganisation(_ range: Range<Int>) -> EventActor.Kind? {
        guard !range.isEmpty else { return nil }
        let span = Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        for k in mentions.indices(startingIn: span) where mentions[k].value.kind == .organisation {
            return .rebelGroup
        }
        return nil
    }

    private func namedKind(_ kind: EntityKind?) -> EventActor.Kind? {
        switch kind {
        case .organisation?: .rebelGroup
        case .nationality?: .stateForces
        case .person?: .other
        default: nil
        }
    }

    /// The country of a nationality word in the span ("Turkish" → TR).
    private func nationalityCountry(_ span: Span) -> String? {
        for k in mentions.indices(startingIn: span) where mentions[k].value.kind == .nationality {
            let raw = mentions[k].value.entity.rawValue
            if raw.hasPrefix("nationality:") { return String(raw.dropFirst("nationality:".count)) }
        }
        return nil
    }
}
