/// What cleaning hands to reading: the article body and what was learned on the way.
public struct CleanedText: Sendable, Hashable {
    /// Paragraphs separated by a blank line.
    public var text: String
    public var paragraphs: [Span]
    /// What was left out, with spans into the text cleaning started from.
    public var removed: [RemovedSegment]
    public var title: String?
    public var byline: String?
    public var outlet: String?
    /// The outlet whose copy this is, when it names another as the original.
    public var republisher: String?
    public var published: PublicationDate?
}
