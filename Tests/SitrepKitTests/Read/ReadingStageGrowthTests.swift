import Testing
@testable import SitrepKit

/// The whole standard stage, every reader in its order, is linear on the shapes that would expose
/// a quadratic step in any of them or in how they meet: a quotation of hundreds of sentences that
/// never closes (claims, then events inside it), "said" thousands of times in a row, a sentence
/// of hundreds of kilobytes without punctuation, a page of capitalised words and numbers.
@Suite struct ReadingStageGrowthTests {
    static func article(_ text: String) -> Article {
        Article(id: "s", contentHash: "s", source: "s.txt", format: .text,
                published: PublicationDate(value: "2023-04-16", source: .meta, reliable: true), text: text,
                paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
    }

    func expectLinear(base: Int, _ label: Comment, _ unit: String, prefix: String = "") {
        _ = ReadingStage.standard.read(Self.article("Warm-up in Khartoum."))   // the gazetteer loads once, untimed
        GrowthCheck().expectLinear(base: base, label) { n in
            let article = Self.article(prefix + String(repeating: unit, count: n))
            return { _ = ReadingStage.standard.read(article) }
        }
    }

    @Test func anUnclosedQuoteOfManySentences() {
        expectLinear(base: 100, "an unclosed quote", "Paramilitary forces shelled the market in Omdurman on Sunday, killing 12 people. ",
                     prefix: "The governor said: “")
    }

    @Test func saidThousandsOfTimesInARow() {
        expectLinear(base: 1_000, "said in a row", "said ", prefix: "Officials in Mandalay ")
    }

    @Test func aVeryLongSentence() {
        expectLinear(base: 1_000, "one long sentence", "more than 300 civilians fled Bakhmut and Soledar as troops attacked and ")
    }

    @Test func aPageOfCapitalisedWordsAndNumbers() {
        expectLinear(base: 1_000, "capitalised words", "Rapid Support Forces 40 Al Fashir Army Brigade 7 ")
    }
}
