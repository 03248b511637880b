/// How the copy at hand relates to the original: republished with credit by another outlet, or
/// pasted into a forum or aggregator. The article's own outlet and date stay on ``Article``; the
/// copier's name and date live here, kept apart.
public struct Republication: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Another outlet ran the piece and credits the original ("The original source of this article is X").
        case republished
        /// Pasted into a forum thread, with forum markup or the forum's own lists around it.
        case forumRepost = "forum-repost"
    }

    public var kind: Kind
    /// The outlet or site that made the copy, when it names itself.
    public var by: String?
    /// The day of the copy (`YYYY-MM-DD`), when it gives one.
    public var on: String?

    public init(kind: Kind, by: String? = nil, on: String? = nil) {
        self.kind = kind
        self.by = by
        self.on = on
    }
}
