/// One reader of the reading stage: a small type that says which layers it needs and which it
/// adds, and reads one article at a time.
///
///     struct QuantityReader: Reader {
///         static let needs: Set<LayerName> = [.tokens, .sentences, .dates]
///         static let adds: Set<LayerName> = [.quantities]
///         func read(_ document: inout ReadingDocument) { … }
///     }
///
/// Readers are composed in one place, ``ReadingStage``, which checks that every layer a reader
/// needs is added by one before it. A reader never tokenises again what ``Tokenizer`` read: it
/// walks ``ReadingDocument/tokens``.
public protocol Reader: Sendable {
    static var needs: Set<LayerName> { get }
    static var adds: Set<LayerName> { get }
    func read(_ document: inout ReadingDocument)
}

extension Reader {
    var needs: Set<LayerName> { Self.needs }
    var adds: Set<LayerName> { Self.adds }
}
