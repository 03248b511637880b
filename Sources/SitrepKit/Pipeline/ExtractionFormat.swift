/// How an extraction without a store is written out: plain text for reading or scoring, JSON for
/// tools.
///
///     ExtractionFormat.json.fileExtension   // ".json"
public enum ExtractionFormat: Sendable {
    /// An article's clean body; a date as its day or moment, "-" when there is none.
    case text
    /// Everything: metadata, spans and removed segments, or a date with its source and reliability.
    case json

    /// The extension of a batch's output files.
    public var fileExtension: String {
        switch self {
        case .text: ".txt"
        case .json: ".json"
        }
    }
}
