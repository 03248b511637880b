import Foundation

/// Streams one layer of the whole corpus out of the store, a record at a time: each mention,
/// date, figure, claim or event with its article id, outlet and the text it covers; or each
/// entity. Events in CSV take ACLED's column names (``LayerJSON/ACLEDEventRow``).
///
///     try LayerExport(layer: .quantities, format: .csv).write(store, to: .standardOutput())
///
/// CSV follows RFC 4180 (quoted where needed, CRLF between rows). A text cell that a spreadsheet
/// would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is
/// written with a leading `'`, so an article cannot plant a formula in an analyst's sheet.
public struct LayerExport: Sendable {
    public enum Layer: String, CaseIterable, Sendable {
        case entities, mentions, dates, quantities, claims, events
    }

    public enum Format: String, CaseIterable, Sendable {
        case csv, jsonl

        /// The format a file name asks for, if its extension names one.
        public init?(fileName: String) {
            switch (fileName as NSString).pathExtension.lowercased() {
            case "csv": self = .csv
            case "jsonl", "ndjson": self = .jsonl
            default: return nil
            }
        }
    }

    public var layer: Layer
    public var format: Format

    public init(layer: Layer, format: Format) {
        self.layer = layer
        self.format = format
    }

    /// Writes every record; returns how many.
    @discardableResult
    public func write(_ store: any LayerReading, to output: ReportOutput) throws -> Int {
        switch layer {
        case .entities: return try write(LayerJSON.EntityJSON.self, to: output) { emit in try store.forEachEntity { try emit(.init($0)) } }
        case .mentions: return try write(LayerJSON.MentionJSON.self, to: output) { emit in try store.forEachMention { try emit(.init($0)) } }
        case .dates: return try write(LayerJSON.DateJSON.self, to: output) { emit in try store.forEachDate { try emit(.init($0)) } }
        case .quantities:
            return try write(LayerJSON.QuantityJSON.self, to: output) { emit in try store.forEachQuantity { try emit(.init($0)) } }
        case .claims: return try write(LayerJSON.ClaimJSON.self, to: output) { emit in try store.forEachClaim { try emit(.init($0)) } }
        case .events where format == .csv:
            return try write(LayerJSON.ACLEDEventRow.self, to: output) { emit in try store.forEachEvent { try emit(.init($0)) } }
        case .events: return try write(LayerJSON.EventJSON.self, to: output) { emit in try store.forEachEvent { try emit(.init($0)) } }
        }
    }

    private func write<R: ExportRecord>(_: R.Type, to output: ReportOutput, _ records: ((R) throws -> Void) throws -> Void) throws -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var count = 0
        if format == .csv { output.write(R.columns.joined(separator: ",") + "\r\n") }
        try records { record in
            switch format {
            case .jsonl: output.write(String(decoding: try encoder.encode(record), as: UTF8.self) + "\n")
            case .csv: output.write(record.cells.map(Self.csv).joined(separator: ",") + "\r\n")
            }
            count += 1
        }
        return count
    }

    static func csv(_ cell: ExportCell) -> String {
        switch cell {
        case .text(nil), .number(nil), .integer(nil), .flag(nil), .numbers(nil), .span(nil), .part(nil): return ""
        case .part(let part?): return csv(.text(part.text))
        case .number(let value?):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .integer(let value?): return String(value)
        case .numbers(let values?): return values.map { csv(.number($0)) }.joined(separator: ";")
        case .span(let span?): return "\(span.start)-\(span.end)"
        case .texts(let values): return csv(.text(values.joined(separator: "; ")))
        case .flag(let value?): return value ? "true" : "false"
        case .text(let value?):
            var text = value
            if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
