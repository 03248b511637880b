/// What a stretch of an article is about, as weighted terms a story is matched on: the entities
/// it mentions (towns and provinces weigh most, then actors, then countries and nationalities) and
/// its content words. Outlets are left out: every
/// article of an agency names it, whatever the event.
///
///     let terms = StoryTerms.of(article, paragraphs: 0..<article.paragraphs.count)
///     terms["geonames:170063"]   // Aleppo, weighed by its mentions
///     terms["w:evacuation"]      // a content word
enum StoryTerms {
    /// Relative weight of each kind of term: a story is first a place and its actors.
    static let placeWeight = 3.0
    static let actorWeight = 2.0
    static let nationalityWeight = 1.0
    static let wordWeight = 1.0

    /// What a content word's term starts with; an entity's term is its id.
    static let wordPrefix = "w:"

    /// Whether a term is a place's (GeoNames ids are how places are keyed).
    static func isPlace(_ term: String) -> Bool { term.hasPrefix("geonames:") }

    /// The terms of the paragraphs `range` of `article`, with their counts times their weights.
    static func of(_ article: Article, paragraphs range: Range<Int>) -> [String: Double] {
        of(article, paragraphs: Array(range), text: ScalarText(article.text))
    }

    /// The terms of the paragraphs at `indices` (ascending), `text` being the article's.
    static func of(_ article: Article, paragraphs indices: [Int], text: ScalarText) -> [String: Double] {
        var terms: [String: Double] = [:]
        guard !indices.isEmpty else { return terms }
        let spans = indices.map { article.paragraphs[$0] }
        // Mentions and paragraphs are both in text order: one walk over the two.
        var p = 0
        for mention in article.layers.mentions {
            while p < spans.count, spans[p].end < mention.span.end { p += 1 }
            guard p < spans.count else { break }
            guard spans[p].start <= mention.span.start else { continue }
            let weight: Double
            switch mention.value.kind {
            case .place:
                // A country, a continent or a region is the backdrop, weighed like a nationality word.
                let feature = article.layers.entities[mention.value.entity]?.place?.feature
                weight = feature == "country" || feature == "continent" || feature == "region" ? nationalityWeight : placeWeight
            case .person, .organisation: weight = actorWeight
            case .nationality: weight = nationalityWeight
            case .outlet: continue
            }
            terms[mention.value.entity.rawValue, default: 0] += weight
        }
        for span in spans {
            for word in contentWords(text[span]) { terms[wordPrefix + word, default: 0] += wordWeight }
        }
        return terms
    }

    /// Lowercased words of four letters or more that are not function words, a final plural "s"
    /// cut ("rebels" and "rebel" are one term). Capitalised words are left to the entities.
    static func contentWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var capitalised = false
        func flush() {
            defer { word = String.UnicodeScalarView(); capitalised = false }
            guard !capitalised, word.count >= 4 else { return }
            var w = String(word)
            if w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
            if !NameWords.function.contains(w), !stopWords.contains(w) { words.append(w) }
        }
        for s in text.unicodeScalars {
            if s.properties.isAlphabetic {
                if word.isEmpty { capitalised = s.properties.isUppercase }
                word.append(s.properties.isUppercase ? (s.properties.lowercaseMapping.unicodeScalars.first ?? s) : s)
            } else if s == "-" || s == "'" || s == "’", !word.isEmpty {
                word.append("-")
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Words of reporting and of time that every news story has: no evidence of one event.
    private static let stopWords: Set<String> = [
        "said", "say", "saying", "told", "according", "reported", "report", "added", "would", "could",
        "should", "also", "there", "their", "they", "them", "this", "that", "these", "those", "with",
        "from", "have", "been", "were", "will", "which", "what", "when", "where", "while", "about",
        "after", "before", "over", "into", "than", "then", "some", "more", "most", "other", "such",
        "year", "week", "month", "today", "yesterday", "day", "time", "people", "news", "statement",
    ]
}
