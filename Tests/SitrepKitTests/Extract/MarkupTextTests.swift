import Testing
@testable import SitrepKit

@Suite struct ExtractMarkupTextTests {
    @Test func comparisonKeysKeepLettersAndDigitsLowercased() {
        #expect(MarkupText.comparisonKey("  River FLOODS Marlow-Bend: 3,000 leave!  ") == "river floods marlow bend 3 000 leave")
        #expect(MarkupText.comparisonKey("Élan: ÜBER-Größe — Ναυτίλος, 2024") == "élan über größe ναυτίλος 2024")
        #expect(MarkupText.comparisonKey("«Дамба» открыта") == "дамба открыта")
        #expect(MarkupText.comparisonKey("… — !") == "")
    }
}
