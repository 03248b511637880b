/// A record an export writes: one JSON object per line, or one CSV row under fixed columns.
protocol ExportRecord: Encodable {
    static var columns: [String] { get }
    var cells: [ExportCell] { get }
}

/// One CSV cell, typed so that text can be guarded and numbers cannot be mistaken for it.
enum ExportCell {
    case text(String?)
    case number(Double?)
    case integer(Int?)
    case flag(Bool?)
}

extension LayerJSON.EntityJSON: ExportRecord {
    static let columns = ["id", "name", "kind", "aliases", "mentions", "geonameid", "feature", "country", "lat", "lon"]
    var cells: [ExportCell] {
        [.text(id), .text(name), .text(kind), .text(aliases.joined(separator: "; ")), .integer(mentions), .integer(geonameid),
         .text(feature), .text(country), .number(lat), .number(lon)]
    }
}

extension LayerJSON.MentionJSON: ExportRecord {
    static let columns = ["article", "outlet", "entity", "kind", "text", "start", "end"]
    var cells: [ExportCell] {
        [.text(article), .text(outlet), .text(entity), .text(kind), .text(text), .integer(start), .integer(end)]
    }
}

extension LayerJSON.DateJSON: ExportRecord {
    static let columns = ["article", "outlet", "text", "start", "end", "value", "precision", "relative", "anchor", "time", "modifier"]
    var cells: [ExportCell] {
        [.text(article), .text(outlet), .text(text), .integer(start), .integer(end), .text(value), .text(precision),
         .flag(relative), .text(anchor), .text(time), .text(modifier)]
    }
}

extension LayerJSON.QuantityJSON: ExportRecord {
    static let columns = ["article", "outlet", "text", "start", "end", "low", "high", "kind", "approx", "unit", "counts", "role",
                          "place", "date"]
    var cells: [ExportCell] {
        [.text(article), .text(outlet), .text(text), .integer(start), .integer(end), .number(low), .number(high), .text(kind),
         .text(approx), .text(unit), .text(counts), .text(role), .text(place), .text(date)]
    }
}
