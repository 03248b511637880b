/// Says what each figure worth lining up measures (``Measure``): what it counts, whether that is
/// a stock, a flow or a share, and the place and part of it the sentence gives.
///
///     // "more than 120,000 civilians had left the eastern part of the city as the government
///     //  advance closed in, but that tens of thousands remained"
///     more than 120,000   → civilian, flow, part east
///     tens of thousands   → civilian, stock, part east   (the counted noun lent by the figure before)
///
/// Measured are counts, percentages and fractions of something named. Not measured: a figure in
/// a speaker's own description ("three officials said"), a partitive pick ("one of the
/// officials"), a rate ("3-5 civilians per fighter"), and a count with no counted noun of its own
/// and none before it in its sentence or the one before in its paragraph ("tens of thousands fled"
/// after a figure of ground). A share counts ground ("territory") when it is of a place or of a
/// noun of ground ("three quarters of rebel ground", "60% of the areas").
public struct MeasureReader: Reader {
    public static let needs: Set<LayerName> = [.sentences, .tokens, .mentions, .quantities, .claims]
    public static let adds: Set<LayerName> = []

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        let layers = document.article.layers
        guard !layers.quantities.isEmpty else { return }
        let speakers = layers.claims.compactMap(\.value.speaker).sorted()
        var updated = Layer<Quantity>(.quantities)
        // The last counted noun read, with its sentence and paragraph, lent to a figure that names
        // none ("more than 120,000 civilians had left, but tens of thousands remained").
        var lastCounted: (sentence: Int, paragraph: Int, words: [String])?
        var current: (index: Int, places: MeasurePlace.SentencePlaces)?
        for annotation in layers.quantities {
            var value = annotation.value
            value.measure = nil
            guard let s = document.sentenceIndex(containing: annotation.span.start) else {
                updated.append(Annotation(span: annotation.span, value: value))
                continue
            }
            let paragraph = document.article.paragraphs.partitionIndex { $0.end <= annotation.span.start }
            let sentence = document.tokenIndices(in: document.article.sentences[s])
            if current?.index != s, !sentence.isEmpty { current = (s, MeasurePlace.SentencePlaces(sentence, document, layers.mentions)) }
            let figure = document.tokenIndices(in: annotation.span)
            let counted = value.countsSpan.map { document.tokenIndices(in: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            let countedWords = counted.map { document.tokens[$0].map(\.norm) }
            let lent: [String]? = lastCounted.flatMap { last in
                last.paragraph == paragraph && s - last.sentence <= 1 ? last.words : nil
            }
            if !figure.isEmpty, !sentence.isEmpty,
               !Self.isInside(annotation.span, speakers),
               let places = current?.places,
               let measure = measure(of: value, figure: figure, counted: counted, countedWords: countedWords, lent: lent,
                                     sentence: sentence, places: places, document, layers) {
                value.measure = measure
            }
            if value.kind == .count, let countedWords, counted.map({ $0.lowerBound >= figure.upperBound }) ?? false {
                lastCounted = (s, paragraph, countedWords)
            }
            updated.append(Annotation(span: annotation.span, value: value))
        }
        document.article.layers.quantities = updated
    }

    private func measure(of value: Quantity, figure: Range<Int>, counted: Range<Int>?, countedWords: [String]?, lent: [String]?,
                         sentence: Range<Int>, places: MeasurePlace.SentencePlaces, _ document: ReadingDocument,
                         _ layers: Layers) -> Measure? {
        let tokens = document.tokens
        let after = counted?.upperBound ?? figure.upperBound
        if after < sentence.upperBound, Self.rateWords.contains(tokens[after].norm) { return nil }
        // "one of the officials": a pick from a group, not a figure of it.
        if value.low == 1, value.high == 1, figure.count == 1, tokens[figure.lowerBound].kind == .word,
           figure.upperBound < sentence.upperBound, tokens[figure.upperBound].norm == "of" { return nil }
        let ownPlace = value.place.flatMap { id in id.layer == .mentions ? id.index : nil }
        let place = MeasurePlace.find(figure: figure, counted: counted, sentence: sentence, places: places, ownPlace: ownPlace,
                                      document, layers.mentions)
        switch value.kind {
        case .count:
            guard let words = countedWords ?? lent, var thing = MeasuredThing.key(words) else { return nil }
            var kind: Measure.Kind = MeasureKindCues.kind(tokens, after: after, limit: sentence.upperBound) ?? .stock
            if let role = value.role {
                kind = role == .besieged ? .stock : .flow
                if !words.contains(where: { CasualtyRoles.nouns[$0] != nil || CasualtyRoles.participles[$0] != nil }) {
                    thing += " " + role.rawValue
                }
            }
            return Measure(thing: thing, kind: kind, place: place.place.map { layers.mentions.id(at: $0) }, part: place.part)
        case .percent, .fraction:
            let namesGround = counted.map { range in
                range.contains { Self.groundNouns.contains(tokens[$0].norm) || TerritoryWords.nouns.contains(tokens[$0].norm) }
            } ?? false
            let ofGround = place.place != nil && Self.opensOfComplement(after, sentence, tokens)
                || Self.ofGroundNoun(from: after, sentence: sentence, tokens)
            if namesGround || ofGround {
                return Measure(thing: "territory", kind: .share, place: place.place.map { layers.mentions.id(at: $0) }, part: place.part)
            }
            // "62 percent of voters": the quantity reader leaves a percentage's "of" phrase alone.
            let ofPhrase = counted == nil && after < sentence.upperBound && tokens[after].norm == "of"
                ? CountedNoun.read(tokens, from: after, limit: sentence.upperBound, singular: false) : nil
            guard let words = countedWords ?? ofPhrase.map({ tokens[$0].map(\.norm) }),
                  let thing = MeasuredThing.key(words) else { return nil }
            return Measure(thing: thing, kind: .share, place: place.place.map { layers.mentions.id(at: $0) }, part: place.part)
        default:
            return nil
        }
    }

    private static func opensOfComplement(_ at: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        at < sentence.upperBound && tokens[at].norm == "of"
    }

    /// "of the areas", "of its territory": a share of ground named by a noun.
    private static func ofGroundNoun(from start: Int, sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard start < sentence.upperBound, tokens[start].norm == "of" else { return false }
        var j = start + 1
        while j < sentence.upperBound, j - start <= 4 {
            let norm = tokens[j].norm
            if groundNouns.contains(norm) || TerritoryWords.nouns.contains(norm) { return true }
            guard tokens[j].kind == .word, !CountedNoun.stopwords.contains(norm) || norm == "the" || norm == "its" || norm == "their" else { return false }
            j += 1
        }
        return false
    }

    /// Whether the figure sits in a speaker's words ("Three officials with insurgent groups told
    /// Reuters"): it counts who speaks, not what they report.
    private static func isInside(_ span: Span, _ speakers: [Span]) -> Bool {
        let p = speakers.partitionIndex { $0.end <= span.start }
        return p < speakers.count && speakers[p].start <= span.start && span.end <= speakers[p].end
    }

    /// Nouns of ground a share can be of, beyond the event reader's nouns of places taken.
    static let groundNouns: Set<String> = ["ground", "land", "soil", "territory", "area", "areas", "city", "country", "enclave", "pocket"]

    private static let rateWords: Set<String> = ["per", "a", "an", "each", "every"]
}
