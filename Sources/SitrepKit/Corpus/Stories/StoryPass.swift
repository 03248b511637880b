/// The corpus pass's story step: the articles no story holds yet, in publication order and in
/// batches, cut into segments and added to the stories still open in their days, which the store
/// keeps between passes. A pass costs what came in and the stories of its days, not the store.
///
///     try StoryPass().run(on: store)
///
/// Near-duplicates within a batch are one voice: the first of each group is the original, the
/// others repeat it.
struct StoryPass: Sendable {
    var batchSize = 512
    var segmenter = StorySegmenter()
    var clustering = StoryClusterer()

    func run(on store: any ArticleStore) throws {
        let pending = try store.articleIDsWithoutStory()
        for start in stride(from: 0, to: pending.count, by: batchSize) {
            let ids = Array(pending[start..<min(start + batchSize, pending.count)])
            let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
            let batch = try store.articles(withIDs: ids).sorted { order[$0.article.id, default: 0] < order[$1.article.id, default: 0] }
            let voices = Self.voices(batch.map(\.article))
            let segments = batch.flatMap { segmenter.segments(of: $0.article, voiceOf: voices[$0.article.id]) }
            // Stories whose days end before the batch's first day, less the window, cannot be joined.
            let since = segments.compactMap(\.day).min().flatMap(CalendarDay.init(iso:))?.adding(days: -clustering.windowDays).iso
            let (open, segmentCount) = try store.openStories(since: since)
            var terms = Set<String>()
            for segment in segments { terms.formUnion(segment.terms.keys) }
            for story in open { terms.formUnion(story.terms.keys) }
            var clusterer = StoryClusterer(resuming: open, documentFrequency: try store.storyTermCounts(terms), segmentCount: segmentCount)
            clusterer.threshold = clustering.threshold
            clusterer.windowDays = clustering.windowDays
            for segment in segments { clusterer.add(segment) }
            try store.saveStories(clusterer)
        }
    }

    /// For each article that nearly repeats an earlier one of the batch, that one's id.
    static func voices(_ articles: [Article]) -> [String: String] {
        var clusters = NearDuplicateClusters()
        for (i, article) in articles.enumerated() { clusters.add(i, text: article.text) }
        var voices: [String: String] = [:]
        for group in clusters.groups() {
            guard let first = group.min() else { continue }
            for i in group where i != first { voices[articles[i].id] = articles[first].id }
        }
        return voices
    }
}
