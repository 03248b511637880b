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
    /// Who copied the piece and when, when this is a copy.
    public var republication: Republication?
    public var published: PublicationDate?
    /// The wire dateline that opens the story ("ATLANTA (AP) --"): its place and agency, and
    /// where it is in the text cleaning started from.
    public var dateline: Dateline? = nil
}
