/// A story in the JSON report: `id` ("story:N"), `label`, `start` and `end` (days), `articles`
/// (ids, earliest first), `outlets` (each once, earliest first), `first_reported_by`.
struct StoryJSON: Encodable {
    let id: String
    let label: String
    let start: String?
    let end: String?
    let articles: [String]
    let outlets: [String]
    let first_reported_by: String?

    init(_ record: StoryRecord) {
        id = "story:\(record.id)"
        label = record.label
        start = record.start
        end = record.end
        articles = record.articles
        outlets = record.outlets
        first_reported_by = record.firstReportedBy
    }

    func encode(to encoder: any Encoder) throws {
        // Nulls written out, as the other records do: a consumer sees every field.
        enum Key: String, CodingKey { case id, label, start, end, articles, outlets, first_reported_by }
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(articles, forKey: .articles)
        try c.encode(outlets, forKey: .outlets)
        try c.encode(first_reported_by, forKey: .first_reported_by)
    }
}
