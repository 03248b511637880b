/// Lines up a story's figures that measure the same thing, across its articles, and classes each
/// line-up (``AlignedFigure``).
///
///     let figures = FigureAligner().figures(of: story, from: try store.measuredFigures(inArticles: story.articles))
///
/// Two figures measure the same thing when their ``Measure``s count the same thing the same way
/// (a stock, a flow, a share) of compatible places: the same place, or one of them naming none
/// (the story says where), and the same part of it or none. Only the paragraphs of the story's
/// own segments count (an article may hold two stories), and a near-copy is the voice of the
/// article it repeats, not a second source. A line-up is kept when it spans two articles, or when
/// one article disputes a figure it relays.
public struct FigureAligner: Sendable {
    /// Values this many days apart or fewer are given for the same time.
    public var sameTimeDays = 1

    public init() {}

    public func figures(of story: StoryRecord, from records: [MeasuredFigureRecord]) -> [AlignedFigure] {
        var paragraphs: [String: Set<Int>] = [:]
        for segment in story.segments where segment.voiceOf == nil {
            paragraphs[segment.article, default: []].formUnion(segment.paragraphs)
        }
        let order = Dictionary(story.articles.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let held = records.filter { paragraphs[$0.figure.position.article]?.contains($0.paragraph) ?? false }
        // The most specific first, so a figure that names no place joins a line-up that does.
        let sorted = held.sorted { a, b in
            let (sa, sb) = (Self.specificity(a), Self.specificity(b))
            if sa != sb { return sa > sb }
            let (oa, ob) = (order[a.figure.position.article] ?? 0, order[b.figure.position.article] ?? 0)
            return oa != ob ? oa < ob : a.figure.position.span < b.figure.position.span
        }
        var groups: [Group] = []
        for record in sorted {
            if let g = groups.firstIndex(where: { $0.admits(record) }) {
                groups[g].add(record)
            } else {
                groups.append(Group(record))
            }
        }
        var out: [AlignedFigure] = []
        for group in groups {
            let values = group.records.sorted { a, b in
                let (da, db) = (a.day ?? "", b.day ?? "")
                if da != db { return da < db }
                let (oa, ob) = (order[a.figure.position.article] ?? 0, order[b.figure.position.article] ?? 0)
                return oa != ob ? oa < ob : a.figure.position.span < b.figure.position.span
            }
            let verdict = FigureClassifier(sameTimeDays: sameTimeDays).classify(values)
            let articles = Set(values.map(\.figure.position.article))
            guard articles.count >= 2 || verdict.classification == .disputed else { continue }
            out.append(AlignedFigure(
                id: "figure:\(story.id):\(out.count + 1)", story: story.id, thing: group.thing, kind: group.kind,
                measure: MeasureWords.phrase(thing: group.thing, kind: group.kind), place: group.place,
                placeName: MeasureWords.placePhrase(name: group.placeName, part: group.part), part: group.part,
                classification: verdict.classification, direction: verdict.direction,
                values: values.enumerated().map { index, record in
                    let q = record.figure.quantity
                    return AlignedFigure.Value(
                        quantity: record.figure.position.text, low: q.low, high: q.high, approx: q.approx, owner: record.figure.owner,
                        outlet: record.figure.position.outlet, date: record.day, sentence: record.sentenceText,
                        article: record.figure.position.article, span: record.figure.position.span, sentenceSpan: record.sentence,
                        claim: record.figure.claim, disputedBy: verdict.disputedBy[index])
                }))
        }
        return out
    }

    private static func specificity(_ record: MeasuredFigureRecord) -> Int {
        (record.place != nil ? 2 : 0) + (record.measure.part != nil ? 1 : 0)
    }

    /// Figures of one measure as they gather; its place and part are the first any figure gives.
    private struct Group {
        var thing: String
        var kind: Measure.Kind
        var place: EntityID?
        var placeName: String?
        var part: String?
        var records: [MeasuredFigureRecord]

        init(_ record: MeasuredFigureRecord) {
            thing = record.measure.thing
            kind = record.measure.kind
            place = record.place
            placeName = record.placeName
            part = record.measure.part
            records = [record]
        }

        func admits(_ record: MeasuredFigureRecord) -> Bool {
            guard record.measure.thing == thing, record.measure.kind == kind else { return false }
            if let p = record.place, let place, p != place { return false }
            if let p = record.measure.part, let part, p != part { return false }
            return true
        }

        mutating func add(_ record: MeasuredFigureRecord) {
            if place == nil, let p = record.place { place = p; placeName = record.placeName }
            if part == nil { part = record.measure.part }
            records.append(record)
        }
    }
}
