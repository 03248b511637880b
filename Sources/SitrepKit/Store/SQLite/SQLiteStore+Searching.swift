import GRDB

extension SQLiteStore: ArticleSearching {
    /// Marks FTS5 puts around matched words: private-use scalars no article text keeps, so a
    /// bracket in the text can never be taken for one.
    private static let open = "\u{F0001}", close = "\u{F0002}"

    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        guard let pattern = FTS5Pattern(matchingAllTokensIn: query) else { return [] }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT article.id, article.title, article.outlet, article.published,
                       snippet(article_fts, 1, ?, ?, '…', 16) AS snippet
                FROM article_fts JOIN article ON article.rowid = article_fts.rowid
                WHERE article_fts MATCH ?
                ORDER BY bm25(article_fts) LIMIT ?
                """, arguments: [Self.open, Self.close, pattern, limit]).map { row in
                let (snippet, highlights) = Self.unmark(row["snippet"])
                return SearchHit(id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published"],
                                 snippet: snippet, highlights: highlights)
            }
        }
    }

    /// The snippet's plain text and the spans its marks enclosed.
    private static func unmark(_ marked: String) -> (String, [Span]) {
        let open = Self.open.unicodeScalars.first!, close = Self.close.unicodeScalars.first!
        var text = String.UnicodeScalarView()
        var spans: [Span] = []
        var count = 0
        var start: Int?
        for scalar in marked.unicodeScalars {
            if scalar == open { start = count; continue }
            if scalar == close {
                if let s = start { spans.append(Span(start: s, end: count)) }
                start = nil
                continue
            }
            text.append(scalar)
            count += 1
        }
        return (String(text), spans)
    }
}
