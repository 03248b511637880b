import Testing
@testable import SitrepKit

/// The claim reader is linear on the shapes that would expose a quadratic step: a quotation of
/// hundreds of sentences that never closes, and "said" thousands of times in a row.
@Suite struct ClaimReaderGrowthTests {
    /// A document read up to the claim reader's needs (no names or dates: the shapes are the point).
    static func document(_ text: String) -> ReadingDocument {
        let article = Article(id: "g", contentHash: "g", source: "g.txt", format: .text, text: text,
                              paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
        var document = ReadingDocument(article)
        SentenceReader().read(&document)
        TokenReader().read(&document)
        return document
    }

    @Test func anUnclosedQuoteOfManySentences() {
        GrowthCheck().expectLinear(base: 500) { n in
            let text = "The mayor said: “" + String(repeating: "The shelling went on all night and the water ran out. ", count: n)
            let prepared = Self.document(text)
            return { var d = prepared; ClaimReader().read(&d) }
        }
    }

    @Test func saidThousandsOfTimesInARow() {
        GrowthCheck().expectLinear(base: 2_500) { n in
            let prepared = Self.document("Officials " + String(repeating: "said ", count: n) + "the road was open.")
            return { var d = prepared; ClaimReader().read(&d) }
        }
    }
}

extension ClaimReaderGrowthTests {
    /// Cues that each fail after looking at their content: "quoted" with no one quoted, over and over.
    @Test func failingCuesInOneLongSentence() {
        GrowthCheck().expectLinear(base: 2_500) { n in
            let prepared = Self.document(String(repeating: "it was quoted ", count: n) + "in the end.")
            return { var d = prepared; ClaimReader().read(&d) }
        }
    }
}

extension ClaimReaderGrowthTests {
    /// Judging verbs, calls and participles in one sentence that never ends: each looks ahead a
    /// bounded number of tokens for its clause's end.
    @Test func judgingVerbsAndParticiplesInOneLongSentence() {
        GrowthCheck().expectLinear(base: 1_500) { n in
            let prepared = Self.document(String(repeating: "the ministry condemned the raid, calling it a crime, saying it would not stop and ", count: n))
            return { var d = prepared; ClaimReader().read(&d) }
        }
    }

    /// Reporting verbs joined one after another, each cutting the content before it.
    @Test func coordinatedReportingVerbsWithoutEnd() {
        GrowthCheck().expectLinear(base: 1_500) { n in
            let prepared = Self.document("Officials said " + String(repeating: "the road was open but noted it was mined and ", count: n) + "closed.")
            return { var d = prepared; ClaimReader().read(&d) }
        }
    }

    /// A paragraph that opens like a labelled claim and runs on, and "called for" over and over.
    @Test func aLabelledParagraphAndCallsThatRunOn() {
        GrowthCheck().expectLinear(base: 1_500) { n in
            let prepared = Self.document("MEDIATOR: " + String(repeating: "they called for talks and ", count: n) + "peace.")
            return { var d = prepared; ClaimReader().read(&d) }
        }
    }
}
