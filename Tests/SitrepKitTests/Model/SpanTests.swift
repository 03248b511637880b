import Testing
@testable import SitrepKit

@Suite struct SpanTests {
    @Test func slicesByScalarOffsets() {
        let text = "Ḩalab — Aleppo, 2016"
        #expect(text[Span(start: 8, end: 14)] == "Aleppo")
        #expect(ScalarText(text)[Span(start: 0, end: 5)] == "Ḩalab")
    }

    @Test func ordersByStartThenEnd() {
        #expect(Span(start: 1, end: 2) < Span(start: 2, end: 3))
        #expect(Span(start: 1, end: 2) < Span(start: 1, end: 4))
    }
}
