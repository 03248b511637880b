import GRDB

/// How an article's layers become rows of their tables, and rows become layers again, for a
/// chunk of articles at once: one statement per table and chunk, never one per article.
enum SQLiteLayerRows {
    /// Inserts every layer of `processed` (its article row is already written).
    static func insert(_ processed: ProcessedArticle, _ db: Database) throws {
        let a = processed.article
        let text = ScalarText(a.text)
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
        let layers = a.layers
        let entity = try db.cachedStatement(sql: """
            INSERT INTO entity (id, name, kind, geonameid, feature, country, lat, lon, canonical_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE length(excluded.name) > length(entity.name)
            """)
        for e in layers.entities.values.sorted(by: { $0.id < $1.id }) {
            try entity.execute(arguments: [e.id.rawValue, e.name, e.kind.rawValue, e.place?.geonameID, e.place?.feature,
                                           e.place?.country, e.place?.latitude, e.place?.longitude, e.id.rawValue])
        }
        let alias = try db.cachedStatement(sql: """
            INSERT INTO entity_alias (article_id, seq, entity_id, alias_id, reason, evidence_start, evidence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (seq, link) in layers.aliases.enumerated() {
            try alias.execute(arguments: [a.id, seq, link.entity.rawValue, link.alias.rawValue, link.reason.rawValue,
                                          link.evidence?.start, link.evidence?.end])
        }
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mention (article_id, seq, start_offset, end_offset, text, entity_id, kind, role_start, role_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (seq, m) in layers.mentions.enumerated() {
            try mention.execute(arguments: [a.id, seq, m.span.start, m.span.end, text[m.span], m.value.entity.rawValue,
                                            m.value.kind.rawValue, m.value.role?.start, m.value.role?.end])
        }
        let date = try db.cachedStatement(sql: """
            INSERT INTO date_mention (article_id, seq, start_offset, end_offset, text, value, precision, relative, anchor,
                                      anchor_seq, time, modifier)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (seq, d) in layers.dates.enumerated() {
            let v = d.value
            var anchor: String?, anchorSeq: Int?
            switch v.anchor {
            case .publication: anchor = "publication"
            case .date(let id): anchor = "date"; anchorSeq = id.index
            case nil: break
            }
            try date.execute(arguments: [a.id, seq, d.span.start, d.span.end, text[d.span], v.value, v.precision.rawValue,
                                         v.relative, anchor, anchorSeq, v.time, v.modifier])
        }
        let quantity = try db.cachedStatement(sql: """
            INSERT INTO quantity (article_id, seq, start_offset, end_offset, text, low, high, kind, approx, unit, counts,
                                  counts_start, counts_end, role, place_seq, place_entity, date_seq, date_value, side_a, side_b,
                                  direction, claim_seq, measure_thing, measure_kind, measure_place_seq, measure_place_entity,
                                  measure_part)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (seq, q) in layers.quantities.enumerated() {
            let v = q.value
            let place = v.place.flatMap { layers.mentions[$0] }?.value.entity.rawValue
            let day = v.date.flatMap { layers.dates[$0] }?.value.value
            let sides = v.sides ?? []
            let measure = v.measure
            let measurePlace = measure?.place.flatMap { layers.mentions[$0] }?.value.entity.rawValue
            try quantity.execute(arguments: [
                a.id, seq, q.span.start, q.span.end, text[q.span], v.low, v.high, v.kind.rawValue, v.approx, v.unit,
                v.counts, v.countsSpan?.start, v.countsSpan?.end, v.role?.rawValue, v.place?.index, place,
                v.date?.index, day, sides.first, sides.count > 1 ? sides[1] : nil, v.direction?.rawValue, v.claim?.index,
                measure?.thing, measure?.kind.rawValue, measure?.place?.index, measurePlace, measure?.part,
            ])
        }
        try insertClaims(a.id, layers, text, db)
        try insertEvents(a.id, layers, text, db)
    }

    /// Deletes every layer of the article, before it is written again.
    static func delete(articleID id: String, _ db: Database) throws {
        for table in ["span", "removed_segment", "entity_alias", "mention", "date_mention", "quantity", "claim", "event"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE article_id = ?", arguments: [id])
        }
    }

    /// Articles from their rows, each layer of the chunk loaded with one query.
    static func articles(_ rows: [Row], _ db: Database) throws -> [ProcessedArticle] {
        guard !rows.isEmpty else { return [] }
        let ids: [String] = rows.map { $0["id"] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let arguments = StatementArguments(ids)
        func grouped(_ sql: String, _ each: (Row) throws -> Void) throws {
            let cursor = try Row.fetchCursor(db, sql: sql.replacingOccurrences(of: "$IDS", with: marks), arguments: arguments)
            while let row = try cursor.next() { try each(row) }
        }
        var parts: [String: Parts] = [:]
        try grouped("SELECT article_id, layer, start_offset, end_offset FROM span WHERE article_id IN ($IDS) ORDER BY article_id, layer, seq") { r in
            let span = Span(start: r["start_offset"], end: r["end_offset"])
            switch SpanLayer(rawValue: r["layer"]) {
            case .paragraph: parts[r["article_id"], default: Parts()].paragraphs.append(span)
            case .sentence: parts[r["article_id"], default: Parts()].sentences.append(span)
            case nil: break
            }
        }
        try grouped("SELECT article_id, start_offset, end_offset, reason, text FROM removed_segment WHERE article_id IN ($IDS) ORDER BY article_id, seq") { r in
            guard let reason = RemovedSegment.Reason(rawValue: r["reason"]) else { return }
            parts[r["article_id"], default: Parts()].removed.append(
                RemovedSegment(span: Span(start: r["start_offset"], end: r["end_offset"]), reason: reason, text: r["text"]))
        }
        try grouped("""
            SELECT m.article_id, m.start_offset, m.end_offset, m.entity_id, m.kind, m.role_start, m.role_end,
                   e.name, e.kind AS entity_kind, e.geonameid, e.feature, e.country, e.lat, e.lon
            FROM mention m LEFT JOIN entity e ON e.id = m.entity_id WHERE m.article_id IN ($IDS) ORDER BY m.article_id, m.seq
            """) { r in
            guard let kind = EntityKind(rawValue: r["kind"]) else { return }
            let id = EntityID(rawValue: r["entity_id"])
            let role = (r["role_start"] as Int?).map { Span(start: $0, end: r["role_end"] ?? $0) }
            let articleID: String = r["article_id"]
            parts[articleID, default: Parts()].layers.mentions.append(
                Annotation(span: Span(start: r["start_offset"], end: r["end_offset"]), value: EntityMention(entity: id, kind: kind, role: role)))
            if let name = r["name"] as String?, let entityKind = EntityKind(rawValue: r["entity_kind"] ?? "") {
                parts[articleID]!.layers.entities[id] = Entity(id: id, name: name, kind: entityKind, place: geo(r))
            }
        }
        try grouped("SELECT * FROM entity_alias WHERE article_id IN ($IDS) ORDER BY article_id, seq") { r in
            guard let reason = AliasLink.Reason(rawValue: r["reason"]) else { return }
            let evidence = (r["evidence_start"] as Int?).map { Span(start: $0, end: r["evidence_end"] ?? $0) }
            parts[r["article_id"], default: Parts()].layers.aliases.append(
                AliasLink(entity: EntityID(rawValue: r["entity_id"]), alias: EntityID(rawValue: r["alias_id"]), reason: reason, evidence: evidence))
        }
        try grouped("SELECT * FROM date_mention WHERE article_id IN ($IDS) ORDER BY article_id, seq") { r in
            parts[r["article_id"], default: Parts()].layers.dates.append(
                Annotation(span: Span(start: r["start_offset"], end: r["end_offset"]), value: timeExpression(r)))
        }
        try grouped("SELECT * FROM quantity WHERE article_id IN ($IDS) ORDER BY article_id, seq") { r in
            guard let value = quantity(r) else { return }
            parts[r["article_id"], default: Parts()].layers.quantities.append(
                Annotation(span: Span(start: r["start_offset"], end: r["end_offset"]), value: value))
        }
        try grouped("SELECT * FROM claim WHERE article_id IN ($IDS) ORDER BY article_id, seq") { r in
            guard let value = claim(r) else { return }
            parts[r["article_id"], default: Parts()].layers.claims.append(
                Annotation(span: Span(start: r["start_offset"], end: r["end_offset"]), value: value))
        }
        try grouped("SELECT * FROM event WHERE article_id IN ($IDS) ORDER BY article_id, seq") { r in
            guard let value = event(r) else { return }
            parts[r["article_id"], default: Parts()].layers.events.append(
                Annotation(span: Span(start: r["start_offset"], end: r["end_offset"]), value: value))
        }
        return rows.map { row in article(row, parts[row["id"]] ?? Parts()) }
    }

    /// What the layer tables hold for one article.
    private struct Parts {
        var paragraphs: [Span] = []
        var sentences: [Span] = []
        var removed: [RemovedSegment] = []
        var layers = Layers()
    }

    private static func article(_ row: Row, _ parts: Parts) -> ProcessedArticle {
        let evidence = (row["published_evidence_start"] as Int?).map { Span(start: $0, end: row["published_evidence_end"] ?? $0) }
        let published: PublicationDate? = (row["published"] as String?).map { value in
            PublicationDate(value: value,
                            source: PublicationDate.Source(rawValue: row["published_source"] ?? "") ?? .text,
                            reliable: row["published_reliable"] ?? false, evidence: evidence)
        }
        let article = Article(
            id: row["id"], contentHash: row["content_hash"], source: row["source"],
            format: DocumentFormat(rawValue: row["format"]) ?? .text, url: row["url"], title: row["title"],
            outlet: row["outlet"], byline: row["byline"], published: published, language: row["language"],
            text: row["text"], paragraphs: parts.paragraphs, sentences: parts.sentences, layers: parts.layers)
        let republication = (row["republication_kind"] as String?).flatMap(Republication.Kind.init(rawValue:)).map {
            Republication(kind: $0, by: row["republisher"], on: row["republished"])
        }
        return ProcessedArticle(article: article, rawText: row["raw_text"], removed: parts.removed, republication: republication,
                                readVersion: row["read_version"] ?? 0)
    }

    static func geo(_ r: Row) -> Entity.Geo? {
        guard let id = r["geonameid"] as Int?, let lat = r["lat"] as Double?, let lon = r["lon"] as Double? else { return nil }
        return Entity.Geo(geonameID: id, feature: r["feature"] ?? "", country: r["country"], latitude: lat, longitude: lon)
    }

    static func timeExpression(_ r: Row) -> TimeExpression {
        var anchor: TimeExpression.Anchor?
        switch r["anchor"] as String? {
        case "publication": anchor = .publication
        case "date": anchor = (r["anchor_seq"] as Int?).map { .date(AnnotationID(layer: .dates, index: $0)) }
        default: anchor = nil
        }
        return TimeExpression(value: r["value"], precision: TimeExpression.Precision(rawValue: r["precision"]) ?? .day,
                              relative: r["relative"], anchor: anchor, time: r["time"], modifier: r["modifier"])
    }

    static func quantity(_ r: Row) -> Quantity? {
        guard let kind = Quantity.Kind(rawValue: r["kind"]) else { return nil }
        let counts = (r["counts_start"] as Int?).map { Span(start: $0, end: r["counts_end"] ?? $0) }
        let sides = [r["side_a"] as Double?, r["side_b"] as Double?].compactMap { $0 }
        let measure = (r["measure_thing"] as String?).flatMap { thing in
            (r["measure_kind"] as String?).flatMap(Measure.Kind.init(rawValue:)).map { kind in
                Measure(thing: thing, kind: kind, place: (r["measure_place_seq"] as Int?).map { AnnotationID(layer: .mentions, index: $0) },
                        part: r["measure_part"])
            }
        }
        return Quantity(low: r["low"], high: r["high"], kind: kind, approx: r["approx"], unit: r["unit"], counts: r["counts"],
                        countsSpan: counts, role: (r["role"] as String?).flatMap(Quantity.Role.init(rawValue:)),
                        place: (r["place_seq"] as Int?).map { AnnotationID(layer: .mentions, index: $0) },
                        date: (r["date_seq"] as Int?).map { AnnotationID(layer: .dates, index: $0) },
                        sides: sides.isEmpty ? nil : sides,
                        direction: (r["direction"] as String?).flatMap(Quantity.Direction.init(rawValue:)),
                        claim: (r["claim_seq"] as Int?).map { AnnotationID(layer: .claims, index: $0) }, measure: measure)
    }
}

/// The layers of plain spans in the `span` table.
enum SpanLayer: String, CaseIterable {
    case paragraph
    case sentence
}
