/// What extraction hands to cleaning: a document's text and whatever metadata the format gave.
///
/// For HTML this is the main text the extractor chose, paragraphs separated by a blank line, with
/// metadata from the markup. For plain text and Markdown it is the decoded file as it stands;
/// cleaning then finds the title, bylines and boilerplate inside it.
public struct ExtractedText: Sendable, Hashable {
    public var text: String
    public var title: String?
    public var byline: String?
    public var outlet: String?
    public var published: PublicationDate?
    /// The canonical URL when the page declares one, else the URL it was fetched from.
    public var url: String?
    public var language: String?

    public init(text: String, title: String? = nil, byline: String? = nil, outlet: String? = nil,
                published: PublicationDate? = nil, url: String? = nil, language: String? = nil) {
        self.text = text
        self.title = title
        self.byline = byline
        self.outlet = outlet
        self.published = published
        self.url = url
        self.language = language
    }
}
