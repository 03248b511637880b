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

    public init(id: Int64, label: String, start: String?, end: String?, articles: [String], outlets: [String], firstReportedBy: String?) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
        self.articles = articles
        self.outlets = outlets
        self.firstReportedBy = firstReportedBy
    }
}
