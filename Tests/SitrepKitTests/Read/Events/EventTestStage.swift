import Foundation
@testable import SitrepKit

/// The readers the event reader needs, then the event reader, for the event tests.
enum EventTestStage {
    static let stage = ReadingStage([SentenceReader(), TokenReader(), EntityReader(), DateReader(), QuantityReader(),
                                     EventReader()])

    /// The text read as one paragraph of an article with no outlet and no date.
    static func read(_ text: String, id: String = "t") -> Article {
        let article = Article(id: id, contentHash: id, source: "\(id).txt", format: .text, text: text,
                              paragraphs: [Span(start: 0, end: ScalarText(text).count)])
        return stage.read(article)
    }

    /// The first event's sub-type, or nil.
    static func subType(_ text: String) -> ACLEDSubEventType? { read(text).layers.events.first?.value.subEventType }
}
