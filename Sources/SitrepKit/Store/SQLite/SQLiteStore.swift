import Foundation
import GRDB

/// The embedded default store: one SQLite file, in WAL mode so readers never wait on the writer.
///
///     let store = try SQLiteStore(path: "sitrep.sqlite")
///
/// A batch of articles is written in one transaction, so a killed process leaves every batch
/// either wholly stored or wholly absent; the next run stores what is missing.
public final class SQLiteStore: ArticleStore, Sendable {
    private let pool: DatabasePool
    public let path: String

    public init(path: String) throws {
        var configuration = Configuration()
        // Several processes may share one file (a second ingest, a report while ingesting).
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync survives a killed process; only a power cut may lose the last batch.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try Self.open(path, configuration)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
        self.path = path
    }

    /// Opens the file and brings its schema up to date, even when other processes are doing the
    /// same. Two processes opening a new file at once (an ingest and a report, two workers) race
    /// to switch it to WAL and to apply the migrations: SQLite refuses the loser at once rather
    /// than wait ("database is locked": a busy timeout cannot help a reader turned writer), or
    /// lets it run after the winner commits, into "table already exists". Each migration is one
    /// transaction with its record, so a failed attempt leaves nothing behind; the loser tries
    /// again and finds the work done.
    private static func open(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try SQLiteSchema.migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError where attempt < 50 && Self.lostTheRace(error) {
                attempt += 1
                usleep(UInt32(10_000 * min(attempt, 10)))
            }
        }
    }

    /// The errors of a process that lost the race to set the file up; any other is reported.
    private static func lostTheRace(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return true
        case .SQLITE_ERROR:
            let message = error.message ?? ""
            return message.contains("already exists") || message.contains("duplicate column")
        default:
            return false
        }
    }

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
                                 republished, byline, published, published_source, published_reliable, language, text,
                                 raw_text, ingested_at, site)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """).execute(arguments: [
                a.id, a.contentHash, a.source, a.format.rawValue, a.url, a.title, a.outlet, processed.republication?.by,
                processed.republication?.kind.rawValue, processed.republication?.on, a.byline,
                a.published?.value, a.published?.source.rawValue, a.published?.reliable, a.language, a.text,
                processed.rawText, now, SiteBoilerplate.site(of: processed),
            ])
        guard db.changesCount > 0 else { return false }
        try insertAnnotations(processed, db)
        return true
    }

    private func insertAnnotations(_ processed: ProcessedArticle, _ db: Database) throws {
        let a = processed.article
        let span = try db.cachedStatement(sql: """
            INSERT INTO span (article_id, layer, seq, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)
            """)
        for (layer, spans) in [(SpanLayer.paragraph, a.paragraphs), (.sentence, a.sentences)] {
            for (seq, s) in spans.enumerated() {
                try span.execute(arguments: [a.id, layer.rawValue, seq, s.start, s.end])
            }
        }
        let removed = try db.cachedStatement(sql: """
            INSERT INTO removed_segment (article_id, seq, start_offset, end_offset, reason, text) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (seq, r) in processed.removed.enumerated() {
            try removed.execute(arguments: [a.id, seq, r.span.start, r.span.end, r.reason.rawValue, r.text])
        }
    }

    public func articles(withIDs ids: [String]) throws -> [ProcessedArticle] {
        guard !ids.isEmpty else { return [] }
        return try pool.read { db in
            var found: [ProcessedArticle] = []
            try Self.inChunks(ids) { marks, chunk in
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM article WHERE id IN (\(marks))", arguments: chunk)
                while let row = try rows.next() { found.append(try processedArticle(row, db)) }
            }
            return found
        }
    }

    /// Runs `body` over `values` in chunks of 500, with the chunk's `?, ?, …` placeholders: SQLite
    /// caps the parameters of one statement.
    private static func inChunks(_ values: [String], _ body: (String, StatementArguments) throws -> Void) rethrows {
        for start in stride(from: 0, to: values.count, by: 500) {
            let chunk = Array(values[start..<min(start + 500, values.count)])
            try body(Array(repeating: "?", count: chunk.count).joined(separator: ","), StatementArguments(chunk))
        }
    }

    public func replaceBodies(_ articles: [ProcessedArticle]) throws {
        guard !articles.isEmpty else { return }
        try pool.write { db in
            for processed in articles {
                let id = processed.article.id
                try db.execute(sql: "UPDATE article SET text = ? WHERE id = ?", arguments: [processed.article.text, id])
                try db.execute(sql: "DELETE FROM span WHERE article_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM removed_segment WHERE article_id = ?", arguments: [id])
                try insertAnnotations(processed, db)
            }
        }
    }

    public func articleCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    public func articleSummaries() throws -> [ArticleSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, title, outlet, published, source FROM article \(Self.publicationOrder)").map { row in
                ArticleSummary(id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published"],
                               source: row["source"])
            }
        }
    }

    private static let publicationOrder = "ORDER BY published IS NULL, published, title, id"

    public func forEachArticle(_ body: (ProcessedArticle) throws -> Void) throws {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM article \(Self.publicationOrder)")
            while let row = try rows.next() {
                try body(try processedArticle(row, db))
            }
        }
    }

    public func forEachArticle(inSites sites: [String], _ body: (ProcessedArticle) throws -> Void) throws {
        try pool.read { db in
            try Self.inChunks(sites) { marks, chunk in
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM article WHERE site IN (\(marks)) ORDER BY seq", arguments: chunk)
                while let row = try rows.next() { try body(try processedArticle(row, db)) }
            }
        }
    }

    public func pendingCorpusWork() throws -> CorpusWork {
        try pool.read { db in
            guard let mark = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM article WHERE corpus_pending = 1") else {
                return CorpusWork(sites: [], mark: nil)
            }
            let sites = try String.fetchAll(db, sql: """
                SELECT DISTINCT site FROM article WHERE corpus_pending = 1 AND seq <= ? AND site IS NOT NULL ORDER BY site
                """, arguments: [mark])
            return CorpusWork(sites: sites, mark: mark)
        }
    }

    public func finishCorpusWork(_ work: CorpusWork) throws {
        guard let mark = work.mark else { return }
        try pool.write { db in
            // Only the sites read: an outlet renamed meanwhile by another process marks older
            // articles pending under a new site, which this work did not read.
            try db.execute(sql: "UPDATE article SET corpus_pending = 0 WHERE corpus_pending = 1 AND seq <= ? AND site IS NULL",
                           arguments: [mark])
            try Self.inChunks(work.sites) { marks, chunk in
                try db.execute(sql: """
                    UPDATE article SET corpus_pending = 0 WHERE corpus_pending = 1 AND seq <= ? AND site IN (\(marks))
                    """, arguments: [mark] + chunk)
            }
        }
    }

    private func processedArticle(_ row: Row, _ db: Database) throws -> ProcessedArticle {
        let id: String = row["id"]
        var layers: [SpanLayer: [Span]] = [:]
        let spans = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT layer, start_offset, end_offset FROM span WHERE article_id = ? ORDER BY layer, seq
            """), arguments: [id])
        while let span = try spans.next() {
            guard let layer = SpanLayer(rawValue: span["layer"]) else { continue }
            layers[layer, default: []].append(Span(start: span["start_offset"], end: span["end_offset"]))
        }
        let removed = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT start_offset, end_offset, reason, text FROM removed_segment WHERE article_id = ? ORDER BY seq
            """), arguments: [id]).compactMap { r -> RemovedSegment? in
            guard let reason = RemovedSegment.Reason(rawValue: r["reason"]) else { return nil }
            return RemovedSegment(span: Span(start: r["start_offset"], end: r["end_offset"]), reason: reason, text: r["text"])
        }
        let published: PublicationDate? = (row["published"] as String?).map { value in
            PublicationDate(value: value,
                            source: PublicationDate.Source(rawValue: row["published_source"] ?? "") ?? .text,
                            reliable: row["published_reliable"] ?? false)
        }
        let article = Article(
            id: id, contentHash: row["content_hash"], source: row["source"],
            format: DocumentFormat(rawValue: row["format"]) ?? .text, url: row["url"], title: row["title"],
            outlet: row["outlet"], byline: row["byline"], published: published, language: row["language"],
            text: row["text"], paragraphs: layers[.paragraph] ?? [], sentences: layers[.sentence] ?? [])
        let republication = (row["republication_kind"] as String?).flatMap(Republication.Kind.init(rawValue:)).map {
            Republication(kind: $0, by: row["republisher"], on: row["republished"])
        }
        return ProcessedArticle(article: article, rawText: row["raw_text"], removed: removed, republication: republication)
    }

    public func outletNames() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT outlet FROM article WHERE outlet IS NOT NULL") }
    }

    public func renameOutlet(_ name: String, to newName: String) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE article SET outlet = ? WHERE outlet = ?", arguments: [newName, name])
            try db.execute(sql: "UPDATE article SET republisher = ? WHERE republisher = ?", arguments: [newName, name])
            // A site named by the outlet moves with it, and the corpus pass reads it again.
            try db.execute(sql: "UPDATE article SET site = ?, corpus_pending = 1 WHERE site = ?", arguments: [newName, name])
        }
    }

    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        guard let pattern = FTS5Pattern(matchingAllTokensIn: query) else { return [] }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT article.id, article.title, article.outlet, article.published,
                       snippet(article_fts, 1, '[', ']', '…', 16) AS snippet, bm25(article_fts) AS score
                FROM article_fts JOIN article ON article.rowid = article_fts.rowid
                WHERE article_fts MATCH ?
                ORDER BY score LIMIT ?
                """, arguments: [pattern, limit]).map { row in
                SearchHit(id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published"],
                          snippet: row["snippet"], score: -(row["score"] as Double))
            }
        }
    }
}

/// The layers of spans the store keeps. Later stages add theirs here.
enum SpanLayer: String, CaseIterable {
    case paragraph
    case sentence
}

public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "\(path): cannot open the database: \(reason)"
        }
    }
}
