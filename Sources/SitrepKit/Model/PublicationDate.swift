/// When an article was published, where that came from, and how far to trust it.
public struct PublicationDate: Hashable, Sendable, Codable {
    /// ISO 8601: a day (`2016-12-06`) or a moment (`2016-12-13T22:11:53Z`) when the source gives one.
    public var value: String
    public var source: Source
    /// False when the date was inferred from weak evidence (a date somewhere in the text, a URL
    /// with only a year and month) rather than stated as the publication date.
    public var reliable: Bool
    /// For a date inferred from the article's own words (``Source/inferred``): the words, as a
    /// span of the clean text ("a caption dated December 11, 2016").
    public var evidence: Span?

    public init(value: String, source: Source, reliable: Bool, evidence: Span? = nil) {
        self.value = value
        self.source = source
        self.reliable = reliable
        self.evidence = evidence
    }

    /// Whether the date was worked out by reading the article, not declared by it or its container.
    public var isInferred: Bool { source == .inferred }

    /// The calendar day, `YYYY-MM-DD`.
    public var day: String { String(value.prefix(10)) }

    /// The moment, when the source gave a time as well as a day.
    public var moment: String? { value.count > 10 ? value : nil }

    public enum Source: String, Hashable, Sendable, Codable {
        case container      // given by the JSONL line, the feed item or the WARC record
        case jsonLD = "json-ld"
        case meta           // <meta property="article:published_time"> and kin
        case timeElement = "time"
        case url
        case byline         // a dateline or byline line in the text: "Global Research, December 07, 2016"
        case text           // a date elsewhere in the visible text
        /// Read from what the article reports: a dated caption, an event it dates as "today".
        /// Never overrides a declared date.
        case inferred
    }
}
