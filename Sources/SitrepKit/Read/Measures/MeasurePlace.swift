/// The place a figure is of, and which part of it, from its sentence: the place a share is of
/// ("98 percent of entire Eastern Aleppo"), else the nearest place the sentence names, a town or
/// province before a country.
///
///     // "As the army swept through east Aleppo, taking three quarters of rebel ground"
///     MeasurePlace.find(…)   // (mentions/… "Aleppo", part "east")
///
/// The part is the compass word before the name ("east Aleppo", "eastern Aleppo", "east-Aleppo")
/// or of a phrase that names a part ("the eastern part of the city"), which gives a part with no
/// place: the story says which city.
enum MeasurePlace {
    /// A sentence's place mentions, gathered once for all its figures, and the part it names
    /// without a place: a sentence of many figures and many places costs their sum, not product.
    struct SentencePlaces {
        var places: [(index: Int, span: Span, country: Bool)] = []
        var namedPart: String?

        init(_ sentence: Range<Int>, _ document: ReadingDocument, _ mentions: Layer<EntityMention>) {
            let tokens = document.tokens
            let span = Span(start: tokens[sentence.lowerBound].span.start, end: tokens[sentence.upperBound - 1].span.end)
            for index in mentions.indices(startingIn: span) {
                let mention = mentions[index]
                guard mention.value.kind == .place, mention.span.end <= span.end else { continue }
                places.append((index, mention.span, MeasurePlace.isCountryWide(document.article.layers.entities[mention.value.entity])))
            }
            namedPart = MeasurePlace.namedPart(in: sentence, tokens)
        }

        /// The place nearest the figure, a town or province before a country; the search looks a
        /// few places either side of the figure's position, so it stays local however many there are.
        func nearest(to at: Span) -> Int? {
            let p = places.partitionIndex { $0.span.start < at.start }
            var best: (index: Int, distance: Int, country: Bool)?
            for k in max(0, p - 8)..<min(places.count, p + 8) {
                let place = places[k]
                let distance = place.span.start >= at.end ? place.span.start - at.end : max(0, at.start - place.span.end)
                if let b = best, (b.country == place.country && b.distance <= distance) || (!b.country && place.country) { continue }
                best = (place.index, distance, place.country)
            }
            return best?.index
        }
    }

    static func find(figure: Range<Int>, counted: Range<Int>?, sentence: Range<Int>, places: SentencePlaces, ownPlace: Int?,
                     _ document: ReadingDocument, _ mentions: Layer<EntityMention>) -> (place: Int?, part: String?) {
        let tokens = document.tokens
        let after = counted?.upperBound ?? figure.upperBound
        if let place = ofComplement(from: after, sentence: sentence, tokens, mentions) ?? ofComplement(from: figure.upperBound, sentence: sentence, tokens, mentions) {
            return (place, part(before: mentions[place].span, sentence: sentence, document))
        }
        if let ownPlace { return (nil, part(before: mentions[ownPlace].span, sentence: sentence, document)) }
        if let nearest = places.nearest(to: tokens[figure.lowerBound].span) {
            return (nearest, part(before: mentions[nearest].span, sentence: sentence, document))
        }
        return (nil, places.namedPart)
    }

    /// "of (the|entire|all …) Aleppo": the place mention that opens right after "of".
    private static func ofComplement(from start: Int, sentence: Range<Int>, _ tokens: [Token], _ mentions: Layer<EntityMention>) -> Int? {
        guard start < sentence.upperBound, tokens[start].norm == "of" else { return nil }
        var j = start + 1
        while j < sentence.upperBound, j - start <= 3, wholeWords.contains(tokens[j].norm) || compass[tokens[j].norm] != nil { j += 1 }
        guard j < sentence.upperBound else { return nil }
        let at = tokens[j].span.start
        let candidates = mentions.indices(startingIn: Span(start: at, end: at + 1))
        return candidates.first { mentions[$0].value.kind == .place }
    }

    /// The compass word right before a name, a hyphen between them or not, or of a part phrase
    /// ending right before it ("the eastern part of Aleppo").
    static func part(before name: Span, sentence: Range<Int>, _ document: ReadingDocument) -> String? {
        let tokens = document.tokens
        var i = tokens.partitionIndex { $0.span.start < name.start } - 1
        if i >= sentence.lowerBound, tokens[i].norm == "-" || tokens[i].norm == "‑" { i -= 1 }
        if i >= sentence.lowerBound, let word = compass[tokens[i].norm] { return word }
        // "the eastern part of the besieged city of Aleppo"
        let floor = max(sentence.lowerBound, i - 8)
        var k = i
        while k > floor {
            if partNouns.contains(tokens[k].norm), let word = compass[tokens[k - 1].norm] { return word }
            k -= 1
        }
        return nil
    }

    /// "the eastern part of the city": a part the sentence names without naming the place.
    static func namedPart(in sentence: Range<Int>, _ tokens: [Token]) -> String? {
        for k in sentence.dropFirst() where partNouns.contains(tokens[k].norm) {
            if let word = compass[tokens[k - 1].norm] { return word }
        }
        return nil
    }

    /// A country or wider: the last resort, as "in Syria" usually names where a speaker sits.
    static func isCountryWide(_ entity: Entity?) -> Bool {
        guard let feature = entity?.place?.feature else { return false }
        return feature == "country" || feature == "continent" || feature == "region"
    }

    private static let wholeWords: Set<String> = ["the", "entire", "all", "whole", "of", "its", "rebel-held", "government-held", "besieged"]
    private static let partNouns: Set<String> = ["part", "parts", "side", "half", "section", "sector", "districts", "neighbourhoods", "neighborhoods", "areas", "suburbs", "outskirts"]

    /// Each compass word by the part it names: "eastern" and "east" are one part.
    static let compass: [String: String] = [
        "east": "east", "eastern": "east", "west": "west", "western": "west", "north": "north", "northern": "north",
        "south": "south", "southern": "south", "northeast": "northeast", "northeastern": "northeast",
        "northwest": "northwest", "northwestern": "northwest", "southeast": "southeast", "southeastern": "southeast",
        "southwest": "southwest", "southwestern": "southwest", "central": "central",
        "north-east": "northeast", "north-eastern": "northeast", "north-west": "northwest", "north-western": "northwest",
        "south-east": "southeast", "south-eastern": "southeast", "south-west": "southwest", "south-western": "southwest",
    ]
}
