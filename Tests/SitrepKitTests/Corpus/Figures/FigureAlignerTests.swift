import Foundation
import Testing
@testable import SitrepKit

/// Lining figures up and classing them, on small corpora written for these tests: a flood in
/// Sudan, a siege in Ukraine, a strike in Gaza.
@Suite struct FigureAlignerTests {
    /// One figure of article `article`, paragraph 0 unless said, as the store hands it over.
    static func figure(_ article: String, _ text: String, _ low: Double, _ high: Double? = nil, approx: String? = nil,
                       thing: String = "resident", kind: Measure.Kind = .stock, quantityKind: Quantity.Kind = .count,
                       place: String? = nil, part: String? = nil, owner: String? = nil, outlet: String, day: String?,
                       paragraph: Int = 0, at offset: Int = 0) -> MeasuredFigureRecord {
        let span = Span(start: offset, end: offset + text.count)
        let measure = Measure(thing: thing, kind: kind, part: part)
        let quantity = Quantity(low: low, high: high ?? low, kind: quantityKind, approx: approx, measure: measure)
        let record = QuantityRecord(position: LayerPosition(article: article, outlet: outlet, span: span, text: text), quantity: quantity,
                                    place: place.map { EntityID(rawValue: "geonames:\($0)") }, date: day, claim: nil,
                                    owner: owner ?? outlet)
        return MeasuredFigureRecord(figure: record, measure: measure, sentence: span, sentenceText: "… \(text) …", paragraph: paragraph,
                                    day: day, placeName: place)
    }

    /// A story holding paragraph 0 (and 1) of each article.
    static func story(_ articles: [String], copies: [String: String] = [:]) -> StoryRecord {
        StoryRecord(id: 7, label: "t", start: nil, end: nil, articles: articles, outlets: [], firstReportedBy: nil,
                    segments: articles.map { StoryRecord.Segment(article: $0, paragraphs: [0, 1], outlet: nil, day: nil, voiceOf: copies[$0]) })
    }

    func align(_ records: [MeasuredFigureRecord], copies: [String: String] = [:]) -> [AlignedFigure] {
        let articles = Array(Set(records.map(\.figure.position.article))).sorted()
        return FigureAligner().figures(of: Self.story(articles, copies: copies), from: records)
    }

    @Test func sourcesThatAllAgreeAreAnAgreementNotAContradiction() throws {
        let figures = align([
            Self.figure("a", "about 500", 500, approx: "about", thing: "people displaced", kind: .flow, place: "Kassala", outlet: "Sudan Tribune", day: "2024-08-10"),
            Self.figure("b", "500", 500, thing: "people displaced", kind: .flow, place: "Kassala", outlet: "Radio Dabanga", day: "2024-08-10"),
            Self.figure("c", "more than 480", 480, approx: "more than", thing: "people displaced", kind: .flow, outlet: "AFP", day: "2024-08-11"),
        ])
        let figure = try #require(figures.first)
        #expect(figures.count == 1)
        #expect(figure.classification == .agreement)
        #expect(figure.values.count == 3)
        #expect(figure.measure == "people displaced")
        #expect(figure.placeName == "Kassala")
    }

    @Test func incompatibleValuesForTheSameDayFromTwoSourcesContradict() throws {
        let figures = align([
            Self.figure("a", "12", 12, thing: "civilian killed", kind: .flow, owner: "Health Ministry", outlet: "Al Jazeera", day: "2024-03-02"),
            Self.figure("b", "40", 40, thing: "civilian killed", kind: .flow, owner: "army spokesman", outlet: "Times of Israel", day: "2024-03-03"),
        ])
        #expect(figures.map(\.classification) == [.contradiction])
        #expect(figures.first?.values.map(\.quantity) == ["12", "40"])
    }

    @Test func valuesThatMoveFromDayToDayAreATrend() throws {
        let figures = align([
            Self.figure("a", "three quarters", 0.75, thing: "territory", kind: .share, quantityKind: .fraction, outlet: "Kyiv Independent", day: "2022-05-10"),
            Self.figure("b", "more than 60%", 60, approx: "more than", thing: "territory", kind: .share, quantityKind: .percent, outlet: "TASS", day: "2022-05-01"),
            Self.figure("c", "98 percent", 98, thing: "territory", kind: .share, quantityKind: .percent, outlet: "RIA", day: "2022-05-17"),
        ])
        let figure = try #require(figures.first)
        #expect(figure.classification == .trend)
        #expect(figure.direction == .up)
        #expect(figure.values.map(\.quantity) == ["more than 60%", "three quarters", "98 percent"])
        #expect(figure.measure == "share of territory taken")
    }

    @Test func anOutletThatRelaysAFigureAndGivesItsOwnAgainstItDisputesIt() throws {
        let figures = align([
            Self.figure("a", "some 270,000", 270_000, approx: "some", owner: "UN officials", outlet: "Blog", day: "2024-01-05", at: 10),
            Self.figure("a", "as low as 20,000", 20_000, approx: "as low as", outlet: "Blog", day: "2024-01-05", at: 50),
        ])
        let figure = try #require(figures.first)
        #expect(figure.classification == .disputed)
        let relayed = try #require(figure.values.first { $0.quantity == "some 270,000" })
        #expect(relayed.disputedBy == "Blog")
        #expect(relayed.isRelayed)
        #expect(figure.values.first { $0.quantity == "as low as 20,000" }?.disputedBy == nil)
    }

