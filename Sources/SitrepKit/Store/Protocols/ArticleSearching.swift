/// Full-text search over titles and bodies.
public protocol ArticleSearching: Sendable {
    /// The articles matching every word of `query` (stemmed, accents ignored), best first.
    func search(_ query: String, limit: Int) throws -> [SearchHit]
}
