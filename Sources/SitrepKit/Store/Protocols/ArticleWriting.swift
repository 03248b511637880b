/// Storing articles as ingest produces them.
public protocol ArticleWriting: Sendable {
    /// The content hashes among `hashes` that are already stored.
    func storedHashes(among hashes: [String]) throws -> Set<String>

    /// Saves articles with all their layers and the entities they mention, in one transaction:
    /// each article is written whole or not at all; one already stored (same content hash) is
    /// skipped. Returns how many were new.
    @discardableResult
    func save(_ articles: [ProcessedArticle]) throws -> Int
}
