/// Every layer the readers add to an article, beside its paragraphs and sentences.
///
///     for mention in article.layers.mentions {
///         let entity = article.layers.entities[mention.value.entity]
///         print(article.text[mention.span], entity?.name ?? "")
///     }
///
/// The layers are typed: a date carries a ``TimeExpression``, a figure a ``Quantity``, a name an
/// ``EntityMention``. ``entities`` holds what this article's mentions refer to as the readers know
/// it; the store merges it into the corpus-wide entities, with the ``aliases`` the text gives.
public struct Layers: Sendable, Hashable, Codable {
    public var mentions = Layer<EntityMention>(.mentions)
    public var dates = Layer<TimeExpression>(.dates)
    public var quantities = Layer<Quantity>(.quantities)
    public var claims = Layer<Claim>(.claims)
    public var events = Layer<Event>(.events)
    public var entities: [EntityID: Entity] = [:]
    public var aliases: [AliasLink] = []

    public init() {}

    /// The layers' names that hold anything.
    public var filled: Set<LayerName> {
        var names = Set<LayerName>()
        if !mentions.isEmpty { names.insert(.mentions) }
        if !dates.isEmpty { names.insert(.dates) }
        if !quantities.isEmpty { names.insert(.quantities) }
        if !claims.isEmpty { names.insert(.claims) }
        if !events.isEmpty { names.insert(.events) }
        return names
    }
}
