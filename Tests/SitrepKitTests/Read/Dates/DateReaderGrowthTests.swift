import Foundation
import Testing
@testable import SitrepKit

/// Reading dates is linear: four times the text takes about four times as long, on a megabyte
/// sentence with no punctuation and on a page of capitalised words and numbers.
@Suite struct DateReaderGrowthTests {
    /// The date reader and what it needs, without the readers after it.
    static let stage = ReadingStage([SentenceReader(), TokenReader(), DateReader()])

    func seconds(_ text: String) -> Double {
        let article = Article(id: "g", contentHash: "g", source: "g", format: .text, text: text,
                              paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
        let clock = ContinuousClock()
        let start = clock.now
        let read = Self.stage.read(article)
        let elapsed = clock.now - start
        #expect(!read.layers.dates.isEmpty)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    func ratio(_ unit: String, bytes: Int) -> Double {
        let small = String(repeating: unit, count: bytes / 4 / unit.utf8.count)
        let large = String(repeating: unit, count: bytes / unit.utf8.count)
        // The small text twice (the first run warms up), the better counting.
        let smallTime = min(seconds(small), seconds(small))
        return seconds(large) / smallTime
    }

    @Test func aMegabyteSentenceWithoutPunctuation() {
        let words = "the delegations said on Tuesday they will meet again next week and a year earlier between 5 and 7 December "
            + "rebels took the town three years ago in March 2015 late on Sunday night at 6 p.m. ET the third quarter profit "
        #expect(ratio(words, bytes: 1_000_000) < 6.5)
    }

    @Test func aPageOfCapitalisedWordsAndNumbers() {
        let words = "May 12 2016 Tuesday 1990 December Sunday 2000 March 11 12 2016 Today Last Week 7 Dec 2019 Fiscal 1989 "
        #expect(ratio(words, bytes: 1_000_000) < 6.5)
    }
}
