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
    /// `direction`, `claim` (the id of the claim that owns it, or null) and `speaker` (whoever
    /// owns it: the claim's speaker, else the outlet), then what it measures: `measure` (the thing
    /// counted, "civilian"), `measure_kind` (`stock`, `flow` or `share`), `measure_place` (the
    /// place it is of, an entity id) and `measure_part` ("east"), each null for a figure not measured.
    struct QuantityJSON: ExportRecord {
        let record: QuantityRecord
        init(_ record: QuantityRecord) { self.record = record }

        static let columns = LayerJSON.position + ["low", "high", "kind", "approx", "unit", "counts", "role", "place", "date", "sides",
                                         "direction", "claim", "speaker", "measure", "measure_kind", "measure_place", "measure_part"]
        var cells: [ExportCell] {
            let q = record.quantity
            return LayerJSON.position(record.position) + [
                .number(q.low), .number(q.high), .text(q.kind.rawValue), .text(q.approx), .text(q.unit), .text(q.counts),
                .text(q.role?.rawValue), .text(record.place?.rawValue), .text(record.date), .numbers(q.sides),
                .text(q.direction?.rawValue), .text(record.claim), .text(record.owner), .text(q.measure?.thing),
                .text(q.measure?.kind.rawValue), .text(q.measure == nil ? nil : (record.measurePlace ?? record.place)?.rawValue), .text(q.measure?.part),
            ]
        }
    }

    /// `claims[]`: `id`, `article`, `outlet`, `text` (the content's), `start`, `end` (the whole
    /// claim's), `speaker` {`text`, `start`, `end`, `entity`, `name`}, `cue` {`text`, `start`, `end`},
    /// `cue_lemma`, `tense`, `content` {`text`, `start`, `end`}, `quote`, `stance`, `hedged`,
    /// `hedge`, `date` (the claim's, else the article's), `via` (a claim id or an outlet's words),
    /// `republisher` (the outlet that copied the article, when it is a republication).
    struct ClaimJSON: ExportRecord {
        let record: ClaimRecord
        init(_ record: ClaimRecord) { self.record = record }

        static let columns = ["id"] + LayerJSON.position + ["speaker", "speaker_name", "cue", "cue_lemma", "tense", "content", "quote",
                                                            "stance", "hedged", "hedge", "date", "via", "republisher"]
        var cells: [ExportCell] {
            let c = record.claim
            var speaker: TextPart?
            if let text = record.speaker, let span = c.speaker { speaker = TextPart(text: text, span: span, entity: .some(record.speakerEntity?.rawValue)) }
            return [.text(record.id)] + LayerJSON.position(record.position) + [
                .part(speaker), .text(record.speakerName), .part(TextPart(text: record.cue, span: c.cue)), .text(c.cueLemma),
                .text(c.tense?.rawValue), .part(TextPart(text: record.content, span: c.content)), .flag(c.quote),
                .text(c.stance.rawValue), .flag(c.hedged), .text(c.hedge), .text(record.date), .text(record.via),
                .text(record.republisher),
            ]
        }
    }

    /// The fields every annotation record starts with.
    static let position = ["article", "outlet", "text", "start", "end"]

    static func position(_ p: LayerPosition) -> [ExportCell] {
        [.text(p.article), .text(p.outlet), .text(p.text), .integer(p.span.start), .integer(p.span.end)]
    }
}
