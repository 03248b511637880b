/// Gives each figure its owner: a figure inside a claim's content belongs to that claim's
/// speaker ("270,000 civilians remain, UN officials said": the UN officials'); any other is the
/// author's own, owned by the outlet (the report says which outlet, and for a republication the
/// original one).
///
/// Claims are in text order and do not overlap, so one walk over both layers links them all.
public struct FigureOwnerReader: Reader {
    public static let needs: Set<LayerName> = [.quantities, .claims]
    public static let adds: Set<LayerName> = []

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        let claims = document.article.layers.claims
        guard !claims.isEmpty, !document.article.layers.quantities.isEmpty else { return }
        var updated = Layer<Quantity>(.quantities)
        var c = 0
        for figure in document.article.layers.quantities {
            var value = figure.value
            while c < claims.count, claims[c].value.content.end <= figure.span.start { c += 1 }
            // The claim whose content holds the figure; contents may nest in their claims' order, so look at a few.
            var owner: Int?
            for k in c..<min(c + 4, claims.count) where claims[k].value.content.start <= figure.span.start
                && figure.span.end <= claims[k].value.content.end {
                owner = k
                break
            }
            value.claim = owner.map { AnnotationID(layer: .claims, index: $0) }
            updated.append(Annotation(span: figure.span, value: value))
        }
        document.article.layers.quantities = updated
    }
}
