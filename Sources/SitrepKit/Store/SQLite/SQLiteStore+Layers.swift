import GRDB

extension SQLiteStore: LayerReading {
    public func forEachEntity(_ body: (EntityRecord) throws -> Void) throws {
        try pool.read { db in
            // Every mention with its canonical entity, grouped by it: one pass, no query per entity.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.id, c.name, c.kind, c.geonameid, c.feature, c.country, c.lat, c.lon, e.name AS member, m.text
                FROM mention m JOIN entity e ON e.id = m.entity_id JOIN entity c ON c.id = e.canonical_id
                ORDER BY c.id
                """)
            var current: (entity: Entity, names: Set<String>, count: Int)?
            func flush() throws {
                guard let group = current else { return }
                var names = group.names
                names.remove(group.entity.name)
                try body(EntityRecord(entity: group.entity, aliases: names.sorted(), mentions: group.count))
            }
            while let row = try rows.next() {
                let id = EntityID(rawValue: row["id"])
                if current?.entity.id != id {
                    try flush()
                    current = (Entity(id: id, name: row["name"], kind: EntityKind(rawValue: row["kind"]) ?? .organisation,
                                      place: SQLiteLayerRows.geo(row)), [], 0)
                }
                current!.names.insert(row["member"])
                current!.names.insert(row["text"])
                current!.count += 1
            }
            try flush()
        }
    }

    public func forEachMention(_ body: (MentionRecord) throws -> Void) throws {
        try forEachRow("""
            SELECT m.*, a.outlet, coalesce(e.canonical_id, m.entity_id) AS canonical
            FROM mention m JOIN article a ON a.id = m.article_id LEFT JOIN entity e ON e.id = m.entity_id
            ORDER BY m.article_id, m.seq
            """) { row, position in
            guard let kind = EntityKind(rawValue: row["kind"]) else { return }
            let role = (row["role_start"] as Int?).map { Span(start: $0, end: row["role_end"] ?? $0) }
            try body(MentionRecord(position: position,
                                   mention: EntityMention(entity: EntityID(rawValue: row["entity_id"]), kind: kind, role: role),
                                   canonical: EntityID(rawValue: row["canonical"])))
        }
    }

    public func forEachDate(_ body: (DateRecord) throws -> Void) throws {
        try forEachRow("""
            SELECT d.*, a.outlet FROM date_mention d JOIN article a ON a.id = d.article_id ORDER BY d.article_id, d.seq
            """) { row, position in
            try body(DateRecord(position: position, date: SQLiteLayerRows.timeExpression(row)))
        }
    }

    public func forEachQuantity(_ body: (QuantityRecord) throws -> Void) throws {
        // A figure's owner: its claim's speaker by the name of the entity the words resolve to
        // ("he" is Churkin), else the words; the author's own figures are the outlet's.
        try forEachRow("""
            SELECT q.*, a.outlet, coalesce(e.canonical_id, q.place_entity) AS place,
                   coalesce(me.canonical_id, q.measure_place_entity) AS measure_place,
                   CASE WHEN q.claim_seq IS NULL THEN a.outlet ELSE coalesce(se.name, c.speaker_text) END AS owner
            FROM quantity q JOIN article a ON a.id = q.article_id LEFT JOIN entity e ON e.id = q.place_entity
            LEFT JOIN entity me ON me.id = q.measure_place_entity
            LEFT JOIN claim c ON c.article_id = q.article_id AND c.seq = q.claim_seq
            LEFT JOIN entity s ON s.id = c.speaker_entity LEFT JOIN entity se ON se.id = s.canonical_id
            ORDER BY q.article_id, q.seq
            """) { row, position in
            guard let quantity = SQLiteLayerRows.quantity(row) else { return }
            try body(QuantityRecord(position: position, quantity: quantity,
                                    place: (row["place"] as String?).map(EntityID.init(rawValue:)), date: row["date_value"],
                                    claim: (row["claim_seq"] as Int?).map { ClaimRecord.id(article: position.article, seq: $0) },
                                    owner: row["owner"], measurePlace: (row["measure_place"] as String?).map(EntityID.init(rawValue:))))
        }
    }

    public func forEachClaim(_ body: (ClaimRecord) throws -> Void) throws {
        try forEachRow("""
            SELECT c.*, c.content_text AS text, a.outlet, a.republisher, coalesce(a.published, '') AS published,
                   coalesce(s.canonical_id, c.speaker_entity) AS speaker_canonical, se.name AS speaker_name
            FROM claim c JOIN article a ON a.id = c.article_id
            LEFT JOIN entity s ON s.id = c.speaker_entity LEFT JOIN entity se ON se.id = s.canonical_id
            ORDER BY c.article_id, c.seq
            """) { row, position in
            guard let claim = SQLiteLayerRows.claim(row) else { return }
            let published: String = row["published"]
            var via: String?
            if let seq = row["via_claim_seq"] as Int? { via = ClaimRecord.id(article: position.article, seq: seq) } else { via = row["via_text"] }
            try body(ClaimRecord(
                position: position, claim: claim, id: ClaimRecord.id(article: position.article, seq: row["seq"]),
                speaker: row["speaker_text"], speakerEntity: (row["speaker_canonical"] as String?).map(EntityID.init(rawValue:)),
                speakerName: row["speaker_name"], cue: row["cue_text"], content: row["content_text"],
                date: row["date_value"] ?? (published.isEmpty ? nil : String(published.prefix(10))), via: via,
                republisher: row["republisher"]))
        }
    }

    public func forEachEvent(_ body: (EventRecord) throws -> Void) throws {
        // The sentence's text is the position's; each reference is resolved by a join on its own
        // table, so the export needs no second query per event.
        try forEachRow("""
            SELECT ev.*, substr(a.text, ev.start_offset + 1, ev.end_offset - ev.start_offset) AS text, a.outlet,
                   coalesce(a.published, '') AS published,
                   coalesce(e1.canonical_id, ev.actor1_entity) AS actor1_canonical, n1.name AS actor1_name,
                   coalesce(e2.canonical_id, ev.actor2_entity) AS actor2_canonical, n2.name AS actor2_name,
                   p.id AS place_id, p.name AS place_name, p.lat AS place_lat, p.lon AS place_lon, p.country AS place_country,
                   d.precision AS date_precision, de.value AS date_end_value, k.low AS killed, w.low AS wounded
            FROM event ev JOIN article a ON a.id = ev.article_id
            LEFT JOIN entity e1 ON e1.id = ev.actor1_entity LEFT JOIN entity n1 ON n1.id = e1.canonical_id
            LEFT JOIN entity e2 ON e2.id = ev.actor2_entity LEFT JOIN entity n2 ON n2.id = e2.canonical_id
            LEFT JOIN entity pe ON pe.id = ev.place_entity LEFT JOIN entity p ON p.id = pe.canonical_id
            LEFT JOIN date_mention d ON d.article_id = ev.article_id AND d.seq = ev.date_seq
            LEFT JOIN date_mention de ON de.article_id = ev.article_id AND de.seq = ev.date_end_seq
            LEFT JOIN quantity k ON k.article_id = ev.article_id AND k.seq = ev.killed_seq
            LEFT JOIN quantity w ON w.article_id = ev.article_id AND w.seq = ev.wounded_seq
            ORDER BY ev.article_id, ev.seq
            """) { row, position in
            guard let event = SQLiteLayerRows.event(row) else { return }
            func actor(_ n: Int, _ value: EventActor?) -> EventRecord.Actor? {
                value.map { EventRecord.Actor(text: row["actor\(n)_text"] ?? "", name: row["actor\(n)_name"],
                                              entity: (row["actor\(n)_canonical"] as String?).map(EntityID.init(rawValue:)),
                                              kind: $0.kind) }
            }
            let place = (row["place_id"] as String?).map {
                EventRecord.Place(name: row["place_name"], entity: EntityID(rawValue: $0), latitude: row["place_lat"],
                                  longitude: row["place_lon"], country: row["place_country"])
            }
            // Two dates make a span from the first one's first day to the second one's last.
            var written: String? = row["date_value"]
            var writtenPrecision = (row["date_precision"] as String?).flatMap(TimeExpression.Precision.init(rawValue:))
            if let first = written, let end = row["date_end_value"] as String? {
                written = String(first.split(separator: "/").first ?? "") + "/" + String(end.split(separator: "/").last ?? "")
                writtenPrecision = .range
            }
            let published: String = row["published"]
            try body(EventRecord(
                position: position, event: event, id: EventRecord.id(article: position.article, seq: row["seq"]),
                actor1: actor(1, event.actor1), actor2: actor(2, event.actor2), place: place,
                date: written ?? (published.isEmpty ? nil : String(published.prefix(10))),
                datePrecision: written != nil ? writtenPrecision : (published.isEmpty ? nil : .day),
                dateInText: written != nil, killed: row["killed"], wounded: row["wounded"],
                claim: (row["claim_seq"] as Int?).map { ClaimRecord.id(article: position.article, seq: $0) }))
        }
    }

    /// Streams the rows of a layer query with each row's position.
    private func forEachRow(_ sql: String, _ body: (Row, LayerPosition) throws -> Void) throws {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: sql)
            while let row = try rows.next() {
                try body(row, LayerPosition(article: row["article_id"], outlet: row["outlet"],
                                            span: Span(start: row["start_offset"], end: row["end_offset"]), text: row["text"]))
            }
        }
    }
}
