import GRDB

extension SQLiteStore: CorpusWorking {
    public func forEachArticle(inSites sites: [String], _ body: (ProcessedArticle) throws -> Void) throws {
        try pool.read { db in
            try Self.inChunks(sites) { marks, chunk in
                try Self.forEachChunk(db, sql: "SELECT * FROM article WHERE site IN (\(marks)) ORDER BY seq", arguments: chunk) {
                    for processed in $0 { try body(processed) }
                }
            }
        }
    }

    public func replaceBodies(_ articles: [ProcessedArticle]) throws {
        guard !articles.isEmpty else { return }
        try pool.write { db in
            for processed in articles {
                let a = processed.article
                // The text changes only when cleaning changed it: an unchanged text is not re-indexed.
                try db.execute(sql: """
                    UPDATE article SET text = ?, published = ?, published_source = ?, published_reliable = ?,
                                       published_evidence_start = ?, published_evidence_end = ?, read_version = ?
                    WHERE id = ?
                    """, arguments: [a.text, a.published?.value, a.published?.source.rawValue, a.published?.reliable,
                                     a.published?.evidence?.start, a.published?.evidence?.end, processed.readVersion, a.id])
                try SQLiteLayerRows.delete(articleID: a.id, db)
                try SQLiteLayerRows.insert(processed, db)
            }
        }
    }

    public func articleIDs(readBefore version: Int, limit: Int) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM article WHERE read_version < ? ORDER BY seq LIMIT ?",
                                arguments: [version, limit])
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

    public func aliasLinks() throws -> [AliasLink] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT entity_id, alias_id, MIN(reason) AS reason FROM entity_alias GROUP BY entity_id, alias_id ORDER BY entity_id, alias_id
                """).compactMap { r in
                AliasLink.Reason(rawValue: r["reason"]).map {
                    AliasLink(entity: EntityID(rawValue: r["entity_id"]), alias: EntityID(rawValue: r["alias_id"]), reason: $0)
                }
            }
        }
    }

    public func setCanonicalEntities(_ canonical: [EntityID: EntityID]) throws {
        guard !canonical.isEmpty else { return }
        try pool.write { db in
            let update = try db.cachedStatement(sql: "UPDATE entity SET canonical_id = ? WHERE id = ?")
            for (id, target) in canonical.sorted(by: { $0.key < $1.key }) {
                try update.execute(arguments: [target.rawValue, id.rawValue])
            }
        }
    }

    public func canonicalEntities() throws -> [EntityID: EntityID] {
        try pool.read { db in
            var out: [EntityID: EntityID] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, canonical_id FROM entity WHERE canonical_id <> id") {
                out[EntityID(rawValue: row["id"])] = EntityID(rawValue: row["canonical_id"])
            }
            return out
        }
    }
}
