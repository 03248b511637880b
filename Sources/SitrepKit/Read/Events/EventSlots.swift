/// The rest of an event's record, from the other layers of its sentence: the most specific place
/// named, the first date (and the last, for a span given by two), the figures of killed and wounded, and the claim whose content holds
/// the predicate. Each found by binary search in its layer, so a sentence costs only its own
/// annotations.
struct EventSlots {
    let layers: Layers

    /// Rank of a place's GeoNames feature: the higher, the more specific.
    private static let specificity: [String: Int] = ["continent": 0, "region": 1, "country": 2, "admin1": 3, "admin2": 4, "city": 5]

    /// The most specific place mention of the sentence, and its country.
    func place(in sentence: Span) -> (id: AnnotationID, country: String?)? {
        let mentions = layers.mentions
        var best: (id: AnnotationID, rank: Int, country: String?)?
        for k in mentions.indices(startingIn: sentence) where mentions[k].value.kind == .place {
            let geo = layers.entities[mentions[k].value.entity]?.place
            let rank = geo.map { Self.specificity[$0.feature] ?? 3 } ?? 3
            if best == nil || rank > best!.rank { best = (mentions.id(at: k), rank, geo?.country) }
        }
        return best.map { ($0.id, $0.country) }
    }

    /// Words that join two dates into a span: "December 6 and December 7", "3 May to 5 May".
    static let spanJoiners: Set<String> = ["and", "to", "through", "until", "till", "-", "–", "—"]

    /// The sentence's first date and, when the next date follows it joined by one word of
    /// ``spanJoiners`` and falls later, that one as the span's end.
    func dates(in sentence: Span, tokens: [Token]) -> (first: AnnotationID?, end: AnnotationID?) {
        let dates = layers.dates
        let range = dates.indices(startingIn: sentence)
        guard let k = range.first else { return (nil, nil) }
        let first = dates[k]
        guard k + 1 < range.upperBound else { return (dates.id(at: k), nil) }
        let next = dates[k + 1]
        let from = tokens.partitionIndex { $0.span.start < first.span.end }
        let to = tokens.partitionIndex { $0.span.start < next.span.start }
        let joined = to - from == 1 && Self.spanJoiners.contains(tokens[from].norm)
        let later = [first.value.precision, next.value.precision].allSatisfy { $0 == .day || $0 == .month }
            && next.value.value > first.value.value
        return (dates.id(at: k), joined && later ? dates.id(at: k + 1) : nil)
    }

    func figure(_ role: Quantity.Role, in sentence: Span) -> AnnotationID? {
        let quantities = layers.quantities
        for k in quantities.indices(startingIn: sentence) where quantities[k].value.role == role {
            return quantities.id(at: k)
        }
        return nil
    }

    /// The claim whose content holds the predicate. Claims are in text order by their whole span,
    /// which starts at or before the content; those starting after the predicate cannot hold it,
    /// and a claim spans at most a few sentences, so a short look back suffices.
    func claim(holding predicate: Span) -> AnnotationID? {
        let claims = layers.claims
        guard !claims.isEmpty else { return nil }
        var k = claims.items.partitionIndex { $0.span.start <= predicate.start }
        var looked = 0
        while k > 0, looked < 8 {
            k -= 1
            looked += 1
            let content = claims[k].value.content
            if content.start <= predicate.start && predicate.end <= content.end { return claims.id(at: k) }
        }
        return nil
    }
}
