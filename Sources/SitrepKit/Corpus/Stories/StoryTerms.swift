/// What a stretch of an article is about, as weighted terms a story is matched on: the entities
/// it mentions (towns and provinces weigh most, then actors, then countries and nationalities) and
/// its content words. Outlets are left out: every
/// article of an agency names it, whatever the event.
///
///     let terms = StoryTerms.of(article, paragraphs: [0, 1, 2], text: ScalarText(article.text))
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

    /// What a country's, a continent's or a region's term starts with, before its entity id: the
    /// backdrop of a story, never the place it is about.
    static let backdropPrefix = "backdrop:"

    /// Whether a term is a town's or a province's (GeoNames ids are how places are keyed).
    static func isPlace(_ term: String) -> Bool { term.hasPrefix("geonames:") }

    /// The entity a term stands for, if it stands for one.
    static func entity(of term: String) -> String? {
        if term.hasPrefix(wordPrefix) { return nil }
        return term.hasPrefix(backdropPrefix) ? String(term.dropFirst(backdropPrefix.count)) : term
    }

    /// The terms of the paragraphs at `indices` (ascending), with their counts times their
    /// weights; `text` is the article's.
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
            var term = mention.value.entity.rawValue
            let weight: Double
            switch mention.value.kind {
            case .place:
                // A country, a continent or a region is the backdrop, weighed like a nationality word.
                if StorySegmenter.isBackdrop(article.layers.entities[mention.value.entity]) {
                    term = backdropPrefix + term
                    weight = nationalityWeight
                } else {
                    weight = placeWeight
                }
            case .person, .organisation: weight = actorWeight
            case .nationality: weight = nationalityWeight
            case .outlet: continue
            }
            terms[term, default: 0] += weight
        }
        for span in spans {
            for word in contentWords(text.scalars[span.start..<span.end]) { terms[wordPrefix + word, default: 0] += wordWeight }
        }
        return terms
    }

    /// Lowercased words of four letters or more that are not function words, a final plural "s"
    /// cut ("rebels" and "rebel" are one term). Capitalised words are left to the entities.
    static func contentWords(_ text: String) -> [String] {
        contentWords(ScalarText(text).scalars[...])
    }

    /// The same over a stretch of an article's scalars (ASCII letters told apart without Unicode's
    /// property tables: this runs over every word of every article).
    static func contentWords(_ scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        var other = String.UnicodeScalarView()   // a word with a letter beyond ASCII
        var capitalised = false, wide = false, afterJoiner = false
        func flush() {
            defer {
                word.removeAll(keepingCapacity: true)
                other = String.UnicodeScalarView()
                capitalised = false
                wide = false
                afterJoiner = false
            }
            guard !capitalised, (wide ? other.count : word.count) >= 4 else { return }
            var w = wide ? String(other) : String(decoding: word, as: UTF8.self)
            if w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
            if !NameWords.function.contains(w), !stopWords.contains(w) { words.append(w) }
        }
        func append(_ s: Unicode.Scalar) {
            if !wide, s.isASCII { word.append(UInt8(s.value)); return }
            if !wide { wide = true; other = String.UnicodeScalarView(String(decoding: word, as: UTF8.self).unicodeScalars) }
            other.append(s)
        }
        for s in scalars {
            let v = s.value
            let isLetter: Bool, isUpper: Bool
            if v < 0x80 {
                isUpper = v >= 0x41 && v <= 0x5A
                isLetter = isUpper || v >= 0x61 && v <= 0x7A
            } else {
                isLetter = s.properties.isAlphabetic
                isUpper = isLetter && s.properties.isUppercase
            }
            if isLetter {
                // A capital opening the word, or after its hyphen or apostrophe ("d'Alep",
                // "al-Nusra"): a name, the entities' business.
                if word.isEmpty && other.isEmpty || afterJoiner { capitalised = capitalised || isUpper }
                afterJoiner = false
                if isUpper {
                    if v < 0x80 { append(Unicode.Scalar(v + 32)!) } else { append(s.properties.lowercaseMapping.unicodeScalars.first ?? s) }
                } else {
                    append(s)
                }
            } else if s == "-" || s == "'" || s == "’", !(word.isEmpty && other.isEmpty) {
                append("-")
                afterJoiner = true
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
