import Testing
@testable import SitrepKit

/// Reading dates is linear: four times the text takes about four times as long, on a sentence of a
/// megabyte with no punctuation and on a page of capitalised words and numbers, each timed against
/// a quarter of itself (``GrowthCheck``).
@Suite struct DateReaderGrowthTests {
    /// The date reader and what it needs, without the readers after it.
    static let stage = ReadingStage([SentenceReader(), TokenReader(), DateReader()])

    /// `n` copies of `unit` as one paragraph, read by the date reader's stage.
    func reading(_ unit: String) -> (Int) -> () -> Void {
        { n in
            let text = String(repeating: unit, count: n)
            let article = Article(id: "g", contentHash: "g", source: "g", format: .text, text: text,
                                  paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
            return { _ = Self.stage.read(article) }
        }
    }

    @Test func aMegabyteSentenceWithoutPunctuation() {
        let unit = "the delegations said on Tuesday they will meet again next week and a year earlier between 5 and 7 December "
            + "rebels took the town three years ago in March 2015 late on Sunday night at 6 p.m. ET the third quarter profit "
        GrowthCheck().expectLinear(base: 250_000 / unit.utf8.count) { n in reading(unit)(n) }
    }

    @Test func aPageOfCapitalisedWordsAndNumbers() {
        let unit = "May 12 2016 Tuesday 1990 December Sunday 2000 March 11 12 2016 Today Last Week 7 Dec 2019 Fiscal 1989 "
        GrowthCheck().expectLinear(base: 250_000 / unit.utf8.count) { n in reading(unit)(n) }
    }

    @Test func theStageFindsTheDates() {
        let text = "Talks resumed on 6 December 2016 and rebels left in May 2015."
        let article = Self.stage.read(Article(id: "g", contentHash: "g", source: "g", format: .text, text: text,
                                              paragraphs: [Span(start: 0, end: text.unicodeScalars.count)]))
        #expect(article.layers.dates.map(\.value.value) == ["2016-12-06", "2015-05"])
    }
}
