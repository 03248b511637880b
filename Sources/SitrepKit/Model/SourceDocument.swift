import Foundation

/// One document as ingest found it, before any stage has read it.
///
/// A file, a JSONL line, a WARC response record or a feed item each become one `SourceDocument`.
/// Containers know more than the payload does (a WARC record's target URI, a JSONL line's `title`
/// field, a feed item's `pubDate`); they pass it along as ``hints`` for the extractor to weigh.
public struct SourceDocument: Sendable {
    /// Where it came from: a path, `path:line N`, `path#record N`, or a URL. Shown in every error.
    public var source: String
    public var format: DocumentFormat
    /// The payload exactly as read; the content hash is taken over these bytes.
    public var payload: [UInt8]
    public var hints: Hints

    public init(source: String, format: DocumentFormat, payload: [UInt8], hints: Hints = Hints()) {
        self.source = source
        self.format = format
        self.payload = payload
        self.hints = hints
    }

    /// Metadata a container gives about its document.
    public struct Hints: Sendable, Equatable {
        public var url: String?
        public var title: String?
        public var outlet: String?
        public var byline: String?
        public var published: String?
        public var language: String?
        /// The charset a container declared (an HTTP `Content-Type` header in a WARC record).
        public var charset: String?

        public init(url: String? = nil, title: String? = nil, outlet: String? = nil, byline: String? = nil,
                    published: String? = nil, language: String? = nil, charset: String? = nil) {
            self.url = url
            self.title = title
            self.outlet = outlet
            self.byline = byline
            self.published = published
            self.language = language
            self.charset = charset
        }
    }
}
