import Testing
@testable import SitrepKit

/// Aligned figures as headings and rows, on figures built here (Mosul, 2017) rather than read
/// from a store.
@Suite struct FigureTableTests {
    private func value(_ quantity: String, date: String?, owner: String?, outlet: String?, disputedBy: String? = nil,
                       sentence: String) -> AlignedFigure.Value {
        AlignedFigure.Value(quantity: quantity, low: 0, high: 0, approx: nil, owner: owner, outlet: outlet, date: date,
                            sentence: sentence, article: "a1", span: Span(start: 0, end: 1), sentenceSpan: Span(start: 0, end: 1),
                            claim: nil, disputedBy: disputedBy)
    }

    private func figure(_ id: String, measure: String, place: String?, _ classification: AlignedFigure.Classification,
                        direction: Quantity.Direction? = nil, values: [AlignedFigure.Value]) -> AlignedFigure {
        AlignedFigure(id: id, story: 4, thing: "civilian", kind: .stock, measure: measure, place: nil, placeName: place, part: nil,
                      classification: classification, direction: direction, values: values)
    }

    /// The United Nations' count, relayed by a Baghdad paper that gives its own against it.
    private var mosulCivilians: AlignedFigure {
        figure("figure:4:1", measure: "civilians remaining", place: "west Mosul", .disputed, values: [
            value("some 750,000", date: "2017-03-01", owner: "UN OCHA", outlet: "Baghdad Daily", disputedBy: "Baghdad Daily",
                  sentence: "UN OCHA keeps repeating that some 750,000 civilians are trapped in the old city."),
            value("barely 400,000", date: "2017-03-01", owner: "Baghdad Daily", outlet: "Baghdad Daily",
                  sentence: "Our reporters count barely 400,000 still living west of the Tigris."),
        ])
    }

    @Test func theHeadingNamesIdMeasurePlaceAndTheClassInCapitals() {
        #expect(FigureTable.heading(mosulCivilians) == "figure:4:1 civilians remaining · west Mosul · DISPUTED")
        let territory = figure("figure:4:2", measure: "share of territory taken", place: "Mosul", .trend, direction: .down,
                               values: [])
        #expect(FigureTable.heading(territory) == "figure:4:2 share of territory taken · Mosul · TREND, falling")
        let rising = figure("figure:4:3", measure: "people displaced", place: nil, .trend, direction: .up, values: [])
        #expect(FigureTable.heading(rising) == "figure:4:3 people displaced · TREND, rising")
        for classification in AlignedFigure.Classification.allCases {
            let heading = FigureTable.heading(figure("figure:4:9", measure: "m", place: nil, classification, values: []))
            #expect(heading == "figure:4:9 m · \(classification.rawValue.uppercased())")
        }
    }

    @Test func aRowHoldsDateValueOwnerViaItsOutletAndTheDispute() {
        let values = mosulCivilians.values
        #expect(FigureTable.row(values[0]) == [
            "2017-03-01", "some 750,000", "UN OCHA via Baghdad Daily",
            "[disputed by Baghdad Daily] UN OCHA keeps repeating that some 750,000 civilians are trapped in the old city.",
        ])
        // The paper's own figure: no "via" (it relays no one) and nothing disputes it.
        #expect(FigureTable.row(values[1]) == [
            "2017-03-01", "barely 400,000", "Baghdad Daily", "Our reporters count barely 400,000 still living west of the Tigris.",
        ])
        let bare = value("dozens", date: nil, owner: nil, outlet: nil, sentence: "Dozens stayed.")
        #expect(FigureTable.row(bare) == ["undated", "dozens", "unknown", "Dozens stayed."])
        #expect(FigureTable.owner(value("5", date: nil, owner: nil, outlet: "Wire One", sentence: "")) == "Wire One")
    }

    @Test func longSentencesWrapInsideTheWidthAndKeepEveryWord() {
        let long = (1...60).map { "word\($0)" }.joined(separator: " ")
        let figures = [
            mosulCivilians,
            figure("figure:4:2", measure: "civilians leaving", place: "east Mosul, the left bank of the Tigris", .contradiction,
                   values: [
                       value("more than 160,000", date: "2017-01-20", owner: "International Organization for Migration",
                             outlet: "Wire One", sentence: long),
                       value("90,000", date: "2017-01-21", owner: "Wire Two", outlet: "Wire Two", sentence: long),
                   ]),
        ]
        for width in [60, 80, 100] {
            let text = FigureTable(width: width).render(figures)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width):\n\(text)")
            let words = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
            #expect((1...60).allSatisfy { words.contains("word\($0)") }, "width \(width)")
            #expect(words.isSuperset(of: ["via", "Wire", "One", "Migration"]), "width \(width)")
            // Both headings start a line, and one blank line parts the two figures.
            #expect(lines.first?.hasPrefix("figure:4:1 ") == true)
            #expect(lines.filter { $0.hasPrefix("figure:4:2 ") }.count == 1)
            #expect(lines.filter(\.isEmpty).count == 1)
            #expect(text.components(separatedBy: "[disputed by").count == 2, "one value is disputed")
            #expect(lines.count > 12)
        }
    }

    @Test func hostileTextCannotReachTheTerminal() {
        let hostile = figure("figure:4:5", measure: "civilians\u{1B}]0;owned\u{07} remaining", place: "Mosul\u{1B}[2J\nold city",
                             .agreement, values: [
                                 value("\u{9B}31m5,000", date: "2017-04-02", owner: "Evil\u{202E} Times\r", outlet: "Evil Times",
                                       sentence: "Some \u{1B}[1A\u{1B}[2K5,000 remain."),
                             ])
        for width in [30, 100] {
            let text = FigureTable(width: width).render(hostile)
            #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
            #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= width })
        }
        let text = FigureTable().render(hostile)
        #expect(text.hasPrefix("figure:4:5 civilians remaining · Mosul old city · AGREEMENT\n"))
        #expect(text.contains("Some 5,000 remain."))
    }
}
