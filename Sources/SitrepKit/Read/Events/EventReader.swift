/// Events typed with ACLED's codebook, one per sentence that reports political violence, a
/// demonstration or a strategic development: its sub-event type, a finer action, the two actors,
/// the place, date, killed and wounded, and the claim that reports it.
///
///     let stage = ReadingStage([SentenceReader(), TokenReader(), EntityReader(), DateReader(),
///                               QuantityReader(), EventReader()])
///     let article = stage.read(cleanArticle)
///     // "Rebels shelled the market in Taiz on Monday, killing 12 civilians."
///     article.layers.events[0].value.subEventType    // .shellingArtilleryMissileAttack
///     article.layers.events[0].value.actor1?.kind    // .rebelGroup
///
/// The type comes from the sentence's predicates and their arguments (``SubEventTyping``), not
/// from a keyword anywhere: "no clashes were reported", "plans to attack" and a sentence about a
/// flood or a trade deal yield none. Claims are linked when a claim reader ran before; it need not.
/// Each sentence costs time in proportion to its tokens.
public struct EventReader: Reader {
    public static let needs: Set<LayerName> = [.tokens, .sentences, .mentions, .dates, .quantities]
    public static let adds: Set<LayerName> = [.events]

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        var layer = Layer<Event>(.events)
        let tokens = document.tokens
        let layers = document.article.layers
        let actors = EventActorKinds(tokens: tokens, mentions: layers.mentions)
        let slots = EventSlots(layers: layers)
        for sentence in document.article.sentences {
            let range = document.tokenIndices(in: sentence)
            let predicates = EventPredicateFinder.predicates(in: range, tokens: tokens)
            guard !predicates.isEmpty else { continue }
            let typing = SubEventTyping(predicates: predicates, tokens: tokens, sentence: range,
                                        cues: SentenceCues.read(tokens[range]), actors: actors,
                                        present: Self.actorKinds(tokens[range]))
            guard let typed = typing.type() else { continue }
            let place = slots.place(in: sentence)
            let dates = slots.dates(in: sentence, tokens: tokens)
            let predicateSpan = Span(start: tokens[typed.predicate.token].span.start,
                                     end: tokens[typed.predicate.end - 1].span.end)
            let event = Event(
                subEventType: typed.subType, action: typed.action,
                actor1: typed.arguments.agent.flatMap { actors.actor($0, placeCountry: place?.country) },
                actor2: (typed.arguments.patient ?? typed.arguments.counterpart).flatMap { actors.actor($0, placeCountry: place?.country) }
                    ?? typed.arguments.counterpart.flatMap { actors.actor($0, placeCountry: place?.country) },
                place: place?.id, date: dates.first, dateEnd: dates.end, killed: slots.figure(.killed, in: sentence),
                wounded: slots.figure(.wounded, in: sentence), claim: slots.claim(holding: predicateSpan))
            layer.append(Annotation(span: sentence, value: event))
        }
        document.article.layers.events = layer
    }

    /// The kinds of actor the sentence names anywhere, from its actor nouns (``ActorWords``),
    /// leaving out the state words common in any news (``ActorWords/weak``).
    static func actorKinds(_ tokens: ArraySlice<Token>) -> Set<EventActor.Kind> {
        var kinds = Set<EventActor.Kind>()
        for token in tokens where token.kind == .word && !ActorWords.weak.contains(token.norm) {
            if let kind = ActorWords.kinds[token.norm] { kinds.insert(kind) }
        }
        return kinds
    }
}
