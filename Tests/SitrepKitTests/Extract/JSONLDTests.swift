import Testing
@testable import SitrepKit

@Suite struct ExtractJSONLDTests {
    typealias Pages = ExtractTestPages

    @Test func readsHeadlineBodyDatesAuthorsAndPublisher() {
        let head = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"Valley Courier"},
              {"@type":"WebPage","@id":"#page","inLanguage":"en-GB"},
              {"@type":["NewsArticle"],"headline":"River floods Marlow Bend",
               "datePublished":"2016-12-07T06:30:00+00:00","dateModified":"2016-12-09T10:00:00+00:00",
               "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Okafor"}],
               "publisher":{"@id":"#org"},
               "articleBody":"\(Pages.paragraphs.joined(separator: "\\n\\n"))",}
            ]}
            </script>
            """
        let result = Pages.extract(body: "<div><p>Short teaser for the story.</p></div>", head: head)
        #expect(result.title == "River floods Marlow Bend")
        #expect(result.published == PublicationDate(value: "2016-12-07T06:30:00Z", source: .jsonLD, reliable: true))
        #expect(result.byline == "Ana Ruiz, Tom Okafor")
        #expect(result.outlet == "Valley Courier")
        #expect(result.language == "en")
        #expect(result.text == Pages.paragraphs.joined(separator: "\n\n"))
    }

    @Test func parsesLenientJSON() {
        let value = LenientJSON.parse("<!--//--><![CDATA[{'a': \"x\ny\", b: [1, 2,], \"c\": \"\\u00e9\\ud83d\\ude00\", }]]>")
        #expect(value?["a"]?.stringValue == "x\ny")
        #expect(value?["b"]?.arrayValue.count == 2)
        #expect(value?["c"]?.stringValue == "é😀")
        #expect(LenientJSON.parse("{\"a\": ") == nil)
    }

    @Test func refusesAbsurdNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(LenientJSON.parse(deep) == nil)
        #expect(JSONLDArticle(blocks: [Array(deep.utf8)[...]]).headline == nil)
    }

    @Test func readsHTMLInsideArticleBody() {
        let body = "<p>\(Pages.paragraphs[0])</p><p>\(Pages.paragraphs[1]) &amp; more.</p>"
        let text = ArticleBodyChoice.paragraphs(of: body, title: nil)
        #expect(text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1] + " & more.")
    }
}
