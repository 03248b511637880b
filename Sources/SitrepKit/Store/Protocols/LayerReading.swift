/// The annotation layers across the corpus, streamed record by record from their tables, each
/// with its article and the text it covers: what an export or the JSON report's top-level arrays
/// need, without loading whole articles.
public protocol LayerReading: Sendable {
    /// Every entity mentioned in the corpus, as one record per canonical entity (names linked as
    /// aliases are one entity), by id.
    func forEachEntity(_ body: (EntityRecord) throws -> Void) throws

    /// Every mention, by article (in publication order) and position. Its entity is the canonical one.
    func forEachMention(_ body: (MentionRecord) throws -> Void) throws

    func forEachDate(_ body: (DateRecord) throws -> Void) throws

    /// Every figure, with the claim that owns it and its owner (the claim's speaker, else the outlet).
    func forEachQuantity(_ body: (QuantityRecord) throws -> Void) throws

    /// Every claim, by article and position, its speaker's entity canonical.
    func forEachClaim(_ body: (ClaimRecord) throws -> Void) throws

    /// Every event, by article and position, its actors and place resolved to canonical entities.
    func forEachEvent(_ body: (EventRecord) throws -> Void) throws
}
