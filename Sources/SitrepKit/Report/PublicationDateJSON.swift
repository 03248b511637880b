/// One document's publication date as `sitrep extract --date-only --json` prints it: the same
/// `published*` fields, with the same meaning, as an article in ``JSONReport``.
public struct PublicationDateJSON: Encodable {
    var source: String
    var url: String?
    var published: String?
    var published_at: String?
    var published_source: String?
    var published_reliable: Bool?

    public init(source: String, url: String?, date: PublicationDate?) {
        self.source = source
        self.url = url
        published = date?.day
        published_at = date?.moment
        published_source = date?.source.rawValue
        published_reliable = date?.reliable
    }

    // Explicit nulls, as in the article contract.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
        try c.encode(published_at, forKey: .published_at)
        try c.encode(published_source, forKey: .published_source)
        try c.encode(published_reliable, forKey: .published_reliable)
    }

    private enum CodingKeys: String, CodingKey {
        case source, url, published, published_at, published_source, published_reliable
    }
}
