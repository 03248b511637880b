/// Ties each figure to the place and the date its sentence gives it: "8 killed and 25 wounded in
/// Aleppo on Tuesday" → place Aleppo, date Tuesday's.
///
///     // "On 3 May, 40 houses were flooded in Kassala, officials said."
///     quantity.place   // mentions/… "Kassala"
///     quantity.date    // dates/…    "3 May"
///
/// A place counts when a locative word stands right before it ("in", "near", "around", "outside",
/// "across", "at", "from") or it is the figure's own modifier ("Aleppo's 250,000 residents");
/// of several, the nearest to the figure wins. A date counts anywhere in the sentence, the nearest
/// winning; a reader that already tied a figure to a date keeps its choice.
public struct FigureContextReader: Reader {
    public static let needs: Set<LayerName> = [.sentences, .tokens, .mentions, .dates, .quantities]
    public static let adds: Set<LayerName> = []

    static let locatives: Set<String> = ["in", "near", "around", "outside", "across", "at", "from", "inside", "throughout"]

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        var layers = document.article.layers
        guard !layers.quantities.isEmpty else { return }
        var updated = Layer<Quantity>(.quantities)
        for annotation in layers.quantities {
            var value = annotation.value
            if let sentence = document.sentenceIndex(containing: annotation.span.start).map({ document.article.sentences[$0] }) {
                if value.place == nil { value.place = place(for: annotation.span, in: sentence, document, layers) }
                if value.date == nil { value.date = nearest(layers.dates, to: annotation.span, in: sentence).map { layers.dates.id(at: $0) } }
            }
            updated.append(Annotation(span: annotation.span, value: value))
        }
        layers.quantities = updated
        document.article.layers = layers
    }

    private func place(for figure: Span, in sentence: Span, _ document: ReadingDocument, _ layers: Layers) -> AnnotationID? {
        var best: (index: Int, distance: Int)?
        for index in layers.mentions.indices(startingIn: sentence) {
            let mention = layers.mentions[index]
            guard mention.value.kind == .place, mention.span.end <= sentence.end else { continue }
            let before = document.tokenIndices(in: Span(start: sentence.start, end: mention.span.start))
            let previous = before.isEmpty ? nil : document.tokens[before.upperBound - 1]
            let locative = previous.map { Self.locatives.contains($0.norm) } ?? false
            // "Aleppo's 250,000 residents": the possessive place right before the figure.
            var possessive = false
            if mention.span.end <= figure.start {
                let between = document.tokens(in: Span(start: mention.span.end, end: figure.start))
                possessive = between.count == 1 && (between.first!.norm == "'s" || between.first!.norm == "’s")
            }
            guard locative || possessive else { continue }
            let distance = mention.span.start >= figure.end ? mention.span.start - figure.end : figure.start - mention.span.end
            if best == nil || distance < best!.distance { best = (index, distance) }
        }
        return best.map { layers.mentions.id(at: $0.index) }
    }

    private func nearest(_ dates: Layer<TimeExpression>, to figure: Span, in sentence: Span) -> Int? {
        var best: (index: Int, distance: Int)?
        for index in dates.indices(startingIn: sentence) where dates[index].span.end <= sentence.end {
            let span = dates[index].span
            let distance = span.start >= figure.end ? span.start - figure.end : max(0, figure.start - span.end)
            if best == nil || distance < best!.distance { best = (index, distance) }
        }
        return best?.index
    }
}
