/// A part of an article about one event: the whole article mostly, a section of it when it turns
/// to another place for several paragraphs (a report on Aleppo with a "PALMYRA" section on the
/// city's fall to Islamic State is in two stories).
public struct StorySegment: Sendable, Hashable {
    public var article: String
    /// The article this one repeats (a near-duplicate or republication), so the story counts one
    /// voice: nil for an original.
    public var voiceOf: String?
    public var outlet: String?
    /// The article's day, `YYYY-MM-DD`, when known.
    public var day: String?
    /// The paragraphs it covers, by index.
    public var paragraphs: [Int]
    /// The place its paragraphs are about (an entity id), when they name one.
    public var focus: String?
    public var terms: [String: Double]
    /// The names of its entity terms, as the article writes them, for a story's label.
    public var names: [String: String] = [:]

    public init(article: String, voiceOf: String? = nil, outlet: String?, day: String?, paragraphs: [Int], focus: String? = nil,
                terms: [String: Double]) {
        self.article = article
        self.voiceOf = voiceOf
        self.outlet = outlet
        self.day = day
        self.paragraphs = paragraphs
        self.focus = focus
        self.terms = terms
    }
}

/// Splits an article into the parts a story can hold, by the place each paragraph is about.
///
///     let segments = StorySegmenter().segments(of: article)
///
/// A paragraph's focus is the place it names most. The article's main place is the focus of its
/// first paragraph that has one (news says first what it is about); any other place that is the
/// focus of `minimumParagraphs` paragraphs or more, and of at least `minimumShare` of the focused
/// ones, opens a segment of its own with those paragraphs. The rest, the lead with it, is the main
/// segment. A headline may name both ("rebels get proposal to quit Aleppo, jihadists retake
/// Palmyra"): it stays with the main one. One pass over the mentions and the paragraphs.
public struct StorySegmenter: Sendable {
    public var minimumParagraphs = 3
    public var minimumShare = 0.2

    public init() {}

    public func segments(of article: Article, voiceOf: String? = nil) -> [StorySegment] {
        let count = article.paragraphs.count
        let day = article.published?.day
        let text = ScalarText(article.text)
        func segment(_ paragraphs: [Int], focus: String? = nil) -> StorySegment {
            var segment = StorySegment(article: article.id, voiceOf: voiceOf, outlet: article.outlet, day: day, paragraphs: paragraphs,
                                       focus: focus, terms: StoryTerms.of(article, paragraphs: paragraphs, text: text))
            for term in segment.terms.keys {
                if let id = StoryTerms.entity(of: term), let name = article.layers.entities[EntityID(rawValue: id)]?.name { segment.names[term] = name }
            }
            return segment
        }
        guard count > 0 else { return [segment([])] }
        let focus = focuses(of: article)
        var paragraphsByPlace: [String: [Int]] = [:]
        for (i, place) in focus.enumerated() { if let place { paragraphsByPlace[place, default: []].append(i) } }
        let focused = focus.compactMap { $0 }.count
        guard let main = focus.first(where: { $0 != nil }) ?? nil else { return [segment(Array(0..<count))] }
        // A country is where a story happens, not what it is about: it names no focus to match on.
        func specific(_ place: String) -> String? { Self.isBackdrop(article.layers.entities[EntityID(rawValue: place)]) ? nil : place }
        var taken = Set<Int>()
        var others: [StorySegment] = []
        for (place, paragraphs) in paragraphsByPlace.sorted(by: { $0.key < $1.key }) where place != main {
            // The first paragraph stays with the main place, even when it names this one most.
            let own = paragraphs.filter { $0 > 0 }
            guard own.count >= minimumParagraphs, Double(own.count) >= minimumShare * Double(focused) else { continue }
            others.append(segment(own, focus: specific(place)))
            taken.formUnion(own)
        }
        return [segment((0..<count).filter { !taken.contains($0) }, focus: specific(main))] + others
    }

    /// Whether a place is a country, a continent or a region: the backdrop of a story.
    static func isBackdrop(_ entity: Entity?) -> Bool {
        let feature = entity?.place?.feature
        return feature == "country" || feature == "continent" || feature == "region"
    }

    /// For each paragraph, the place it names most (the first named on a tie), if any. A country
    /// or a larger area counts half: it is the backdrop ("In Syria, … on Raqqa" is about Raqqa).
    func focuses(of article: Article) -> [String?] {
        var counts = Array(repeating: [String: Double](), count: article.paragraphs.count)
        var first = Array(repeating: [String: Int](), count: article.paragraphs.count)
        var p = 0
        for mention in article.layers.mentions where mention.value.kind == .place {
            while p < article.paragraphs.count, article.paragraphs[p].end <= mention.span.start { p += 1 }
            guard p < article.paragraphs.count, article.paragraphs[p].start <= mention.span.start else { continue }
            let id = mention.value.entity
            let weight = Self.isBackdrop(article.layers.entities[id]) ? 0.5 : 1
            counts[p][id.rawValue, default: 0] += weight
            if first[p][id.rawValue] == nil { first[p][id.rawValue] = mention.span.start }
        }
        return counts.indices.map { i in
            counts[i].max { a, b in a.value != b.value ? a.value < b.value : first[i][a.key]! > first[i][b.key]! }?.key
        }
    }
}
