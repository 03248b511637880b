import GRDB

/// Events as rows of the `event` table: the ACLED types, each actor's words, entity and kind, and
/// the place, date, figures and claim by their position in their own layers, with the values a
/// query filters on (place entity, date value) copied beside them.
extension SQLiteLayerRows {
    static func insertEvents(_ articleID: String, _ layers: Layers, _ text: ScalarText, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO event (article_id, seq, start_offset, end_offset, event_type, sub_event_type, action,
                               actor1_start, actor1_end, actor1_text, actor1_entity, actor1_kind,
                               actor2_start, actor2_end, actor2_text, actor2_entity, actor2_kind,
                               place_seq, place_entity, date_seq, date_value, date_end_seq, killed_seq, wounded_seq, claim_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (seq, e) in layers.events.enumerated() {
            let v = e.value
            func actor(_ a: EventActor?) -> [(any DatabaseValueConvertible)?] {
                [a?.span.start, a?.span.end, a.map { text[$0.span] }, a?.entity?.rawValue, a?.kind.rawValue]
            }
            let values: [(any DatabaseValueConvertible)?] = [articleID, seq, e.span.start, e.span.end, v.eventType.rawValue,
                                                             v.subEventType.rawValue, v.action]
                + actor(v.actor1) + actor(v.actor2) + [
                    v.place?.index, v.place.flatMap { layers.mentions[$0] }?.value.entity.rawValue,
                    v.date?.index, v.date.flatMap { layers.dates[$0] }?.value.value, v.dateEnd?.index,
                    v.killed?.index, v.wounded?.index, v.claim?.index,
                ]
            try statement.execute(arguments: StatementArguments(values))
        }
    }

    static func event(_ r: Row) -> Event? {
        guard let subType = ACLEDSubEventType(rawValue: r["sub_event_type"]) else { return nil }
        func actor(_ n: Int) -> EventActor? {
            guard let start = r["actor\(n)_start"] as Int?,
                  let kind = (r["actor\(n)_kind"] as String?).flatMap(EventActor.Kind.init(rawValue:)) else { return nil }
            return EventActor(span: Span(start: start, end: r["actor\(n)_end"] ?? start),
                              entity: (r["actor\(n)_entity"] as String?).map(EntityID.init(rawValue:)), kind: kind)
        }
        func id(_ column: String, _ layer: LayerName) -> AnnotationID? {
            (r[column] as Int?).map { AnnotationID(layer: layer, index: $0) }
        }
        return Event(subEventType: subType, action: r["action"], actor1: actor(1), actor2: actor(2),
                     place: id("place_seq", .mentions), date: id("date_seq", .dates), dateEnd: id("date_end_seq", .dates), killed: id("killed_seq", .quantities),
                     wounded: id("wounded_seq", .quantities), claim: id("claim_seq", .claims))
    }
}
