/// The JSON report's top-level layer arrays, one record per annotation, each naming its article
/// and carrying the text it covers. Offsets are Unicode scalars into that article's `text`.
/// Every field is present on every record, null when unknown.
enum LayerJSON {
    /// `entities[]`: `id`, `name`, `kind`, `aliases`, `mentions`, and for places and nationalities
    /// `geonameid`, `country`, `lat`, `lon`.
    struct EntityJSON: Encodable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]
        var mentions: Int
        var geonameid: Int?
        var feature: String?
        var country: String?
        var lat: Double?
        var lon: Double?

        init(_ r: EntityRecord) {
            id = r.entity.id.rawValue
            name = r.entity.name
            kind = r.entity.kind.rawValue
            aliases = r.aliases
            mentions = r.mentions
            geonameid = r.entity.place?.geonameID
            feature = r.entity.place?.feature
            country = r.entity.place?.country
            lat = r.entity.place?.latitude
            lon = r.entity.place?.longitude
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(aliases, forKey: .aliases)
            try c.encode(mentions, forKey: .mentions)
            try c.encode(geonameid, forKey: .geonameid)
            try c.encode(feature, forKey: .feature)
            try c.encode(country, forKey: .country)
            try c.encode(lat, forKey: .lat)
            try c.encode(lon, forKey: .lon)
        }

        enum CodingKeys: String, CodingKey { case id, name, kind, aliases, mentions, geonameid, feature, country, lat, lon }
    }

    /// `mentions[]`: `article`, `entity` (the canonical id), `kind`, `text`, `start`, `end`, `role`.
    struct MentionJSON: Encodable {
        var article: String
        var entity: String
        var kind: String
        var text: String
        var start: Int
        var end: Int
        var role: Span?

        init(_ r: MentionRecord) {
            article = r.position.article
            entity = r.canonical.rawValue
            kind = r.mention.kind.rawValue
            text = r.position.text
            start = r.position.span.start
            end = r.position.span.end
            role = r.mention.role
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article, forKey: .article)
            try c.encode(entity, forKey: .entity)
            try c.encode(kind, forKey: .kind)
            try c.encode(text, forKey: .text)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(role, forKey: .role)
        }

        enum CodingKeys: String, CodingKey { case article, entity, kind, text, start, end, role }
    }

    /// `dates[]`: `article`, `text`, `start`, `end`, `value`, `precision`, `relative`, `anchor`,
    /// `time`, `modifier`.
    struct DateJSON: Encodable {
        var article: String
        var text: String
        var start: Int
        var end: Int
        var value: String
        var precision: String
        var relative: Bool
        var anchor: String?
        var time: String?
        var modifier: String?

        init(_ r: DateRecord) {
            article = r.position.article
            text = r.position.text
            start = r.position.span.start
            end = r.position.span.end
            value = r.date.value
            precision = r.date.precision.rawValue
            relative = r.date.relative
            switch r.date.anchor {
            case .publication: anchor = "publication"
            case .date(let id): anchor = id.description
            case nil: anchor = nil
            }
            time = r.date.time
            modifier = r.date.modifier
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article, forKey: .article)
            try c.encode(text, forKey: .text)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(value, forKey: .value)
            try c.encode(precision, forKey: .precision)
            try c.encode(relative, forKey: .relative)
            try c.encode(anchor, forKey: .anchor)
            try c.encode(time, forKey: .time)
            try c.encode(modifier, forKey: .modifier)
        }

        enum CodingKeys: String, CodingKey { case article, text, start, end, value, precision, relative, anchor, time, modifier }
    }

    /// `quantities[]`: `article`, `text`, `start`, `end`, `low`, `high`, `kind`, `approx`, `unit`,
    /// `counts`, `role`, `place` (entity id), `date` (ISO value), `sides`.
    struct QuantityJSON: Encodable {
        var article: String
        var text: String
        var start: Int
        var end: Int
        var low: Double
        var high: Double
        var kind: String
        var approx: String?
        var unit: String?
        var counts: String?
        var role: String?
        var place: String?
        var date: String?
        var sides: [Double]?

        init(_ r: QuantityRecord) {
            let q = r.quantity
            article = r.position.article
            text = r.position.text
            start = r.position.span.start
            end = r.position.span.end
            low = q.low
            high = q.high
            kind = q.kind.rawValue
            approx = q.approx
            unit = q.unit
            counts = q.counts
            role = q.role?.rawValue
            place = r.place?.rawValue
            date = r.date
            sides = q.sides
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article, forKey: .article)
            try c.encode(text, forKey: .text)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(low, forKey: .low)
            try c.encode(high, forKey: .high)
            try c.encode(kind, forKey: .kind)
            try c.encode(approx, forKey: .approx)
            try c.encode(unit, forKey: .unit)
            try c.encode(counts, forKey: .counts)
            try c.encode(role, forKey: .role)
            try c.encode(place, forKey: .place)
            try c.encode(date, forKey: .date)
            try c.encode(sides, forKey: .sides)
        }

        enum CodingKeys: String, CodingKey {
            case article, text, start, end, low, high, kind, approx, unit, counts, role, place, date, sides
        }
    }
}
