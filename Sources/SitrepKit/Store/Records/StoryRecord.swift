/// A story as the report shows it: its label, days, articles and the outlets that carry it.
public struct StoryRecord: Sendable, Hashable {
    public var id: Int64
    public var label: String
    public var start: String?
    public var end: String?
    /// Its articles' ids, earliest first.
    public var articles: [String]
    /// Its outlets, each once, earliest first.
    public var outlets: [String]
    /// The outlet of its earliest original article.
    public var firstReportedBy: String?
    /// Which paragraphs of which article it holds, earliest first: what its findings read.
    public var segments: [Segment]

    public struct Segment: Sendable, Hashable {
        public var article: String
        public var paragraphs: [Int]
        public var outlet: String?
        public var day: String?
        /// The article this one repeats (a near-copy): one voice with it, not a second source.
        public var voiceOf: String?

        public init(article: String, paragraphs: [Int], outlet: String?, day: String?, voiceOf: String?) {
            self.article = article
            self.paragraphs = paragraphs
            self.outlet = outlet
            self.day = day
            self.voiceOf = voiceOf
        }
    }

    public init(id: Int64, label: String, start: String?, end: String?, articles: [String], outlets: [String], firstReportedBy: String?,
                segments: [Segment] = []) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
        self.articles = articles
        self.outlets = outlets
        self.firstReportedBy = firstReportedBy
        self.segments = segments
    }
}
