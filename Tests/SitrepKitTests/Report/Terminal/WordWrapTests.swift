import Testing
@testable import SitrepKit

/// Lines within a width, counted as a terminal shows them.
@Suite struct WordWrapTests {
    @Test func wideCharactersTakeTwoColumnsAndAccentsNone() {
        #expect(DisplayWidth.of("Aleppo") == 6)
        #expect(DisplayWidth.of("阿勒颇") == 6)
        #expect(DisplayWidth.of("ｈｏｍｓ") == 8)
        #expect(DisplayWidth.of("Ḥalab") == 5)
        #expect(DisplayWidth.of("e\u{301}te\u{301}") == 3)
        #expect(DisplayWidth.of("🇸🇾") == 2)
        #expect(DisplayWidth.of("حلب") == 3)
    }

    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(WordWrap.lines("Moon of Alabama, Fars News Agency", width: 16) == ["Moon of Alabama,", "Fars News Agency"])
        #expect(WordWrap.lines("one  two\u{A0}three", width: 9) == ["one two", "three"])
        #expect(WordWrap.lines("", width: 5) == [""])
        #expect(WordWrap.lines("exactly", width: 7) == ["exactly"])
    }

    @Test func aWordTooLongIsCutWithAnEllipsis() {
        #expect(WordWrap.lines("see https://example.org/a/very/long/path then", width: 10) == ["see", "https://e…", "then"])
        #expect(WordWrap.lines("阿勒颇阿勒颇", width: 8) == ["阿勒颇…"])
        #expect(WordWrap.cut("阿勒颇", width: 4) == "阿…")
        #expect(WordWrap.cut("abc", width: 1) == "…")
    }
}
