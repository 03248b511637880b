/// The JSON report's top-level layer arrays and the exports' rows: one record per annotation (or
/// entity), each naming its article and outlet and carrying the text it covers. Offsets are
/// Unicode scalars into that article's `text`. Each record lists its fields once, as
/// ``ExportRecord/columns`` and ``ExportRecord/cells``; JSON and CSV are both written from that
/// list, so the two never drift apart, and every field is present on every record, null when
/// unknown.
enum LayerJSON {
    /// `entities[]`: `id`, `name`, `kind`, `aliases`, `mentions`, and for places and nationalities
    /// `geonameid`, `feature`, `country`, `lat`, `lon`.
    struct EntityJSON: ExportRecord {
        let record: EntityRecord
        init(_ record: EntityRecord) { self.record = record }

        static let columns = ["id", "name", "kind", "aliases", "mentions", "geonameid", "feature", "country", "lat", "lon"]
        var cells: [ExportCell] {
            let e = record.entity
            return [.text(e.id.rawValue), .text(e.name), .text(e.kind.rawValue), .texts(record.aliases), .integer(record.mentions),
                    .integer(e.place?.geonameID), .text(e.place?.feature), .text(e.place?.country), .number(e.place?.latitude),
                    .number(e.place?.longitude)]
        }
    }

    /// `mentions[]`: `article`, `outlet`, `text`, `start`, `end`, `entity` (the canonical id),
    /// `kind`, `role` (the span of a title before a name).
    struct MentionJSON: ExportRecord {
        let record: MentionRecord
        init(_ record: MentionRecord) { self.record = record }

        static let columns = LayerJSON.position + ["entity", "kind", "role"]
        var cells: [ExportCell] {
            LayerJSON.position(record.position) + [.text(record.canonical.rawValue), .text(record.mention.kind.rawValue), .span(record.mention.role)]
        }
    }

    /// `dates[]`: `article`, `outlet`, `text`, `start`, `end`, `value`, `precision`, `relative`,
    /// `anchor` (`publication` or the id of the date it follows), `time`, `modifier`.
    struct DateJSON: ExportRecord {
        let record: DateRecord
        init(_ record: DateRecord) { self.record = record }

        static let columns = LayerJSON.position + ["value", "precision", "relative", "anchor", "time", "modifier"]
        var cells: [ExportCell] {
            let d = record.date
            let anchor: String? = switch d.anchor {
            case .publication: "publication"
            case .date(let id): id.description
            case nil: nil
            }
            return LayerJSON.position(record.position) + [.text(d.value), .text(d.precision.rawValue), .flag(d.relative), .text(anchor),
                                                .text(d.time), .text(d.modifier)]
        }
    }

    /// `quantities[]`: `article`, `outlet`, `text`, `start`, `end`, `low`, `high`, `kind`,
    /// `approx`, `unit`, `counts`, `role`, `place` (entity id), `date` (ISO value), `sides`,
    /// `direction`.
    struct QuantityJSON: ExportRecord {
        let record: QuantityRecord
        init(_ record: QuantityRecord) { self.record = record }

        static let columns = LayerJSON.position + ["low", "high", "kind", "approx", "unit", "counts", "role", "place", "date", "sides",
                                         "direction"]
        var cells: [ExportCell] {
            let q = record.quantity
            return LayerJSON.position(record.position) + [
                .number(q.low), .number(q.high), .text(q.kind.rawValue), .text(q.approx), .text(q.unit), .text(q.counts),
                .text(q.role?.rawValue), .text(record.place?.rawValue), .text(record.date), .numbers(q.sides),
                .text(q.direction?.rawValue),
            ]
        }
    }

    /// The fields every annotation record starts with.
    static let position = ["article", "outlet", "text", "start", "end"]

    static func position(_ p: LayerPosition) -> [ExportCell] {
        [.text(p.article), .text(p.outlet), .text(p.text), .integer(p.span.start), .integer(p.span.end)]
    }
}
