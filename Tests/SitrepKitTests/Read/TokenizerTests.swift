import Testing
@testable import SitrepKit

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return Tokenizer().tokens(scalars).map { scalars[$0.span] }
    }

    @Test func numbersKeepTheirSeparatorsAndUnitsStandApart() {
        #expect(tokens("Some 4,000 fighters, 4.5 million people and 21,000+ left.") ==
                ["Some", "4,000", "fighters", ",", "4.5", "million", "people", "and", "21,000", "+", "left", "."])
        #expect(tokens("in 2016, the") == ["in", "2016", ",", "the"])
        #expect(tokens("3 sq/km") == ["3", "sq", "/", "km"])
    }

    @Test func wordsKeepInnerHyphensAndApostrophesButNotPossessives() {
        #expect(tokens("Jabhat Fateh al-Sham's fighters met O'Brien.") ==
                ["Jabhat", "Fateh", "al-Sham", "'s", "fighters", "met", "O'Brien", "."])
        #expect(tokens("Kyiv’s mayor") == ["Kyiv", "’s", "mayor"])
    }

    @Test func aCompassWordWrittenAgainstANameIsAWordOfItsOwn() {
        #expect(tokens("in east-Aleppo and north-Gaza") == ["in", "east", "-", "Aleppo", "and", "north", "-", "Gaza"])
        #expect(tokens("north-west Syria, pro-Assad forces, East-West ties") == ["north-west", "Syria", ",", "pro-Assad", "forces", ",", "East-West", "ties"])
    }

    @Test func dottedInitialismsAreOneToken() {
        #expect(tokens("U.S.-backed forces and the U.N. met at 6 a.m. today") ==
                ["U.S.", "-", "backed", "forces", "and", "the", "U.N.", "met", "at", "6", "a.m.", "today"])
        #expect(tokens("J. Smith") == ["J", ".", "Smith"])
    }

    @Test func capitalisationIsRecorded() {
        let t = Tokenizer().tokens(ScalarText("SOHR said Aleppo al-Bab"))
        #expect(t.map(\.isAllCaps) == [true, false, false, false])
        #expect(t.map(\.isCapitalised) == [true, false, true, false])
        #expect(t.map(\.norm) == ["sohr", "said", "aleppo", "al-bab"])
    }

    @Test func typewriterQuotesAreOneStraightQuote() {
        let text = ScalarText("``Go,'' he said, ''now.'' O'Neill's")
        let t = Tokenizer().tokens(text)
        #expect(t.map { text[$0.span] as String } ==
                ["``", "Go", ",", "''", "he", "said", ",", "''", "now", ".", "''", "O'Neill", "'s"])
        #expect(t.filter { $0.kind == .mark && $0.span.end - $0.span.start == 2 }.allSatisfy { $0.norm == "\"" })
    }

    @Test func tokenizingIsLinear() {
        // A page of numbers and capitalised words, one long unpunctuated run.
        GrowthCheck().expectLinear(base: 20_000) { n in
            let scalars = ScalarText(String(repeating: "12,345 Word ", count: n))
            return { _ = Tokenizer().tokens(scalars) }
        }
    }
}
