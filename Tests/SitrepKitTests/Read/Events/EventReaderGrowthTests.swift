import Testing
@testable import SitrepKit

/// The event reader stays linear: on many event sentences, and on one sentence of many words.
@Suite struct EventReaderGrowthTests {
    static let sentence = "Rebels shelled the market in Taiz on Monday, killing 12 civilians, and police arrested two militants."

    @Test func linearInSentences() {
        GrowthCheck().expectLinear(base: 400, "sentences") { n in
            let article = EventTestStage.read(Array(repeating: Self.sentence, count: n).joined(separator: " "))
            var document = ReadingDocument(article)
            document.tokens = Tokenizer().tokens(document.text)
            return { var copy = document; EventReader().read(&copy) }
        }
    }

    @Test func linearInOneLongSentence() {
        let words = Self.sentence.dropLast().split(separator: " ").map(String.init)
        GrowthCheck().expectLinear(base: 4_000, "words in one sentence") { n in
            let text = (0..<n).map { words[$0 % words.count] }.joined(separator: " ") + "."
            var article = Article(id: "g", contentHash: "g", source: "g.txt", format: .text, text: text,
                                  paragraphs: [Span(start: 0, end: ScalarText(text).count)])
            article.sentences = article.paragraphs
            var document = ReadingDocument(article)
            document.tokens = Tokenizer().tokens(document.text)
            return { var copy = document; EventReader().read(&copy) }
        }
    }
}
