/// The name of one annotation layer: what a reader adds and what another needs.
///
///     QuantityReader.needs   // [.tokens, .sentences, .dates, .mentions]
///     QuantityReader.adds    // [.quantities]
///
/// Layers are kept apart by name, as spaCy keeps `doc.spans[key]`: a reader sees every layer read
/// before it and adds its own, and the store keeps one table per stored layer.
public enum LayerName: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case paragraphs
    case sentences
    /// Words, numbers and punctuation, read once for every later reader. Never stored: it is cheap
    /// to read again and would be the largest table by far.
    case tokens
    case mentions
    case dates
    case quantities
    case claims
    case events

    /// Whether the store keeps this layer, or readers rebuild it when they need it.
    public var isStored: Bool { self != .tokens }

    public static func < (a: LayerName, b: LayerName) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
