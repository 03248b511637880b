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
        // "the army, the militia and …": the entity is the first conjunct's.
        let joint = range.first { ["and", ","].contains(tokens[$0].norm) }
        let firstEnd = joint.map { tokens[$0].span.start }
        for k in mentions.indices(startingIn: span) where mentions[k].span.end <= span.end {
            let mention = mentions[k].value
            guard mention.kind != .place else { continue }
            if let firstEnd, mentions[k].span.start >= firstEnd, entity != nil { break }
            if entity == nil || mention.kind != .nationality { entity = mention.entity; named = mention.kind }
        }
        guard var kind = headKind(range) ?? namedKind(named) else { return nil }
        if kind == .stateForces, let nationality = nationalityCountry(span), let placeCountry, nationality != placeCountry {
            kind = .externalForces
        }
        return EventActor(span: span, entity: entity, kind: kind)
    }

    /// The last specific actor noun of the phrase; with only a generic head ("forces"), a state
    /// qualifier before it makes it a state's ("security forces", not "local armed groups"), a
    /// named organisation an armed group's, else the head's own. A state word inside a name
    /// ("Islamic State", "Arakan Army") names an armed group, not a state.
    func headKind(_ range: Range<Int>) -> EventActor.Kind? {
        var specific: EventActor.Kind?
        var generic: (kind: EventActor.Kind, at: Int)?
        var firstQualifier: Int?
        var inName = false
        for i in range {
            let word = tokens[i].norm
            if isNamePart(i, in: range) {
                inName = true
                continue
            }
            if ActorWords.stateQualifiers.contains(word) { firstQualifier = firstQualifier ?? i }
            guard let kind = ActorWords.kinds[word] else { continue }
            if ActorWords.generic.contains(word) { generic = (kind, i) } else { specific = kind }
        }
        if let specific { return specific }
        guard let generic else { return inName ? .rebelGroup : nil }
        if let firstQualifier, firstQualifier < generic.at { return .stateForces }
        if inName { return .rebelGroup }
        return namedOrganisation(range) ?? generic.kind
    }

    /// State words that, capitalised after another capitalised word, end a group's name.
    private static let nameHeads: Set<String> = ["state", "army"]

    /// A capitalised "State" or "Army" after a capitalised word, with no nationality or place
    /// before it: "Islamic State", "Kachin Independence Army", not "the Syrian Army", "the US
    /// Army" or "The State".
    private func isNamePart(_ i: Int, in range: Range<Int>) -> Bool {
        guard i > range.lowerBound, tokens[i].isCapitalised, !tokens[i].isAllCaps, Self.nameHeads.contains(tokens[i].norm)
        else { return false }
        let before = tokens[i - 1]
        guard before.kind == .word, before.isCapitalised, !["the", "a", "an"].contains(before.norm) else { return false }
        // "the Syrian Arab Army", "the US Army": a nationality or a country before makes it that state's.
        let span = Span(start: tokens[range.lowerBound].span.start, end: before.span.end)
        for k in mentions.indices(startingIn: span) where [.nationality, .place].contains(mentions[k].value.kind) {
            return false
        }
        return true
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
