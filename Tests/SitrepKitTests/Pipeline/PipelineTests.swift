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
}
