import GRDB

/// The SQLite schema, as versioned migrations. Column types and constraints are the portable
/// subset PostgreSQL shares (TEXT, INTEGER, ON CONFLICT); only full-text search is SQLite's own.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, spans, removed segments, full-text search") { db in
            try db.create(table: "article") { t in
                // An explicit integer key: the full-text index points at it, and SQLite keeps it
                // stable where an implicit rowid may be renumbered by VACUUM.
                t.autoIncrementedPrimaryKey("seq")
                t.column("id", .text).notNull().unique()
                t.column("content_hash", .text).notNull().unique()
                t.column("source", .text).notNull()
                t.column("format", .text).notNull()
                t.column("url", .text)
                t.column("title", .text)
                t.column("outlet", .text)
                t.column("republisher", .text)
                t.column("byline", .text)
                t.column("published", .text)
                t.column("published_source", .text)
                t.column("published_reliable", .boolean)
                t.column("language", .text)
                t.column("text", .text).notNull()
                t.column("raw_text", .text).notNull()
                t.column("ingested_at", .text).notNull()
            }
            try db.create(index: "article_published", on: "article", columns: ["published"])
            // Stand-off annotations: one row per span, by layer ("paragraph", "sentence", …).
            try db.create(table: "span") { t in
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("layer", .text).notNull()
                t.column("seq", .integer).notNull()
                t.column("start_offset", .integer).notNull()
                t.column("end_offset", .integer).notNull()
                t.primaryKey(["article_id", "layer", "seq"])
            }
            try db.create(table: "removed_segment") { t in
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("start_offset", .integer).notNull()
                t.column("end_offset", .integer).notNull()
                t.column("reason", .text).notNull()
                t.column("text", .text).notNull()
                t.primaryKey(["article_id", "seq"])
            }
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                t.column("title")
                t.column("text")
            }
        }
        migrator.registerMigration("v2: the copy's kind and date beside the republisher") { db in
            try db.alter(table: "article") { t in
                t.add(column: "republication_kind", .text)
                t.add(column: "republished", .text)
            }
        }
        migrator.registerMigration("v3: each article's site, and whether a corpus pass has read it") { db in
            // The full-text index followed every update of an article, whatever the column: marking
            // an article read, or naming its site, re-indexed its whole text. Only the title and
            // the text are indexed, so only their updates need to reach the index.
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS "__article_fts_au";
                CREATE TRIGGER "__article_fts_au" AFTER UPDATE OF "title", "text" ON "article" BEGIN
                    INSERT INTO "article_fts"("article_fts", "rowid", "title", "text") VALUES('delete', old."seq", old."title", old."text");
                    INSERT INTO "article_fts"("rowid", "title", "text") VALUES (new."seq", new."title", new."text");
                END;
                """)
            try db.alter(table: "article") { t in
                t.add(column: "site", .text)
                // Articles stored before this version wait for one corpus pass, as new ones do.
                t.add(column: "corpus_pending", .integer).notNull().defaults(to: 1)
            }
            try db.create(index: "article_site", on: "article", columns: ["site"])
            try db.execute(sql: "CREATE INDEX article_corpus_pending ON article (corpus_pending) WHERE corpus_pending = 1")
            // The site of every stored article, a thousand rows at a time.
            var last: Int64 = 0
            while true {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT seq, url, outlet, republisher FROM article WHERE seq > ? ORDER BY seq LIMIT 1000
                    """, arguments: [last])
                guard let final = rows.last else { break }
                for row in rows {
                    let site = SiteBoilerplate.site(republisher: row["republisher"], url: row["url"], outlet: row["outlet"])
                    try db.execute(sql: "UPDATE article SET site = ? WHERE seq = ?", arguments: [site, row["seq"] as Int64])
                }
                last = final["seq"]
            }
        }
        migrator.registerMigration("v4: annotation layers, entities and their aliases") { db in
            try db.alter(table: "article") { t in
                t.add(column: "published_evidence_start", .integer)
                t.add(column: "published_evidence_end", .integer)
                // Which version of the readers read the article: an article read by older readers
                // (every article stored before this version) is read again by the corpus pass.
                t.add(column: "read_version", .integer).notNull().defaults(to: 0)
            }
            try db.create(index: "article_read_version", on: "article", columns: ["read_version"])
            // Entities are corpus-wide, keyed by the readers' deterministic ids; names the texts
            // link as aliases point at one canonical id.
            try db.create(table: "entity") { t in
                t.column("id", .text).primaryKey()
                t.column("name", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("geonameid", .integer)
                t.column("feature", .text)
                t.column("country", .text)
                t.column("lat", .double)
                t.column("lon", .double)
                t.column("canonical_id", .text).notNull()
            }
            try db.create(index: "entity_canonical", on: "entity", columns: ["canonical_id"])
            try db.create(table: "entity_alias") { t in
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("entity_id", .text).notNull()
                t.column("alias_id", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("evidence_start", .integer)
                t.column("evidence_end", .integer)
                t.primaryKey(["article_id", "seq"])
            }
            // One table per layer, typed columns, each row with the text it covers so a query or
            // an export needs no article text.
            try db.create(table: "mention") { t in
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("start_offset", .integer).notNull()
                t.column("end_offset", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("entity_id", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("role_start", .integer)
                t.column("role_end", .integer)
                t.primaryKey(["article_id", "seq"])
            }
            try db.create(index: "mention_entity", on: "mention", columns: ["entity_id"])
            try db.create(table: "date_mention") { t in
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("start_offset", .integer).notNull()
                t.column("end_offset", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("value", .text).notNull()
                t.column("precision", .text).notNull()
                t.column("relative", .boolean).notNull()
                t.column("anchor", .text)          // "publication" or "date"
                t.column("anchor_seq", .integer)   // the date it follows, for "date"
                t.column("time", .text)
                t.column("modifier", .text)
                t.primaryKey(["article_id", "seq"])
            }
            try db.create(index: "date_mention_value", on: "date_mention", columns: ["value"])
            try db.create(table: "quantity") { t in
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("start_offset", .integer).notNull()
                t.column("end_offset", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("low", .double).notNull()
                t.column("high", .double).notNull()
                t.column("kind", .text).notNull()
                t.column("approx", .text)
                t.column("unit", .text)
                t.column("counts", .text)
                t.column("counts_start", .integer)
                t.column("counts_end", .integer)
                t.column("role", .text)
                t.column("place_seq", .integer)
                t.column("place_entity", .text)
                t.column("date_seq", .integer)
                t.column("date_value", .text)
                t.column("side_a", .double)
                t.column("side_b", .double)
                t.column("direction", .text)       // "up" or "down", for a change
                t.primaryKey(["article_id", "seq"])
            }
            try db.create(index: "quantity_counts", on: "quantity", columns: ["counts"])
        }
        migrator.registerMigration("v5: claims, and the claim that owns a figure") { db in
            try db.alter(table: "quantity") { t in t.add(column: "claim_seq", .integer) }
            try db.create(table: "claim") { t in
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("start_offset", .integer).notNull()
                t.column("end_offset", .integer).notNull()
                t.column("speaker_start", .integer)
                t.column("speaker_end", .integer)
                t.column("speaker_text", .text)
                t.column("speaker_entity", .text)
                t.column("cue_start", .integer).notNull()
                t.column("cue_end", .integer).notNull()
                t.column("cue_text", .text).notNull()
                t.column("cue_lemma", .text).notNull()
                t.column("tense", .text)
                t.column("content_start", .integer).notNull()
                t.column("content_end", .integer).notNull()
                t.column("content_text", .text).notNull()
                t.column("quote", .boolean).notNull()
                t.column("stance", .text).notNull()
                t.column("hedge", .text)
                t.column("date_seq", .integer)
                t.column("date_value", .text)
                t.column("via_claim_seq", .integer)   // relayed by another claim of the article
                t.column("via_start", .integer)       // or by an outlet the text names
                t.column("via_end", .integer)
                t.column("via_text", .text)
                t.column("via_entity", .text)
                t.primaryKey(["article_id", "seq"])
            }
            try db.create(index: "claim_speaker_entity", on: "claim", columns: ["speaker_entity"])
        }
        migrator.registerMigration("v6: events typed with ACLED's codebook") { db in
            try db.create(table: "event") { t in
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("start_offset", .integer).notNull()   // the sentence
                t.column("end_offset", .integer).notNull()
                t.column("event_type", .text).notNull()
                t.column("sub_event_type", .text).notNull()
                t.column("action", .text)
                for n in 1...2 {
                    t.column("actor\(n)_start", .integer)
                    t.column("actor\(n)_end", .integer)
                    t.column("actor\(n)_text", .text)
                    t.column("actor\(n)_entity", .text)
                    t.column("actor\(n)_kind", .text)
                }
                t.column("place_seq", .integer)      // a mention of a place
                t.column("place_entity", .text)
                t.column("date_seq", .integer)
                t.column("date_value", .text)
                t.column("date_end_seq", .integer)   // the last day of a span given by two dates
                t.column("killed_seq", .integer)     // figures of the quantity layer
                t.column("wounded_seq", .integer)
                t.column("claim_seq", .integer)      // the claim that reports it
                t.primaryKey(["article_id", "seq"])
            }
            try db.create(index: "event_sub_type", on: "event", columns: ["sub_event_type"])
            try db.create(index: "event_place_entity", on: "event", columns: ["place_entity"])
        }
        migrator.registerMigration("v7: stories, their terms and segments, and the corpus' term counts") { db in
            try db.create(table: "story") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("label", .text).notNull()
                t.column("first_day", .text)
                t.column("last_day", .text)
                t.column("squared_norm", .double).notNull()
                t.column("main_place_weight", .double).notNull()
                t.column("merged_into", .integer)   // the story it became part of
            }
            try db.create(index: "story_last_day", on: "story", columns: ["last_day"])
            try db.create(table: "story_term") { t in
                t.column("story_seq", .integer).notNull().references("story", column: "seq", onDelete: .cascade)
                t.column("term", .text).notNull()
                t.column("weight", .double).notNull()
                t.primaryKey(["story_seq", "term"])
            }
            try db.create(table: "story_segment") { t in
                t.column("story_seq", .integer).notNull().references("story", column: "seq", onDelete: .cascade)
                t.column("article_id", .text).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("paragraphs", .text).notNull()   // paragraph indices, comma-separated
                t.column("focus", .text)                  // the place entity it is about
                t.column("outlet", .text)
                t.column("day", .text)
                t.column("voice_of", .text)               // the article it repeats
            }
            try db.create(index: "story_segment_story", on: "story_segment", columns: ["story_seq"])
            try db.create(index: "story_segment_article", on: "story_segment", columns: ["article_id"])
            try db.create(table: "story_term_count") { t in
                t.primaryKey("term", .text)
                t.column("segments", .integer).notNull()
            }
        }
        migrator.registerMigration("v8: what a figure measures") { db in
            try db.alter(table: "quantity") { t in
                t.add(column: "measure_thing", .text)
                t.add(column: "measure_kind", .text)          // "stock", "flow" or "share"
                t.add(column: "measure_place_seq", .integer)  // a mention of the same article
                t.add(column: "measure_place_entity", .text)
                t.add(column: "measure_part", .text)          // "east" for east Aleppo
            }
            try db.create(index: "quantity_measure", on: "quantity", columns: ["measure_thing"])
        }
        return migrator
    }
}
