/// The article as readers see it: the article itself (text, publication date, language, outlet,
/// every layer read so far) with its text held once as scalars and its tokens.
///
///     var document = ReadingDocument(article)
///     for sentence in document.article.sentences {
///         for token in document.tokens(in: sentence) where token.isCapitalised { … }
///     }
public struct ReadingDocument: Sendable {
    public var article: Article
    public let text: ScalarText
    public var tokens: [Token] = []
    /// What cleaning set beside the body (captions, embedded posts): not the article's text, so
    /// never annotated, but evidence a reader may weigh (a dated caption dates an undated article).
    public var setAside: [String]

    public init(_ article: Article, setAside: [String] = []) {
        self.article = article
        self.setAside = setAside
        text = ScalarText(article.text)
    }

    /// The text of a span, sliced from the scalars.
    public subscript(span: Span) -> String { text[span] }

    /// The tokens inside `span`, found by binary search.
    public func tokens(in span: Span) -> ArraySlice<Token> { tokens[tokenIndices(in: span)] }

    /// The indices of the tokens inside `span`.
    public func tokenIndices(in span: Span) -> Range<Int> {
        let from = tokens.partitionIndex { $0.span.start < span.start }
        var to = tokens.partitionIndex { $0.span.start < span.end }
        while to > from, tokens[to - 1].span.end > span.end { to -= 1 }
        return from..<to
    }

    /// The index of the sentence holding `offset`, by binary search; nil between sentences.
    public func sentenceIndex(containing offset: Int) -> Int? {
        let sentences = article.sentences
        let low = sentences.partitionIndex { $0.end <= offset }
        return low < sentences.count && sentences[low].start <= offset ? low : nil
    }
}
