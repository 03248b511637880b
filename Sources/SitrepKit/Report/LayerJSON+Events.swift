/// The events' records: one for the JSON report and the JSONL export, one in ACLED's columns for
/// the CSV export, so a user can append Sitrep's rows to an ACLED download.
extension LayerJSON {
    /// `events[]`: `id`, `article`, `outlet`, `event_type`, `sub_event_type` (ACLED's names),
    /// `action`, `actor1` and `actor2` {`text`, `start`, `end`, `entity`, `name`, `kind`}, `place`
    /// (the canonical place's name), `place_entity`, `country`, `lat`, `lon`, `date`,
    /// `date_precision` (`range` for a span, its `date` then `first/last`), `date_in_text` (false when the date is the article's), `killed`,
    /// `wounded`, `claim` (the id of the claim that reports it, or null), `sentence` {`text`,
    /// `start`, `end`}.
    struct EventJSON: ExportRecord {
        let record: EventRecord
        init(_ record: EventRecord) { self.record = record }

        static let columns = ["id", "article", "outlet", "event_type", "sub_event_type", "action", "actor1", "actor2", "place",
                              "place_entity", "country", "lat", "lon", "date", "date_precision", "date_in_text", "killed", "wounded",
                              "claim", "sentence"]
        var cells: [ExportCell] {
            let r = record, e = record.event
            return [
                .text(r.id), .text(r.position.article), .text(r.position.outlet), .text(e.eventType.rawValue),
                .text(e.subEventType.rawValue), .text(e.action), .part(Self.actor(r.actor1, e.actor1)),
                .part(Self.actor(r.actor2, e.actor2)), .text(r.place?.name), .text(r.place?.entity.rawValue), .text(r.place?.country),
                .number(r.place?.latitude), .number(r.place?.longitude), .text(r.date), .text(r.datePrecision?.rawValue),
                .flag(r.dateInText), .number(r.killed), .number(r.wounded), .text(r.claim),
                .part(TextPart(text: r.position.text, span: r.position.span)),
            ]
        }

        static func actor(_ record: EventRecord.Actor?, _ actor: EventActor?) -> TextPart? {
            guard let record, let actor else { return nil }
            return TextPart(text: record.text, span: actor.span, entity: .some(record.entity?.rawValue), name: .some(record.name),
                            kind: actor.kind.rawValue)
        }
    }

    /// An event as a row of an ACLED export: `event_date` (a span's first day), `time_precision` (1 a day, 2 a range,
    /// 3 a month or a year, as ACLED codes it), `event_type`, `sub_event_type`, `actor1`,
    /// `actor2` (the entity's name, else the words), `location`, `latitude`, `longitude`,
    /// `fatalities`, `source` (the outlet), `notes` (the sentence); then Sitrep's own columns:
    /// `action`, `wounded`, `claim`, `article`, `sitrep_id`.
    struct ACLEDEventRow: ExportRecord {
        let record: EventRecord
        init(_ record: EventRecord) { self.record = record }

        static let columns = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location",
                              "latitude", "longitude", "fatalities", "source", "notes", "action", "wounded", "claim", "article",
                              "sitrep_id"]
        var cells: [ExportCell] {
            let r = record, e = record.event
            let precision: Int? = switch r.datePrecision {
            case .day: 1
            case .range: 2
            case .month, .year: 3
            case nil: nil
            }
            // ACLED's event_date is one day: a span's first, its precision saying it is a span.
            return [
                .text(r.date.map { String($0.split(separator: "/").first ?? "") }), .integer(precision), .text(e.eventType.rawValue), .text(e.subEventType.rawValue),
                .text(r.actor1.map { $0.name ?? $0.text }), .text(r.actor2.map { $0.name ?? $0.text }), .text(r.place?.name),
                .number(r.place?.latitude), .number(r.place?.longitude), .number(r.killed ?? 0), .text(r.position.outlet),
                .text(r.position.text), .text(e.action), .number(r.wounded), .text(r.claim), .text(r.position.article), .text(r.id),
            ]
        }
    }
}
