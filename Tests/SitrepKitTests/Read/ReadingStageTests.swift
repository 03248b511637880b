import Testing
@testable import SitrepKit

@Suite struct ReadingStageTests {
    @Test func theStandardStageAddsEveryLayerItsReadersNeed() {
        let stage = ReadingStage.standard
        var given: Set<LayerName> = [.paragraphs]
        for reader in stage.readers {
            #expect(reader.needs.isSubset(of: given), "\(type(of: reader)) runs before what it needs")
            given.formUnion(reader.adds)
        }
        #expect(stage.adds.isSuperset(of: [.sentences, .tokens, .dates]))
    }

    @Test func readingAgainReplacesEveryLayer() {
        let text = "Flooding closed the Mekong ferry on 3 August 2023. It reopened on 9 August 2023."
        var article = Article(id: "m", contentHash: "m", source: "m.txt", format: .text, text: text,
                              paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
        article = ReadingStage.standard.read(article)
        #expect(article.sentences.count == 2)
        #expect(article.layers.dates.map(\.value.value) == ["2023-08-03", "2023-08-09"])
        // The text is shortened (as a corpus pass would): nothing may point past it or at old words.
        let shorter = "It reopened on 9 August 2023."
        article.text = shorter
        article.paragraphs = [Span(start: 0, end: shorter.unicodeScalars.count)]
        article = ReadingStage.standard.read(article)
        #expect(article.sentences == [Span(start: 0, end: shorter.unicodeScalars.count)])
        #expect(article.layers.dates.map { String(shorter[$0.span]) } == ["9 August 2023"])
    }
}
