import Foundation

/// Groups story segments into stories, one segment at a time, the way topic detection and
/// tracking does it: a segment joins the story it is most like, if that is like enough and near
/// in time, or opens a new one. Nothing is clustered again when articles arrive, so a corpus pass
/// costs what came in.
///
///     var clusterer = StoryClusterer()
///     for segment in segments { clusterer.add(segment) }
///     clusterer.stories    // each with its segments, days and outlets
///
/// Likeness is the cosine of tf-idf vectors: a story's vector is the sum of its segments' terms,
/// and a term's idf comes from the segments seen so far, so a word every article uses ("forces")
/// weighs little once the corpus shows it. Only stories that share one of a segment's heaviest
/// terms are compared (an inverted index), and only those within `windowDays` of its day: the
/// cost of an addition grows with the stories about its own subject, not with the store.
/// A segment about a place (``StorySegment/focus``) joins only a story in which that place weighs
/// at least `focusShare` of the story's main place: a section on Palmyra's fall does not join the
/// story of Aleppo because the Aleppo reports mention Palmyra in passing.
/// A repeat (``StorySegment/voiceOf``) joins the stories of what it repeats and adds no weight:
/// a republication is one voice.
public struct StoryClusterer: Sendable {
    public struct Story: Sendable, Hashable {
        /// Its place among this clusterer's stories.
        public var id: Int
        /// Its id in a store, for a story resumed from one (nil for a story opened here).
        public var storedID: Int64?
        /// Its segments: those resumed from a store carry no terms (the story's own hold them).
        public var segments: [StorySegment] = []
        public var terms: [String: Double] = [:]
        /// The squared length of its tf-idf vector, kept as terms are added (each term at the
        /// idf of its last addition: recomputing every term's at each comparison would cost the
        /// story's size each time).
        public var squaredNorm = 0.0
        /// The weight of its heaviest place.
        public var mainPlaceWeight = 0.0
        public var firstDay: String?
        public var lastDay: String?
        /// The story this one was merged into (its ``id``), once they proved alike.
        public internal(set) var mergedInto: Int?

        /// Its articles, in the order they joined.
        public var articles: [String] {
            var seen = Set<String>()
            return segments.map(\.article).filter { seen.insert($0).inserted }
        }
    }

    /// The least cosine at which a segment joins a story.
    public var threshold = 0.15
    /// How much of a story's main place a segment's own place must weigh in it.
    public var focusShare = 0.25
    /// How far a segment's day may lie outside a story's days.
    public var windowDays = 10
    /// How many of a segment's heaviest terms find the stories to compare it with.
    public var probeTerms = 12
    /// A probe term in more stories than this is too common to find candidates by.
    public var maximumPosting = 200
    /// Up to how many segments a story is checked, as it grows, for an older story it is like.
    public var mergeCheckLimit = 20

    /// Every story ever opened, merged ones too (their ids stay valid).
    private var all: [Story] = []
    /// The stories, each with its segments, days and outlets.
    public var stories: [Story] { all.filter { $0.mergedInto == nil } }
    /// Every story, merged ones too, resumed or opened here: what a store saves after a pass.
    public var allStories: [Story] { all }
    /// In how many segments each term occurs, and of how many.
    public private(set) var documentFrequency: [String: Int] = [:]
    public private(set) var segmentCount = 0
    /// The stories changed since the clusterer was made (by ``Story/id``).
    public private(set) var changed: Set<Int> = []
    /// For each changed story, the terms whose weight changed: all a store rewrites of it.
    public private(set) var changedTerms: [Int: Set<String>] = [:]
    /// The segments added since the clusterer was made, by article: what a store has yet to save.
    public private(set) var addedArticles: Set<String> = []
    /// The terms whose ``documentFrequency`` grew since the clusterer was made.
    public private(set) var countedTerms: Set<String> = []
    private var storiesByTerm: [String: [Int]] = [:]
    private var storiesOfArticle: [String: [Int]] = [:]

    public init() {}

    /// Resumes where a store left off: the stories still open to new segments (those whose days
    /// reach into the window of what comes next), the corpus' term counts and its segment count.
    /// Terms of stories not resumed keep their counts; only their stories are not compared.
    public init(resuming stories: [Story], documentFrequency: [String: Int], segmentCount: Int) {
        self.documentFrequency = documentFrequency
        self.segmentCount = segmentCount
        for var story in stories {
            story.id = all.count
            for term in story.terms.keys { storiesByTerm[term, default: []].append(story.id) }
            for segment in story.segments { storiesOfArticle[segment.article, default: []].append(story.id) }
            all.append(story)
        }
    }

    /// Adds a segment; returns the stories it is now in.
    @discardableResult
    public mutating func add(_ segment: StorySegment) -> [Int] {
        addedArticles.insert(segment.article)
        if let original = segment.voiceOf, let joined = storiesOfArticle[original].map({ Set($0.map(surviving)) }), !joined.isEmpty {
            let ids = joined.sorted()
            for s in ids { all[s].segments.append(segment); extend(s, with: segment.day); changed.insert(s) }
            storiesOfArticle[segment.article, default: []].append(contentsOf: ids)
            return ids
        }
        segmentCount += 1
        for term in segment.terms.keys { documentFrequency[term, default: 0] += 1; countedTerms.insert(term) }
        var s = bestStory(for: segment) ?? newStory()
        all[s].segments.append(segment)
        addTerms(segment.terms, to: s)
        extend(s, with: segment.day)
        changed.insert(s)
        storiesOfArticle[segment.article, default: []].append(s)
        // The story has grown: it may now be like one opened before it was (an early article that
        // found nothing alike when it came). Merged, the story no longer depends on arrival order.
        while let other = alikeStory(to: s) { s = merge(s, other) }
        return [s]
    }

