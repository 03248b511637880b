import Foundation

/// The report as JSON: a public contract other tools build on.
///
/// A top-level object whose `articles` array holds, per article, `id`, `source`, `title`,
/// `outlet`, `published` (ISO 8601 day or null), `text` (the clean body) and `spans` (layers of
/// `{start, end}` offsets in Unicode scalars into `text`), plus `removed` (what cleaning dropped,
/// with offsets into the pre-cleaning text), `published_inferred` and `published_evidence` (the
/// span a date read from the text rests on). The readers' layers follow as top-level arrays whose
/// records name their article by `article` (``LayerJSON``): `entities`, `mentions`, `dates`,
/// `quantities`, `claims`, `events`; then the corpus pass's `stories` (``StoryJSON``) and each story's
/// aligned `figures` (``FigureJSON``). Each array
/// streams from its table. Fields are added, never renamed.
public struct JSONReport: ReportRenderer {
    public init() {}

    public func render(_ store: any ArticleStore, to output: ReportOutput) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        output.write("{\"generator\":\"sitrep\",\"schema_version\":1,\"articles\":[\n")
        var first = true
        try store.forEachArticle { processed in
            if !first { output.write(",\n") }
            first = false
            let data = try encoder.encode(ArticleJSON(processed))
            output.write(String(decoding: data, as: UTF8.self))
        }
        output.write("\n]")
        try writeArray("entities", to: output, encoder) { emit in try store.forEachEntity { try emit(LayerJSON.EntityJSON($0)) } }
        try writeArray("mentions", to: output, encoder) { emit in try store.forEachMention { try emit(LayerJSON.MentionJSON($0)) } }
        try writeArray("dates", to: output, encoder) { emit in try store.forEachDate { try emit(LayerJSON.DateJSON($0)) } }
        try writeArray("quantities", to: output, encoder) { emit in try store.forEachQuantity { try emit(LayerJSON.QuantityJSON($0)) } }
        try writeArray("claims", to: output, encoder) { emit in try store.forEachClaim { try emit(LayerJSON.ClaimJSON($0)) } }
        try writeArray("events", to: output, encoder) { emit in try store.forEachEvent { try emit(LayerJSON.EventJSON($0)) } }
        try writeArray("stories", to: output, encoder) { emit in try store.forEachStory { try emit(StoryJSON($0)) } }
        try writeArray("figures", to: output, encoder) { emit in try StoryFigures.forEach(in: store) { try emit(FigureJSON($0)) } }
        output.write("}\n")
    }

    /// Writes `,"name":[…]` with one record per line, as `records` hands them over.
    private func writeArray(_ name: String, to output: ReportOutput, _ encoder: JSONEncoder,
                            _ records: ((any Encodable) throws -> Void) throws -> Void) throws {
        output.write(",\n\"\(name)\":[\n")
        var first = true
        try records { record in
            if !first { output.write(",\n") }
            first = false
            output.write(String(decoding: try encoder.encode(record), as: UTF8.self))
        }
        output.write("\n]")
    }
}

/// One article as the JSON report spells it.
public struct ArticleJSON: Encodable {
    var id: String
    var source: String
    var format: String
    var url: String?
    var title: String?
    var outlet: String?
    var republisher: String?
    var republished: String?
    var republication_kind: String?
    var byline: String?
    var published: String?
    var published_at: String?
    var published_source: String?
    var published_reliable: Bool?
    var published_inferred: Bool
    var published_evidence: Evidence?
    var language: String?
    var content_hash: String
    var text: String
    var spans: [String: [Span]]
    var removed: [Removed]

    struct Evidence: Encodable {
        var start: Int
        var end: Int
        var text: String
    }

    struct Removed: Encodable {
        var reason: String
        var start: Int
        var end: Int
        var text: String
    }

    public init(_ processed: ProcessedArticle) {
        let a = processed.article
        id = a.id
        source = a.source
        format = a.format.rawValue
        url = a.url
        title = a.title
        outlet = a.outlet
        republisher = processed.republication?.by
        republished = processed.republication?.on
        republication_kind = processed.republication?.kind.rawValue
        byline = a.byline
        published = a.published?.day
        published_at = a.published?.moment
        published_source = a.published?.source.rawValue
        published_reliable = a.published?.reliable
        published_inferred = a.published?.isInferred ?? false
        published_evidence = a.published?.evidence.map { Evidence(start: $0.start, end: $0.end, text: String(a.text[$0])) }
        language = a.language
        content_hash = a.contentHash
        text = a.text
        spans = ["paragraph": a.paragraphs, "sentence": a.sentences]
        removed = processed.removed.map { Removed(reason: $0.reason.rawValue, start: $0.span.start, end: $0.span.end, text: $0.text) }
    }

    // Explicit nulls: a consumer sees every field of the contract on every article.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(format, forKey: .format)
        try c.encode(url, forKey: .url)
        try c.encode(title, forKey: .title)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(republisher, forKey: .republisher)
        try c.encode(republished, forKey: .republished)
        try c.encode(republication_kind, forKey: .republication_kind)
        try c.encode(byline, forKey: .byline)
        try c.encode(published, forKey: .published)
        try c.encode(published_at, forKey: .published_at)
        try c.encode(published_source, forKey: .published_source)
        try c.encode(published_reliable, forKey: .published_reliable)
        try c.encode(published_inferred, forKey: .published_inferred)
        try c.encode(published_evidence, forKey: .published_evidence)
        try c.encode(language, forKey: .language)
        try c.encode(content_hash, forKey: .content_hash)
        try c.encode(text, forKey: .text)
        try c.encode(spans, forKey: .spans)
        try c.encode(removed, forKey: .removed)
    }

    enum CodingKeys: String, CodingKey {
        case id, source, format, url, title, outlet, republisher, republished, republication_kind, byline, published, published_at, published_source,
             published_reliable, published_inferred, published_evidence, language, content_hash, text, spans, removed
    }
}
