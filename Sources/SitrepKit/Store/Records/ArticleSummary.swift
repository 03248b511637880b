/// An article's identity and headline facts, without its text.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var source: String

    /// The publication day, `YYYY-MM-DD`.
    public var day: String? { published.map { String($0.prefix(10)) } }

    public init(id: String, title: String?, outlet: String?, published: String?, source: String) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.source = source
    }
}

/// Which articles a listing shows: by outlet and by publication day (inclusive, `YYYY-MM-DD`).
public struct ArticleFilter: Sendable, Hashable {
    public var outlet: String?
    public var from: String?
    public var to: String?

    public init(outlet: String? = nil, from: String? = nil, to: String? = nil) {
        self.outlet = outlet
        self.from = from
        self.to = to
    }
}

/// A page of a listing: `limit` items after the first `offset`.
public struct Page: Sendable, Hashable {
    public var offset: Int
    public var limit: Int

    public init(offset: Int = 0, limit: Int = 50) {
        self.offset = max(0, offset)
        self.limit = max(0, limit)
    }
}
