/// The one document model every stage reads and annotates: an article's clean text plus stand-off
/// spans into it.
///
/// Extract and clean produce ``text``; read adds layers (paragraphs, sentences, and later entities,
/// dates, quantities, claims, events) as ``Span``s into that text. No stage re-parses what another
/// stage already read; no stage copies the text into its annotations.
///
///     let article = try Pipeline().process(document)
///     for sentence in article.sentences { print(article.text[sentence]) }
public struct Article: Sendable, Codable, Hashable {
    /// A stable identifier derived from the content hash, the same on every store and worker.
    public var id: String
    /// SHA-256 of the source payload, lowercase hex. Re-ingesting the same bytes is a no-op.
    public var contentHash: String
    public var source: String
    public var format: DocumentFormat
    public var url: String?
    public var title: String?
    /// The outlet that wrote the article (not the one that republished it).
    public var outlet: String?
    public var byline: String?
    public var published: PublicationDate?
    public var language: String?
    /// The clean body: paragraphs separated by a blank line. Every span points into it.
    public var text: String
    public var paragraphs: [Span]
    public var sentences: [Span]
    /// What the readers found in ``text``: names, dates, figures, each a span with its value.
    public var layers: Layers

    public init(id: String, contentHash: String, source: String, format: DocumentFormat, url: String? = nil,
                title: String? = nil, outlet: String? = nil, byline: String? = nil,
                published: PublicationDate? = nil, language: String? = nil, text: String,
                paragraphs: [Span] = [], sentences: [Span] = [], layers: Layers = Layers()) {
        self.id = id
        self.contentHash = contentHash
        self.source = source
        self.format = format
        self.url = url
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.language = language
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.layers = layers
    }

    /// The id for a content hash: its first 20 hex digits. 80 bits keep collisions out of reach
    /// for billions of articles while staying short enough for URLs.
    public static func id(forContentHash hash: String) -> String { String(hash.prefix(20)) }
}

/// An article with what the pipeline kept beside it: the text before cleaning, and what cleaning
/// removed from it. This is what the store saves.
public struct ProcessedArticle: Sendable, Hashable {
    public var article: Article
    /// The text cleaning started from (the decoded file, or the HTML extractor's output).
    public var rawText: String
    public var removed: [RemovedSegment]
    /// Who copied the piece and when, when this is a copy.
    public var republication: Republication?
    /// The version of the readers that read ``article``'s layers (``ReadingStage/version``); 0
    /// when none has. An article read by older readers is read again by the corpus pass.
    public var readVersion: Int

    public init(article: Article, rawText: String, removed: [RemovedSegment], republication: Republication? = nil,
                readVersion: Int = 0) {
        self.article = article
        self.rawText = rawText
        self.removed = removed
        self.republication = republication
        self.readVersion = readVersion
    }
}
