import Foundation

/// A listing command's records as one pretty-printed JSON array, keys sorted, ending in a newline:
/// the records the JSON report writes, laid out for a person or a program reading a pipe.
///
///     try ListingJSON.array(figures.map(FigureJSON.init))
enum ListingJSON {
    static func array(_ records: [some Encodable]) throws -> String {
        // Foundation pretty-prints an empty array over three lines; a program expects `[]`.
        if records.isEmpty { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(records), as: UTF8.self) + "\n"
    }
}
