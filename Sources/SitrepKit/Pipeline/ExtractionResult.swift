import Foundation

/// What one document gives when it is extracted without a store: its article, or its
/// publication date alone.
///
///     let result = try FileExtraction(reading: .dateOnly).process(document)
///     try result.rendered(as: .text)   // "2016-12-06", or "-" when the page has no date
public enum ExtractionResult: Sendable {
    case article(ProcessedArticle)
    /// The date (nil when none was found) and the document, whose source and URL the JSON names.
    case date(PublicationDate?, SourceDocument)

    /// The result as `sitrep extract` prints it.
    public func rendered(as format: ExtractionFormat) throws -> String {
        switch (self, format) {
        case let (.article(processed), .text):
            return processed.article.text
        case let (.article(processed), .json):
            return try Self.encoded(ArticleJSON(processed))
        case let (.date(date, _), .text):
            return date?.value ?? "-"
        case let (.date(date, document), .json):
            return try Self.encoded(PublicationDateJSON(source: document.source, url: document.hints.url, date: date))
        }
    }

    private static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        // Sorted and pretty, so outputs diff cleanly and a person can read one.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
