import Testing
@testable import SitrepKit

@Suite struct FigureContextReaderTests {
    /// A document whose names, dates and figures are placed by hand where `words` stand.
    func document(_ text: String, places: [String], dates: [String], figures: [String]) -> ReadingDocument {
        var article = Article(id: "f", contentHash: "f", source: "f.txt", format: .text, text: text,
                              paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
        article = ReadingStage([SentenceReader(), TokenReader()]).read(article)
        let scalars = Array(text.unicodeScalars)
        func span(_ word: String) -> Span {
            let w = Array(word.unicodeScalars)
            let start = (0...(scalars.count - w.count)).first { Array(scalars[$0..<$0 + w.count]) == w }!
            return Span(start: start, end: start + w.count)
        }
        var layers = Layers()
        for (n, place) in places.enumerated() {
            layers.mentions.append(Annotation(span: span(place), value: EntityMention(entity: .place(geonameID: n), kind: .place)))
        }
        for date in dates {
            layers.dates.append(Annotation(span: span(date), value: TimeExpression(value: "2023-05-03", precision: .day, relative: false)))
        }
        for figure in figures {
            layers.quantities.append(Annotation(span: span(figure), value: Quantity(low: 1, high: 1, kind: .count)))
        }
        layers.mentions.sort()
        layers.dates.sort()
        layers.quantities.sort()
        article.layers = layers
        var document = ReadingDocument(article)
        TokenReader().read(&document)
        return document
    }

    @Test func aFigureTakesTheLocativePlaceAndTheDateOfItsSentence() {
        var doc = document("On 3 May, 40 houses were flooded in Kassala, officials in Khartoum said. Later 12 more fell.",
                           places: ["Kassala", "Khartoum"], dates: ["3 May"], figures: ["40 houses", "12 more"])
        FigureContextReader().read(&doc)
        let q = doc.article.layers.quantities
        #expect(q[0].value.place == AnnotationID(layer: .mentions, index: 0))
        #expect(q[0].value.date == AnnotationID(layer: .dates, index: 0))
        // The next sentence names neither.
        #expect(q[1].value.place == nil)
        #expect(q[1].value.date == nil)
    }

    @Test func aPlaceWithoutALocativeIsNotTheFiguresPlace() {
        var doc = document("Mali said 30 soldiers died.", places: ["Mali"], dates: [], figures: ["30 soldiers"])
        FigureContextReader().read(&doc)
        #expect(doc.article.layers.quantities[0].value.place == nil)
        var possessive = document("Goma's 600,000 residents fled.", places: ["Goma"], dates: [], figures: ["600,000 residents"])
        FigureContextReader().read(&possessive)
        #expect(possessive.article.layers.quantities[0].value.place == AnnotationID(layer: .mentions, index: 0))
    }
}

@Suite struct FigureContextInTheStageTests {
    @Test func theStandardStageTiesAFigureToItsPlaceAndDate() {
        let text = "The report of 6 December 2016 said that in the end 300 militants surrendered in Aleppo."
        let article = ReadingStage.standard.read(Article(id: "s", contentHash: "s", source: "s.txt", format: .text, text: text,
                                                         paragraphs: [Span(start: 0, end: text.unicodeScalars.count)]))
        let figure = article.layers.quantities.first
        #expect(figure?.value.date == AnnotationID(layer: .dates, index: 0))
        let place = figure?.value.place.flatMap { article.layers.mentions[$0] }
        #expect(place.map { String(article.text[$0.span]) } == "Aleppo")
    }
}
