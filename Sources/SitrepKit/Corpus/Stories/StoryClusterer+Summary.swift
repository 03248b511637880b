import Foundation

extension StoryClusterer {
    /// A label a reader knows a story by: its main place, then its most telling actors and words
    /// by tf-idf ("Palmyra: Islamic State, recapture, army"). Made from the story's own terms, so
    /// it moves as the story grows.
    public func label(of story: Story) -> String {
        var names: [String: String] = [:]
        for segment in story.segments { names.merge(segment.names) { old, _ in old } }
        return label(of: story) { names[$0] }
    }

    /// The label, with entities' names from `name` (a store's entity table), asked of the few
    /// terms the label may use.
    public func label(of story: Story, name: (String) -> String?) -> String {
        // The town or province it is about; else the country it happens in.
        let backdrop = story.terms.filter { $0.key.hasPrefix(StoryTerms.backdropPrefix) }
            .max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        let place = mainPlace(of: story).flatMap(name) ?? backdrop.flatMap(name)
        let ranked = story.terms.map { ($0.key, (1 + log($0.value)) * idf($0.key)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var rest: [String] = []
        for (term, _) in ranked where rest.count < 3 {
            if term.hasPrefix(StoryTerms.wordPrefix) {
                rest.append(String(term.dropFirst(StoryTerms.wordPrefix.count)))
            } else if !StoryTerms.isPlace(term), !term.hasPrefix(StoryTerms.backdropPrefix), !term.hasPrefix("nationality:"),
                      let name = name(term), !rest.contains(name) {
                rest.append(name)
            }
        }
        guard let place else { return rest.joined(separator: ", ") }
        return rest.isEmpty ? place : place + ": " + rest.joined(separator: ", ")
    }
}

extension StoryClusterer.Story {
    /// The outlets that carry it, each once, the earliest first (undated ones last).
    public var outlets: [String] {
        var seen = Set<String>()
        return datedSegments.compactMap(\.outlet).filter { seen.insert($0).inserted }
    }

    /// The outlet of its earliest original segment (a repeat reports nothing first).
    public var firstReportedBy: String? {
        datedSegments.first { $0.voiceOf == nil && $0.outlet != nil }?.outlet
    }

    /// Its segments by day, undated last, in the order they joined on a tie.
    private var datedSegments: [StorySegment] {
        segments.enumerated().sorted { a, b in
            switch (a.element.day, b.element.day) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
