import Foundation
import GRDB

extension SQLiteStore: ArticleWriting {
    public func storedHashes(among hashes: [String]) throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try pool.read { db in
            var found = Set<String>()
            try Self.inChunks(hashes) { marks, chunk in
                found.formUnion(try String.fetchAll(db, sql: "SELECT content_hash FROM article WHERE content_hash IN (\(marks))",
                                                    arguments: chunk))
            }
            return found
        }
    }

    @discardableResult
    public func save(_ articles: [ProcessedArticle]) throws -> Int {
        guard !articles.isEmpty else { return 0 }
        let now = ISO8601DateFormatter().string(from: Date())
        return try pool.write { db in
            var inserted = 0
            for processed in articles where try insert(processed, at: now, db) { inserted += 1 }
            return inserted
        }
    }

    private func insert(_ processed: ProcessedArticle, at now: String, _ db: Database) throws -> Bool {
        let a = processed.article
        try db.cachedStatement(sql: """
            INSERT INTO article (id, content_hash, source, format, url, title, outlet, republisher, republication_kind,
                                 republished, byline, published, published_source, published_reliable,
                                 published_evidence_start, published_evidence_end, language, text, raw_text, ingested_at,
                                 site, read_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """).execute(arguments: [
                a.id, a.contentHash, a.source, a.format.rawValue, a.url, a.title, a.outlet, processed.republication?.by,
                processed.republication?.kind.rawValue, processed.republication?.on, a.byline,
                a.published?.value, a.published?.source.rawValue, a.published?.reliable, a.published?.evidence?.start,
                a.published?.evidence?.end, a.language, a.text, processed.rawText, now, SiteBoilerplate.site(of: processed),
                processed.readVersion,
            ])
        guard db.changesCount > 0 else { return false }
        try SQLiteLayerRows.insert(processed, db)
        return true
    }
}
