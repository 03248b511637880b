import GRDB

/// Claims as rows of the `claim` table: each part's span and text, the speaker's entity, the
/// date and the relay by their own columns, so a query needs neither the article text nor JSON.
extension SQLiteLayerRows {
    static func insertClaims(_ articleID: String, _ layers: Layers, _ text: ScalarText, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO claim (article_id, seq, start_offset, end_offset, speaker_start, speaker_end, speaker_text, speaker_entity,
                               cue_start, cue_end, cue_text, cue_lemma, tense, content_start, content_end, content_text, quote,
                               stance, hedge, date_seq, date_value, via_claim_seq, via_start, via_end, via_text, via_entity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (seq, c) in layers.claims.enumerated() {
            let v = c.value
            var viaClaim: Int?, viaSpan: Span?, viaEntity: String?
            switch v.via {
            case .claim(let id): viaClaim = id.index
            case .outlet(let span, let entity): viaSpan = span; viaEntity = entity?.rawValue
            case nil: break
            }
            let values: [(any DatabaseValueConvertible)?] = [
                articleID, seq, c.span.start, c.span.end, v.speaker?.start, v.speaker?.end, v.speaker.map { text[$0] },
                v.speakerEntity?.rawValue, v.cue.start, v.cue.end, text[v.cue], v.cueLemma, v.tense?.rawValue,
                v.content.start, v.content.end, text[v.content], v.quote, v.stance.rawValue, v.hedge, v.date?.index,
                v.date.flatMap { layers.dates[$0] }?.value.value, viaClaim, viaSpan?.start, viaSpan?.end,
                viaSpan.map { text[$0] }, viaEntity,
            ]
            try statement.execute(arguments: StatementArguments(values))
        }
    }

    static func claim(_ r: Row) -> Claim? {
        guard let stance = Claim.Stance(rawValue: r["stance"]) else { return nil }
        func span(_ start: String, _ end: String) -> Span? {
            (r[start] as Int?).map { Span(start: $0, end: r[end] ?? $0) }
        }
        var via: Claim.Via?
        if let seq = r["via_claim_seq"] as Int? {
            via = .claim(AnnotationID(layer: .claims, index: seq))
        } else if let outlet = span("via_start", "via_end") {
            via = .outlet(outlet, (r["via_entity"] as String?).map(EntityID.init(rawValue:)))
        }
        return Claim(speaker: span("speaker_start", "speaker_end"),
                     speakerEntity: (r["speaker_entity"] as String?).map(EntityID.init(rawValue:)),
                     cue: Span(start: r["cue_start"], end: r["cue_end"]), cueLemma: r["cue_lemma"],
                     tense: (r["tense"] as String?).flatMap(Claim.Tense.init(rawValue:)),
                     content: Span(start: r["content_start"], end: r["content_end"]), quote: r["quote"], stance: stance,
                     hedge: r["hedge"], date: (r["date_seq"] as Int?).map { AnnotationID(layer: .dates, index: $0) }, via: via)
    }
}
