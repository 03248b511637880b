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
        // Figures come in text order, so each sentence's places and dates are gathered once, and
        // each figure finds its nearest by binary search: a sentence of many figures and many
        // places costs their sum, not their product.
        var current: (index: Int, context: SentenceContext)?
        for annotation in layers.quantities {
            var value = annotation.value
            if let s = document.sentenceIndex(containing: annotation.span.start) {
                if current?.index != s { current = (s, SentenceContext(document.article.sentences[s], document, layers)) }
                let context = current!.context
                if value.place == nil { value.place = context.place(for: annotation.span, document).map { layers.mentions.id(at: $0) } }
                if value.date == nil { value.date = Self.nearest(context.dates, to: annotation.span).map { layers.dates.id(at: $0) } }
            }
            updated.append(Annotation(span: annotation.span, value: value))
        }
        layers.quantities = updated
        document.article.layers = layers
    }

    /// A sentence's place mentions (all, and those a locative word opens) and dates, each as
    /// (index in its layer, span), in text order.
    struct SentenceContext {
        var places: [(index: Int, span: Span)] = []
        var locativePlaces: [(index: Int, span: Span)] = []
        var dates: [(index: Int, span: Span)] = []

        init(_ sentence: Span, _ document: ReadingDocument, _ layers: Layers) {
            for index in layers.mentions.indices(startingIn: sentence) {
                let mention = layers.mentions[index]
                guard mention.value.kind == .place, mention.span.end <= sentence.end else { continue }
                places.append((index, mention.span))
                let before = document.tokenIndices(in: Span(start: sentence.start, end: mention.span.start))
                if let previous = before.last.map({ document.tokens[$0] }), FigureContextReader.locatives.contains(previous.norm) {
                    locativePlaces.append((index, mention.span))
                }
            }
            for index in layers.dates.indices(startingIn: sentence) where layers.dates[index].span.end <= sentence.end {
                dates.append((index, layers.dates[index].span))
            }
        }

        /// The nearest place a locative opens, or the possessive place right before the figure
        /// ("Aleppo's 250,000 residents"), whichever is nearer.
        func place(for figure: Span, _ document: ReadingDocument) -> Int? {
            var best = FigureContextReader.nearestWithDistance(locativePlaces, to: figure)
            let p = places.partitionIndex { $0.span.end <= figure.start }
            if p > 0 {
                let owner = places[p - 1]
                let between = document.tokens(in: Span(start: owner.span.end, end: figure.start))
                if between.count == 1, between.first!.norm == "'s" || between.first!.norm == "’s" {
                    let distance = figure.start - owner.span.end
                    if best == nil || distance < best!.distance || distance == best!.distance && owner.index < best!.index {
                        best = (owner.index, distance)
                    }
                }
            }
            return best?.index
        }
    }

    static func nearest(_ spans: [(index: Int, span: Span)], to figure: Span) -> Int? {
        nearestWithDistance(spans, to: figure)?.index
    }

    /// The span nearest the figure, the earlier on a tie. Spans are in text order and do not
    /// overlap, so the nearest is one of the last that start before the figure ends or the first after.
    static func nearestWithDistance(_ spans: [(index: Int, span: Span)], to figure: Span) -> (index: Int, distance: Int)? {
        let p = spans.partitionIndex { $0.span.start < figure.end }
        var best: (index: Int, distance: Int)?
        for k in max(0, p - 2)..<min(spans.count, p + 1) {
            let span = spans[k].span
            let distance = span.start >= figure.end ? span.start - figure.end : max(0, figure.start - span.end)
            if best == nil || distance < best!.distance { best = (spans[k].index, distance) }
        }
        return best
    }
}
