import Foundation
import Testing
@testable import SitrepKit

/// The measure reader, rule by rule, on sentences written for these tests (other wars, other
/// news): what a figure counts, stock or flow or share, and the place and part it is of.
@Suite struct MeasureReaderTests {
    /// The article's text through the standard readers, paragraphs split at blank lines.
    static func read(_ text: String) -> Article {
        let scalars = Array(text.unicodeScalars)
        var paragraphs: [Span] = []
        var start = 0
        for (i, c) in scalars.enumerated() where c == "\n" {
            if i > start { paragraphs.append(Span(start: start, end: i)) }
            start = i + 1
        }
        if start < scalars.count { paragraphs.append(Span(start: start, end: scalars.count)) }
        let article = Article(id: "m", contentHash: "m", source: "m.txt", format: .text, text: text, paragraphs: paragraphs)
        return ReadingStage.standard.read(article)
    }

    /// Each figure's text with its measure.
    static func measures(_ text: String) -> [String: Measure?] {
        let article = read(text)
        var out: [String: Measure?] = [:]
        for q in article.layers.quantities { out[String(article.text[q.span])] = q.value.measure }
        return out
    }

    static func placeName(_ measure: Measure?, in article: Article) -> String? {
        guard let id = measure?.place, let mention = article.layers.mentions[id] else { return nil }
        return article.layers.entities[mention.value.entity]?.name
    }

    @Test func theVerbAfterTheCountedPhraseTellsAFlowFromAStock() throws {
        let m = Self.measures("More than 3,000 residents have fled Kharkiv since Monday, but about 10,000 remain, the mayor said.")
        #expect(m["More than 3,000"]??.thing == "resident")
        #expect(m["More than 3,000"]??.kind == .flow)
        // The second figure names nothing: the counted noun before it in its sentence is lent.
        #expect(m["about 10,000"]??.thing == "resident")
        #expect(m["about 10,000"]??.kind == .stock)
    }

    @Test func aParenthesisBetweenTheCountedPhraseAndItsVerbIsSkipped() throws {
        let m = Self.measures("Tens of thousands of villagers, including hundreds of nurses, have left the valley.")
        #expect(m["Tens of thousands"]??.kind == .flow)
        #expect(m["Tens of thousands"]??.thing == "villager")
    }

    @Test func aCountWithNoVerbOfMovingIsAStock() throws {
        let m = Self.measures("Some 40,000 families are sheltering in schools. About 8,000 soldiers guard the border.")
        #expect(m["Some 40,000"]??.thing == "family")
        #expect(m["Some 40,000"]??.kind == .stock)
        #expect(m["About 8,000"]??.kind == .stock)
        #expect(m["About 8,000"]??.thing == "soldier")
    }

    @Test func aCasualtyFigureIsAFlowOfWhatBefellThem() throws {
        let m = Self.measures("Shelling killed 14 civilians in Goma on Tuesday, and 30 people were wounded.")
        #expect(m["14"]??.thing == "civilian killed")
        #expect(m["14"]??.kind == .flow)
        #expect(m["30"]??.thing == "people wounded")
    }

    @Test func aShareOfAPlaceOrOfGroundIsTerritory() throws {
        let article = Self.read("The army now controls 80 percent of Mosul, commanders said. Rebels lost two thirds of their ground.")
        let shares = article.layers.quantities.filter { $0.value.measure?.kind == .share }
        #expect(shares.count == 2)
        #expect(shares.allSatisfy { $0.value.measure?.thing == "territory" })
        #expect(Self.placeName(shares.first?.value.measure, in: article) == "Mosul")
    }

    @Test func aShareOfPeopleIsAShareOfThem() throws {
        let m = Self.measures("Turnout was high: 62 percent of voters backed the charter.")
        #expect(m["62 percent"]??.kind == .share)
        #expect(m["62 percent"]??.thing == "voter")
    }

    @Test func theCompassWordBeforeAPlaceIsItsPart() throws {
        let article = Self.read("Some 5,000 families remain in east-Mosul. Forces hold 90% of western Mosul. Another 2,000 families fled the southern part of the city.")
        let measures = article.layers.quantities.compactMap(\.value.measure)
        #expect(measures.map(\.part) == ["east", "west", "south"])
        #expect(Self.placeName(measures[0], in: article) == "Mosul")
        #expect(measures[2].place == nil)
    }

    @Test func aSpeakerCountAPickAndARateAreNotMeasured() throws {
        let m = Self.measures("Two officials told reporters that one of the guards fled. There are some 3 civilians per fighter.")
        #expect(m["Two"] == .some(nil))
        #expect((m["one"] ?? nil) == nil)
        #expect(m["some 3"] == .some(nil))
    }

    @Test func aBareFigureBorrowsOnlyFromItsOwnOrThePreviousSentenceOfItsParagraph() throws {
        let text = "About 900 migrants reached the island on Friday.\n\nBy Sunday the total was 1,400. Officials counted 200 boats.\n\nIt could rise to 3,000."
        let m = Self.measures(text)
        #expect(m["1,400"] == .some(nil))
        #expect(m["200"]??.thing == "boat")
        #expect(m["3,000"] == .some(nil))
    }

    @Test func distancesDurationsAndVotesAreNotMeasured() throws {
        let m = Self.measures("The convoy drove 200 km over four days; parliament voted 210 to 90.")
        #expect(m.values.allSatisfy { $0 == nil })
    }
}
