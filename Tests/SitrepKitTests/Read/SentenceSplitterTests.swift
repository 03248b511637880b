import Testing
@testable import SitrepKit

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let all = Span(start: 0, end: text.unicodeScalars.count)
        return SentenceSplitter().split(text, paragraphs: [all]).map { String(text[$0]) }
    }

    @Test func splitsOnSentenceEnds() {
        #expect(sentences("The dam held. Water fell! Was it over? Nobody knew.")
                == ["The dam held.", "Water fell!", "Was it over?", "Nobody knew."])
    }

    @Test func keepsTitlesInitialsAndAbbreviations() {
        #expect(sentences("Gen. Ortiz met Dr. J. Kim on Dec. 7 in St. Paul. They talked.")
                == ["Gen. Ortiz met Dr. J. Kim on Dec. 7 in St. Paul.", "They talked."])
    }

    @Test func wordsThatAbbreviateOnlyBeforeNumbers() {
        #expect(sentences("He said no. Then he left.") == ["He said no.", "Then he left."])
        #expect(sentences("Resolution No. 2254 passed. It was late.") == ["Resolution No. 2254 passed.", "It was late."])
    }

    @Test func dottedAcronymsEndSentencesOnlyBeforeAnOpener() {
        #expect(sentences("The U.S. Navy sent ships. Aid came from the U.N. The ships left.")
                == ["The U.S. Navy sent ships.", "Aid came from the U.N.", "The ships left."])
    }

    @Test func quotesStayWithTheirSentence() {
        #expect(sentences("“We will stay,” he said. “We have no choice.” Then he left.")
                == ["“We will stay,” he said.", "“We have no choice.”", "Then he left."])
    }

    @Test func decimalsAndLowercaseContinuations() {
        #expect(sentences("Prices rose 2.5 percent. costs rose too, e.g. fuel. Fine.")
                == ["Prices rose 2.5 percent. costs rose too, e.g. fuel.", "Fine."])
    }

    @Test func spansAreOffsetsIntoTheWholeText() {
        let text = "First para here.\n\nSecond para. Two sentences."
        let paragraphs = [Span(start: 0, end: 16), Span(start: 18, end: 45)]
        let spans = SentenceSplitter().split(text, paragraphs: paragraphs)
        #expect(spans == [Span(start: 0, end: 16), Span(start: 18, end: 30), Span(start: 31, end: 45)])
    }
}
