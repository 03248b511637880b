/// One article matching a search, best first, with the stretch of its body that matched best.
///
///     hit.snippet                      // "… the ferry sailings resumed …"
///     hit.highlights                   // spans of "ferry" and "sailings" in the snippet
///     hit.marked(open: "[", close: "]") // "… the [ferry] [sailings] resumed …"
public struct SearchHit: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    /// Plain text from the body, with "…" where it was cut.
    public var snippet: String
    /// The matched words, as Unicode-scalar offsets into ``snippet``.
    public var highlights: [Span]

    public init(id: String, title: String?, outlet: String?, published: String?, snippet: String, highlights: [Span]) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.snippet = snippet
        self.highlights = highlights
    }

    /// The publication day, `YYYY-MM-DD`.
    public var day: String? { published.map { String($0.prefix(10)) } }

    /// The snippet with each highlight between `open` and `close`, for a terminal or a page that
    /// escapes the rest itself.
    public func marked(open: String, close: String) -> String {
        let scalars = Array(snippet.unicodeScalars)
        var out = String.UnicodeScalarView()
        var at = 0
        for span in highlights.sorted() where span.start >= at && span.end <= scalars.count {
            out.append(contentsOf: scalars[at..<span.start])
            out.append(contentsOf: open.unicodeScalars)
            out.append(contentsOf: scalars[span.start..<span.end])
            out.append(contentsOf: close.unicodeScalars)
            at = span.end
        }
        out.append(contentsOf: scalars[at...])
        return String(out)
    }
}
