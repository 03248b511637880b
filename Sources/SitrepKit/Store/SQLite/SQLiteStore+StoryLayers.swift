import GRDB

extension SQLiteStore: StoryLayerReading {
    public func measuredFigures(inArticles articles: [String]) throws -> [MeasuredFigureRecord] {
        guard !articles.isEmpty else { return [] }
        var out: [MeasuredFigureRecord] = []
        // SQLite allows a bounded number of parameters: ask in chunks.
        for start in stride(from: 0, to: articles.count, by: 500) {
            let chunk = Array(articles[start..<min(articles.count, start + 500)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            try pool.read { db in
                // The figure's day: the date its sentence gives it, else its claim's, else the article's.
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT q.*, a.outlet, coalesce(e.canonical_id, q.place_entity) AS place,
                           coalesce(me.canonical_id, q.measure_place_entity) AS measure_place,
                           CASE WHEN q.claim_seq IS NULL THEN a.outlet ELSE coalesce(se.name, c.speaker_text) END AS owner,
                           coalesce(q.date_value, c.date_value, substr(a.published, 1, 10)) AS figure_day,
                           pn.name AS place_name, s.start_offset AS sentence_start, s.end_offset AS sentence_end,
                           substr(a.text, s.start_offset + 1, s.end_offset - s.start_offset) AS sentence_text,
                           (SELECT count(*) FROM span p WHERE p.article_id = q.article_id AND p.layer = 'paragraph'
                                AND p.end_offset <= q.start_offset) AS paragraph
                    FROM quantity q JOIN article a ON a.id = q.article_id
                    LEFT JOIN entity e ON e.id = q.place_entity
                    LEFT JOIN entity me ON me.id = q.measure_place_entity
                    LEFT JOIN entity pn ON pn.id = coalesce(me.canonical_id, q.measure_place_entity, e.canonical_id, q.place_entity)
                    LEFT JOIN claim c ON c.article_id = q.article_id AND c.seq = q.claim_seq
                    LEFT JOIN entity sp ON sp.id = c.speaker_entity LEFT JOIN entity se ON se.id = sp.canonical_id
                    LEFT JOIN span s ON s.article_id = q.article_id AND s.layer = 'sentence'
                         AND s.start_offset <= q.start_offset AND s.end_offset >= q.end_offset
                    WHERE q.article_id IN (\(marks)) AND q.measure_thing IS NOT NULL
                    ORDER BY q.article_id, q.seq
                    """, arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    guard let quantity = SQLiteLayerRows.quantity(row), let measure = quantity.measure else { continue }
                    let article: String = row["article_id"]
                    let position = LayerPosition(article: article, outlet: row["outlet"],
                                                 span: Span(start: row["start_offset"], end: row["end_offset"]), text: row["text"])
                    let figure = QuantityRecord(
                        position: position, quantity: quantity, place: (row["place"] as String?).map(EntityID.init(rawValue:)),
                        date: row["date_value"], claim: (row["claim_seq"] as Int?).map { ClaimRecord.id(article: article, seq: $0) },
                        owner: row["owner"], measurePlace: (row["measure_place"] as String?).map(EntityID.init(rawValue:)))
                    let sentence = Span(start: row["sentence_start"] ?? position.span.start, end: row["sentence_end"] ?? position.span.end)
                    out.append(MeasuredFigureRecord(figure: figure, measure: measure, sentence: sentence,
                                                    sentenceText: row["sentence_text"] ?? position.text, paragraph: row["paragraph"],
                                                    day: row["figure_day"], placeName: row["place_name"]))
                }
            }
        }
        return out
    }
}