    @Test func anArticleThatRelaysAFigureItDoesNotContestDisputesNothing() throws {
        let figures = align([
            Self.figure("a", "270,000", 270_000, owner: "UN officials", outlet: "Wire", day: "2024-01-05"),
            Self.figure("b", "about 270,000", 270_000, approx: "about", outlet: "Paper", day: "2024-01-05"),
        ])
        #expect(figures.map(\.classification) == [.agreement])
    }

    @Test func stocksFlowsAndSharesAreNeverOneMeasure() throws {
        let figures = align([
            Self.figure("a", "120,000", 120_000, thing: "civilian", kind: .flow, outlet: "Wire", day: "2024-01-05"),
            Self.figure("b", "tens of thousands", 10_000, 100_000, thing: "civilian", kind: .stock, outlet: "Paper", day: "2024-01-05"),
            Self.figure("c", "21,000", 21_000, thing: "civilian", kind: .flow, outlet: "Blog", day: "2024-01-04"),
            Self.figure("d", "30,000", 30_000, thing: "civilian", kind: .stock, outlet: "Radio", day: "2024-01-05"),
        ])
        #expect(figures.count == 2)
        #expect(Set(figures.map(\.kind)) == [.flow, .stock])
        #expect(figures.first { $0.kind == .stock }?.classification == .agreement)
    }

    @Test func differentPlacesAndPartsAreApartAndAFigureWithoutPlaceJoinsTheOneThatNamesIt() throws {
        let figures = align([
            Self.figure("a", "5,000", 5_000, place: "Mariupol", part: "east", outlet: "A", day: "2022-04-01"),
            Self.figure("b", "9,000", 9_000, place: "Mariupol", part: "west", outlet: "B", day: "2022-04-01"),
            Self.figure("c", "5,100", 5_100, outlet: "C", day: "2022-04-01"),
            Self.figure("d", "5,000", 5_000, place: "Kharkiv", outlet: "D", day: "2022-04-01"),
            Self.figure("e", "5,000", 5_000, place: "Mariupol", part: "east", outlet: "E", day: "2022-04-02"),
        ])
        // East Mariupol: a, e and the figure that names no place; west Mariupol and Kharkiv stand alone.
        #expect(figures.count == 1)
        let east = try #require(figures.first)
        #expect(east.placeName == "east Mariupol")
        #expect(Set(east.values.map(\.article)) == ["a", "c", "e"])
        #expect(east.classification == .agreement)
    }

    @Test func onlyTheStorysOwnParagraphsAndNoNearCopyCount() throws {
        let records = [
            Self.figure("a", "300", 300, thing: "militant killed", kind: .flow, outlet: "Wire", day: "2024-01-05"),
            Self.figure("b", "300", 300, thing: "militant killed", kind: .flow, outlet: "Copy", day: "2024-01-05"),
            Self.figure("c", "900", 900, thing: "militant killed", kind: .flow, outlet: "Paper", day: "2024-01-05", paragraph: 4),
        ]
        #expect(align(records, copies: ["b": "a"]).isEmpty)
        let story = StoryRecord(id: 1, label: "t", start: nil, end: nil, articles: ["a", "c"], outlets: [], firstReportedBy: nil,
                                segments: [.init(article: "a", paragraphs: [0], outlet: nil, day: nil, voiceOf: nil),
                                           .init(article: "c", paragraphs: [4], outlet: nil, day: nil, voiceOf: nil)])
        #expect(FigureAligner().figures(of: story, from: records).map(\.classification) == [.contradiction])
    }

    /// A line-up of `count` values, ten a day, rising by a hundred a day.
    static func rising(_ count: Int) -> (StoryRecord, [MeasuredFigureRecord]) {
        var records: [MeasuredFigureRecord] = []
        for n in 0..<count {
            let day = CalendarDay(dayNumber: 19_000 + n / 10)
            let iso = String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
            let value = Double(1_000 + 100 * (n / 10))
            records.append(figure("a\(n % 50)", "\(Int(value))", value, outlet: "O\(n % 50)", day: iso, at: n))
        }
        return (story((0..<50).map { "a\($0)" }), records)
    }

    @Test func aLongLineUpIsATrendAndClassingItGrowsWithItsLengthNotItsSquare() {
        var aligner = FigureAligner()
        aligner.sameTimeDays = 0
        let (story, records) = Self.rising(2_000)
        #expect(aligner.figures(of: story, from: records).map(\.classification) == [.trend])
        // Four times the values, at most about four times the work (a square would be sixteen).
        let clock = ContinuousClock()
        let (bigStory, bigRecords) = Self.rising(8_000)
        let small = clock.measure { _ = aligner.figures(of: story, from: records) }
        let large = clock.measure { _ = aligner.figures(of: bigStory, from: bigRecords) }
        #expect(large < small * 9, "2,000 values: \(small), 8,000: \(large)")
    }
}
