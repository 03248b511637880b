import GRDB

extension SQLiteStore: ArticleReading {
    /// How many articles are loaded, with every layer, per round of queries.
    static let chunkSize = 128

    public func articleCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    public func forEachArticle(_ body: (ProcessedArticle) throws -> Void) throws {
        try pool.read { db in
            try Self.forEachChunk(db, sql: "SELECT * FROM article \(Self.publicationOrder)") { chunk in
                for processed in chunk { try body(processed) }
            }
        }
    }

    public func articles(withIDs ids: [String]) throws -> [ProcessedArticle] {
        guard !ids.isEmpty else { return [] }
        return try pool.read { db in
            var found: [ProcessedArticle] = []
            try Self.inChunks(ids) { marks, chunk in
                try Self.forEachChunk(db, sql: "SELECT * FROM article WHERE id IN (\(marks))", arguments: chunk) {
                    found.append(contentsOf: $0)
                }
            }
            return found
        }
    }

    public func articleSummaries() throws -> [ArticleSummary] {
        try articleSummaries(matching: ArticleFilter(), page: Page(offset: 0, limit: Int.max))
    }

    public func articleSummaries(matching filter: ArticleFilter, page: Page) throws -> [ArticleSummary] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let outlet = filter.outlet { conditions.append("outlet = ?"); arguments.append(outlet) }
        // Published values are ISO 8601, so a day compares as a prefix of any moment on it.
        if let from = filter.from { conditions.append("published >= ?"); arguments.append(from) }
        if let to = filter.to { conditions.append("substr(published, 1, 10) <= ?"); arguments.append(to) }
        let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments.append(page.limit == Int.max ? -1 : page.limit)
        arguments.append(page.offset)
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title, outlet, published, source FROM article \(condition) \(Self.publicationOrder) LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments)).map { row in
                ArticleSummary(id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published"],
                               source: row["source"])
            }
        }
    }

    /// Runs `sql` (article rows) and hands the articles on in chunks, each chunk's layers loaded
    /// with one query per table.
    static func forEachChunk(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments(),
                             _ body: ([ProcessedArticle]) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var chunk: [Row] = []
        chunk.reserveCapacity(chunkSize)
        while let row = try rows.next() {
            chunk.append(row.copy())
            if chunk.count == chunkSize {
                try body(try SQLiteLayerRows.articles(chunk, db))
                chunk.removeAll(keepingCapacity: true)
            }
        }
        try body(try SQLiteLayerRows.articles(chunk, db))
    }
}