    private mutating func newStory() -> Int {
        all.append(Story(id: all.count))
        return all.count - 1
    }

    private mutating func addTerms(_ terms: [String: Double], to s: Int) {
        for (term, weight) in terms {
            let old = all[s].terms[term]
            if old == nil { storiesByTerm[term, default: []].append(s) }
            let new = (old ?? 0) + weight
            all[s].terms[term] = new
            changedTerms[s, default: []].insert(term)
            let idf = idf(term)
            if let old { all[s].squaredNorm -= pow((1 + log(old)) * idf, 2) }
            all[s].squaredNorm += pow((1 + log(new)) * idf, 2)
            if StoryTerms.isPlace(term) { all[s].mainPlaceWeight = max(all[s].mainPlaceWeight, new) }
        }
    }

    private mutating func extend(_ s: Int, with day: String?) {
        guard let day else { return }
        if all[s].firstDay.map({ day < $0 }) ?? true { all[s].firstDay = day }
        if all[s].lastDay.map({ day > $0 }) ?? true { all[s].lastDay = day }
    }

    /// The story a merged one lives on in.
    private func surviving(_ s: Int) -> Int {
        var s = s
        while let next = all[s].mergedInto { s = next }
        return s
    }

    /// Folds the smaller of two stories into the larger; returns the one that remains.
    private mutating func merge(_ a: Int, _ b: Int) -> Int {
        let (into, from) = all[a].segments.count >= all[b].segments.count ? (a, b) : (b, a)
        let moved = all[from]
        all[into].segments += moved.segments
        addTerms(moved.terms, to: into)
        extend(into, with: moved.firstDay)
        extend(into, with: moved.lastDay)
        all[from] = Story(id: from, storedID: moved.storedID, mergedInto: into)
        changed.insert(from)
        changed.insert(into)
        return into
    }

    /// Another story as alike to story `s` as a segment must be to join it, near in time, and
    /// about the same place.
    private func alikeStory(to s: Int) -> Int? {
        let story = all[s]
        // Arrival order matters while a story is young; a grown one is compared segment by segment.
        guard story.segments.count <= mergeCheckLimit else { return nil }
        let weighted = story.terms.map { ($0.key, (1 + log($0.value)) * idf($0.key)) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let main = mainPlace(of: story)
        var best: (story: Int, score: Double)?
        for t in candidates(weighted) where t != s && all[t].mergedInto == nil
            && isNear(story.firstDay, all[t]) && isNear(story.lastDay, all[t]) && isAbout(main, all[t]) {
            guard isAbout(mainPlace(of: all[t]), story) else { continue }
            let score = cosine(weighted, all[t])
            if score >= threshold, best.map({ score > $0.score }) ?? true { best = (t, score) }
        }
        return best?.story
    }

    func idf(_ term: String) -> Double {
        log(Double(segmentCount + 1) / Double(documentFrequency[term, default: 0] + 1)) + 1
    }

    private func bestStory(for segment: StorySegment) -> Int? {
        let vector = segment.terms.mapValues { (1 + log($0)) }
        var weighted: [(String, Double)] = vector.map { ($0.key, $0.value * idf($0.key)) }
        weighted.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var best: (story: Int, score: Double)?
        for s in candidates(weighted) where all[s].mergedInto == nil && isNear(segment.day, all[s]) && isAbout(segment.focus, all[s]) {
            let score = cosine(weighted, all[s])
            if score >= threshold, best.map({ score > $0.score }) ?? true { best = (s, score) }
        }
        return best?.story
    }

    /// The id of a story's heaviest place.
    func mainPlace(of story: Story) -> String? {
        story.terms.filter { StoryTerms.isPlace($0.key) }.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// The stories that share one of the heaviest terms of a vector. A term in many stories
    /// ("forces") finds no story in particular, and probing by it would compare every segment with
    /// every story: such terms are skipped unless nothing else is left.
    private func candidates(_ weighted: [(String, Double)]) -> [Int] {
        let probes = weighted.prefix(probeTerms).map { storiesByTerm[$0.0] ?? [] }
        var found = Set<Int>()
        for stories in probes where stories.count <= maximumPosting { found.formUnion(stories) }
        if found.isEmpty, let rarest = probes.filter({ !$0.isEmpty }).min(by: { $0.count < $1.count }) {
            found.formUnion(rarest.suffix(maximumPosting))
        }
        return found.sorted()
    }

    private func cosine(_ segment: [(String, Double)], _ story: Story) -> Double {
        var dot = 0.0, a = 0.0
        for (term, w) in segment {
            a += w * w
            if let s = story.terms[term] { dot += w * (1 + log(s)) * idf(term) }
        }
        let b = max(story.squaredNorm, 0)
        return a > 0 && b > 0 ? dot / (a.squareRoot() * b.squareRoot()) : 0
    }

    private func isAbout(_ focus: String?, _ story: Story) -> Bool {
        guard let focus else { return true }
        return story.terms[focus, default: 0] >= focusShare * story.mainPlaceWeight
    }

    private func isNear(_ day: String?, _ story: Story) -> Bool {
        guard let day, let first = story.firstDay, let last = story.lastDay,
              let d = CalendarDay(iso: day)?.dayNumber, let f = CalendarDay(iso: first)?.dayNumber,
              let l = CalendarDay(iso: last)?.dayNumber else { return true }
        return d >= f - windowDays && d <= l + windowDays
    }
}
