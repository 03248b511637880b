/// Where the corpus pass keeps its stories between passes, so new articles join them without the
/// store being clustered again: each story's terms and segments, and the corpus' term counts.
public protocol StoryStoring: Sendable {
    /// The ids of the stored articles no story holds yet, in publication order (read in chunks
    /// with ``ArticleReading/articles(withIDs:)``).
    func articleIDsWithoutStory() throws -> [String]

    /// The stories a segment of `day` or later may still join: those whose last day is on or after
    /// `since` (every story when nil) and those with no day, not merged, with their terms and
    /// segments (the segments without terms); and how many original segments the corpus has.
    func openStories(since: String?) throws -> (stories: [StoryClusterer.Story], segmentCount: Int)

    /// In how many segments each of `terms` occurs.
    func storyTermCounts(_ terms: Set<String>) throws -> [String: Int]

    /// Saves what a clusterer changed: its changed stories (new ones get their stored id), their
    /// new segments, and the term counts that grew. One transaction.
    func saveStories(_ clusterer: StoryClusterer) throws

    /// Every story not merged into another, earliest first, with its articles and outlets.
    func forEachStory(_ body: (StoryRecord) throws -> Void) throws
}
