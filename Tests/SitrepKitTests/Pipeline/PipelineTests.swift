import Testing
@testable import SitrepKit

@Suite struct PipelineTests {
    static let body = "Title Line\n\nThe river rose two metres overnight and families left their homes, officials said."

    @Test func aTextWithOnlyAURLTakesItsSiteAsOutlet() throws {
        let document = SourceDocument(source: "feed.jsonl:line 1", format: .text, payload: Array(Self.body.utf8),
                                      hints: .init(url: "https://www.valley.example/news/1"))
        #expect(try Pipeline().process(document).article.outlet == "valley.example")
    }

    @Test func aNamedOutletAndATextCueWinOverTheSite() throws {
        let named = SourceDocument(source: "a", format: .text, payload: Array(Self.body.utf8),
                                   hints: .init(url: "https://valley.example/1", outlet: "Valley Post"))
        #expect(try Pipeline().process(named).article.outlet == "Valley Post")
        let credited = SourceDocument(source: "b", format: .text,
                                      payload: Array((Self.body + "\n\nThe original source of this article is Harbour Times").utf8),
                                      hints: .init(url: "https://valley.example/2"))
        #expect(try Pipeline().process(credited).article.outlet == "Harbour Times")
    }

    @Test func anEmptyBodyIsAnErrorNamingTheSource() {
        #expect {
            try Pipeline().process(SourceDocument(source: "blank.txt", format: .text, payload: Array("   \n\n".utf8)))
        } throws: { error in
            "\(error)" == "blank.txt: no article text found"
        }
    }

    @Test func timingsAddUpEveryStageAndEachReaderInTheStageOrder() throws {
        var pipeline = Pipeline()
        pipeline.timings = StageTimings()
        for n in 1...3 {
            let document = SourceDocument(source: "\(n).txt", format: .text, payload: Array((Self.body + " Day \(n).").utf8))
            _ = try pipeline.process(document)
        }
        let totals = try #require(pipeline.timings).totals
        #expect(totals.documents == 3)
        #expect(totals.readers.map(\.name) == pipeline.reading.readers.map { String(describing: type(of: $0)) })
        let readersSum = totals.readers.reduce(Duration.zero) { $0 + $1.time }
        // Each reader's time is within the stage's, which also counts the stage's own set-up.
        #expect(readersSum <= totals.read)
        #expect(totals.read > .zero)
    }
}
