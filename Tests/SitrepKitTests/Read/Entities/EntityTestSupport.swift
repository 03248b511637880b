@testable import SitrepKit

/// A hand-written lexicon for the name tests, so they do not depend on the gazetteer.
struct HandLexicon: PlaceLexicon {
    static let nationalities: [String: String] = [
        "ukrainian": "UA", "russian": "RU", "russians": "RU", "malian": "ML", "colombian": "CO", "burmese": "MM",
        "french": "FR", "syrian": "SY", "american": "US", "turkish": "TR", "nigerian": "NG", "british": "GB",
    ]
    func countryOfNationality(_ norm: String) -> String? { Self.nationalities[norm] }
    func isPlaceName(_ name: String) -> Bool { ["South Sudan", "North Macedonia"].contains(name) }
    func country(code: String) -> Entity.Geo? { nil }
    func isAbbreviation(_ name: String) -> Bool { false }
    func isProminentPlace(_ name: String) -> Bool { false }
    func isPlaceByOwnName(_ name: String) -> Bool { isPlaceName(name) }
}

/// Reads `text` (paragraphs split at blank lines) with the entity reader.
func readEntities(_ text: String, outlet: String? = nil, reader: EntityReader = EntityReader(lexicon: HandLexicon(), places: nil)) -> Article {
    var paragraphs: [Span] = []
    var start = 0
    var offset = 0
    let scalars = Array(text.unicodeScalars)
    while offset < scalars.count {
        if offset + 1 < scalars.count, scalars[offset] == "\n", scalars[offset + 1] == "\n" {
            if offset > start { paragraphs.append(Span(start: start, end: offset)) }
            offset += 2
            start = offset
        } else {
            offset += 1
        }
    }
    if scalars.count > start { paragraphs.append(Span(start: start, end: scalars.count)) }
    let article = Article(id: "t", contentHash: "t", source: "t.txt", format: .text, outlet: outlet, text: text, paragraphs: paragraphs)
    return ReadingStage([SentenceReader(), TokenReader(), reader]).read(article)
}

extension Article {
    /// Each mention as "text=entity id".
    var mentionList: [String] {
        layers.mentions.map { "\(text[$0.span])=\($0.value.entity.rawValue)" }
    }

    /// The mention whose text is `name`.
    func mention(_ name: String) -> Annotation<EntityMention>? {
        layers.mentions.first { text[$0.span] == name }
    }

    func kind(of name: String) -> EntityKind? { mention(name)?.value.kind }
}
