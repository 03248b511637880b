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
        public var id: Int
        public var segments: [StorySegment] = []
        public var terms: [String: Double] = [:]
        /// The squared length of its tf-idf vector, kept as terms are added (each term at the
        /// idf of its last addition: recomputing every term's at each comparison would cost the
        /// story's size each time).
        var squaredNorm = 0.0
        /// The weight of its heaviest place.
        var mainPlaceWeight = 0.0
        public var firstDay: String?
        public var lastDay: String?

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

    public private(set) var stories: [Story] = []
    private var documentFrequency: [String: Int] = [:]
    private var segmentCount = 0
    private var storiesByTerm: [String: [Int]] = [:]
    private var storiesOfArticle: [String: [Int]] = [:]

    public init() {}

    /// Adds a segment; returns the stories it is now in.
    @discardableResult
    public mutating func add(_ segment: StorySegment) -> [Int] {
        if let original = segment.voiceOf, let joined = storiesOfArticle[original], !joined.isEmpty {
            for s in joined { stories[s].segments.append(segment); extend(s, with: segment.day) }
            storiesOfArticle[segment.article, default: []].append(contentsOf: joined)
            return joined
        }
        segmentCount += 1
        for term in segment.terms.keys { documentFrequency[term, default: 0] += 1 }
        let s = bestStory(for: segment) ?? newStory()
        stories[s].segments.append(segment)
        for (term, weight) in segment.terms {
            let old = stories[s].terms[term]
            if old == nil { storiesByTerm[term, default: []].append(s) }
            let new = (old ?? 0) + weight
            stories[s].terms[term] = new
            let idf = idf(term)
            if let old { stories[s].squaredNorm -= pow((1 + log(old)) * idf, 2) }
            stories[s].squaredNorm += pow((1 + log(new)) * idf, 2)
            if StoryTerms.isPlace(term) { stories[s].mainPlaceWeight = max(stories[s].mainPlaceWeight, new) }
        }
        extend(s, with: segment.day)
        storiesOfArticle[segment.article, default: []].append(s)
        return [s]
    }

    private mutating func newStory() -> Int {
        stories.append(Story(id: stories.count))
        return stories.count - 1
    }

    private mutating func extend(_ s: Int, with day: String?) {
        guard let day else { return }
        if stories[s].firstDay.map({ day < $0 }) ?? true { stories[s].firstDay = day }
        if stories[s].lastDay.map({ day > $0 }) ?? true { stories[s].lastDay = day }
    }

    func idf(_ term: String) -> Double {
        log(Double(segmentCount + 1) / Double(documentFrequency[term, default: 0] + 1)) + 1
    }

    private func bestStory(for segment: StorySegment) -> Int? {
        let vector = segment.terms.mapValues { (1 + log($0)) }
        var weighted: [(String, Double)] = vector.map { ($0.key, $0.value * idf($0.key)) }
        weighted.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        // A term in many stories ("forces") finds no story in particular, and probing by it would
        // compare every segment with every story: such terms are skipped unless nothing else is left.
        let probes = weighted.prefix(probeTerms).map { storiesByTerm[$0.0] ?? [] }
        var candidates = Set<Int>()
        for stories in probes where stories.count <= maximumPosting { candidates.formUnion(stories) }
        if candidates.isEmpty, let rarest = probes.filter({ !$0.isEmpty }).min(by: { $0.count < $1.count }) {
            candidates.formUnion(rarest.suffix(maximumPosting))
        }
        var best: (story: Int, score: Double)?
        for s in candidates.sorted() where isNear(segment.day, stories[s]) && isAbout(segment.focus, stories[s]) {
            let score = cosine(weighted, stories[s])
            if score >= threshold, best.map({ score > $0.score }) ?? true { best = (s, score) }
        }
        return best?.story
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
