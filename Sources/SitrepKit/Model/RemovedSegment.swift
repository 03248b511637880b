/// A piece of the extracted text that cleaning left out of the article body, kept so a user can see
/// what was dropped and why. Its span points into the text *before* cleaning (``ProcessedArticle/rawText``).
public struct RemovedSegment: Hashable, Sendable, Codable {
    public var span: Span
    public var reason: Reason
    public var text: String

    public init(span: Span, reason: Reason, text: String) {
        self.span = span
        self.reason = reason
        self.text = text
    }

    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        case title              // the headline, kept as the article's title instead
        case byline             // "By X", author or outlet lines
        case dateline           // a line that only dates the piece
        case metadata           // "Region: …", "Theme: …", tag lists
        case boilerplate        // legal notices, disclaimers, share/subscribe/comment prompts
        case recurring          // a line the same site prints on many of its pages, learned from the corpus
        case donationAppeal = "donation-appeal"
        case markup             // markup residue with no text of its own
        case codeDump = "code-dump"
        case repeatedBody = "repeated-body"
        case sidebar            // lists appended after the article: latest posts, related headlines
        case aside              // embedded social posts, captions: kept apart from the body
        case outsideBody = "outside-body"  // a page's menus, headers and footers around the article
        case attribution        // "The original source of this article is X", "Copyright © X"
    }
}
