import GRDB

extension SQLiteStore: StoryStoring {
    public func articleIDsWithoutStory() throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM article WHERE NOT EXISTS (SELECT 1 FROM story_segment WHERE article_id = article.id)
                \(Self.publicationOrder)
                """)
        }
    }

    public func openStories(since day: String?) throws -> (stories: [StoryClusterer.Story], segmentCount: Int) {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM story WHERE merged_into IS NULL AND (? IS NULL OR last_day IS NULL OR last_day >= ?) ORDER BY seq
                """, arguments: [day, day])
            var stories: [StoryClusterer.Story] = []
            var index: [Int64: Int] = [:]
            for row in rows {
                var story = StoryClusterer.Story(id: stories.count, storedID: row["seq"])
                story.firstDay = row["first_day"]
                story.lastDay = row["last_day"]
                story.squaredNorm = row["squared_norm"]
                story.mainPlaceWeight = row["main_place_weight"]
                index[row["seq"]] = stories.count
                stories.append(story)
            }
            let seqs = rows.map { String(($0["seq"] as Int64)) }
            try Self.inChunks(seqs) { marks, chunk in
                let terms = try Row.fetchCursor(db, sql: "SELECT * FROM story_term WHERE story_seq IN (\(marks))", arguments: chunk)
                while let row = try terms.next() {
                    if let i = index[row["story_seq"]] { stories[i].terms[row["term"]] = row["weight"] }
                }
                let segments = try Row.fetchCursor(db, sql: "SELECT * FROM story_segment WHERE story_seq IN (\(marks)) ORDER BY rowid",
                                                   arguments: chunk)
                while let row = try segments.next() {
                    guard let i = index[row["story_seq"]] else { continue }
                    let paragraphs = (row["paragraphs"] as String).split(separator: ",").compactMap { Int($0) }
                    stories[i].segments.append(StorySegment(article: row["article_id"], voiceOf: row["voice_of"], outlet: row["outlet"],
                                                            day: row["day"], paragraphs: paragraphs, focus: row["focus"], terms: [:]))
                }
            }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story_segment WHERE voice_of IS NULL") ?? 0
            return (stories, count)
        }
    }

    public func storyTermCounts(_ terms: Set<String>) throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            try Self.inChunks(terms.sorted()) { marks, chunk in
                let rows = try Row.fetchCursor(db, sql: "SELECT term, segments FROM story_term_count WHERE term IN (\(marks))", arguments: chunk)
                while let row = try rows.next() {
                    counts[row["term"]] = row["segments"]
                }
            }
            return counts
        }
    }

    public func saveStories(_ clusterer: StoryClusterer) throws {
        let all = clusterer.allStories
        try pool.write { db in
            // New stories first, so merges and segments can name them by their stored id.
            var storedID: [Int: Int64] = [:]
            for story in all { if let id = story.storedID { storedID[story.id] = id } }
            for s in clusterer.changed.sorted() where storedID[s] == nil {
                try db.execute(sql: "INSERT INTO story (label, squared_norm, main_place_weight) VALUES ('', 0, 0)")
                storedID[s] = db.lastInsertedRowID
            }
            func name(_ term: String) -> String? {
                guard let id = StoryTerms.entity(of: term) else { return nil }
                return try? String.fetchOne(db, sql: "SELECT name FROM entity WHERE id = ?", arguments: [id])
            }
            for s in clusterer.changed.sorted() {
                let story = all[s], seq = storedID[s]!
                if let into = story.mergedInto {
                    try db.execute(sql: "UPDATE story SET merged_into = ? WHERE seq = ?", arguments: [storedID[into], seq])
                    try db.execute(sql: "UPDATE story_segment SET story_seq = ? WHERE story_seq = ?", arguments: [storedID[into], seq])
                    try db.execute(sql: "DELETE FROM story_term WHERE story_seq = ?", arguments: [seq])
                    continue
                }
                try db.execute(sql: """
                    UPDATE story SET label = ?, first_day = ?, last_day = ?, squared_norm = ?, main_place_weight = ? WHERE seq = ?
                    """, arguments: [clusterer.label(of: story, name: name), story.firstDay, story.lastDay, story.squaredNorm,
                                     story.mainPlaceWeight, seq])
                for term in (clusterer.changedTerms[s] ?? []).sorted() {
                    try db.execute(sql: """
                        INSERT INTO story_term (story_seq, term, weight) VALUES (?, ?, ?)
                        ON CONFLICT (story_seq, term) DO UPDATE SET weight = excluded.weight
                        """, arguments: [seq, term, story.terms[term] ?? 0])
                }
                // Segments resumed from the store are there already (the check guards a segment
                // moved here by a merge before it was saved).
                for segment in story.segments where clusterer.addedArticles.contains(segment.article) {
                    try db.execute(sql: """
                        INSERT INTO story_segment (story_seq, article_id, paragraphs, focus, outlet, day, voice_of)
                        SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS
                            (SELECT 1 FROM story_segment WHERE story_seq = ? AND article_id = ? AND paragraphs = ?)
                        """, arguments: [seq, segment.article, segment.paragraphs.map(String.init).joined(separator: ","), segment.focus,
                                         segment.outlet, segment.day, segment.voiceOf,
                                         seq, segment.article, segment.paragraphs.map(String.init).joined(separator: ",")])
                }
            }
            for term in clusterer.countedTerms.sorted() {
                try db.execute(sql: """
                    INSERT INTO story_term_count (term, segments) VALUES (?, ?)
                    ON CONFLICT (term) DO UPDATE SET segments = excluded.segments
                    """, arguments: [term, clusterer.documentFrequency[term] ?? 0])
            }
        }
    }

    public func forEachStory(_ body: (StoryRecord) throws -> Void) throws {
        try pool.read { db in
            let stories = try Row.fetchCursor(db, sql: """
                SELECT * FROM story WHERE merged_into IS NULL ORDER BY first_day IS NULL, first_day, seq
                """)
            while let row = try stories.next() {
                let seq: Int64 = row["seq"]
                let segments = try Row.fetchAll(db, sql: """
                    SELECT article_id, outlet, voice_of, paragraphs, day FROM story_segment WHERE story_seq = ?
                    ORDER BY day IS NULL, day, rowid
                    """, arguments: [seq])
                var articles: [String] = [], outlets: [String] = []
                var seen = Set<String>()
                var first: String?
                var parts: [StoryRecord.Segment] = []
                for segment in segments {
                    let article: String = segment["article_id"]
                    if seen.insert(article).inserted { articles.append(article) }
                    let paragraphs = (segment["paragraphs"] as String).split(separator: ",").compactMap { Int($0) }
                    parts.append(StoryRecord.Segment(article: article, paragraphs: paragraphs, outlet: segment["outlet"],
                                                     day: segment["day"], voiceOf: segment["voice_of"]))
                    if let outlet: String = segment["outlet"] {
                        if !outlets.contains(outlet) { outlets.append(outlet) }
                        if first == nil, (segment["voice_of"] as String?) == nil { first = outlet }
                    }
                }
                try body(StoryRecord(id: seq, label: row["label"], start: row["first_day"], end: row["last_day"],
                                     articles: articles, outlets: outlets, firstReportedBy: first, segments: parts))
            }
        }
    }
}
