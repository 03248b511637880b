import Testing
@testable import SitrepKit

@Suite struct ExtractMainTextTests {
    typealias Pages = ExtractTestPages

    @Test func keepsTheArticleAndDropsNavigationSidebarAndFooter() {
        let result = Pages.extractor.extract(Array(Pages.newsPage.utf8))
        #expect(result.text == Pages.paragraphs.joined(separator: "\n\n"))
    }

    @Test func leavesOutScriptStyleAndNoscript() {
        let body = Pages.article("""
            <p>\(Pages.paragraphs[0])</p>
            <script>document.write("injected script text");</script>
            <noscript><p>Please enable JavaScript to read the comments below this story.</p></noscript>
            <style>.x { content: "style text"; }</style>
            <p>\(Pages.paragraphs[1])</p>
            """)
        let text = Pages.extract(body: body).text
        #expect(text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1])
        #expect(!text.contains("injected") && !text.contains("JavaScript") && !text.contains("style text"))
    }

    @Test func leavesOutHiddenElements() {
        let body = Pages.article("""
            <p>\(Pages.paragraphs[0])</p>
            <p hidden>A hidden paragraph that no reader of the page would ever see, in any browser.</p>
            <div aria-hidden="true"><p>An aria-hidden paragraph that screen readers and people skip.</p></div>
            <p style="display: none">An inline display none paragraph, also invisible to readers.</p>
            <p style="visibility:hidden">A visibility hidden paragraph, which keeps its space but no ink.</p>
            <span class="sr-only">Screen reader only label</span>
            <p>\(Pages.paragraphs[1])</p>
            """)
        #expect(Pages.extract(body: body).text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1])
    }

    @Test func dropsLinkListsAndShortLinkParagraphs() {
        let body = Pages.article("""
            <p>\(Pages.paragraphs[0])</p>
            <ul><li><a href="/a">Storm damage in pictures</a></li><li><a href="/b">How to claim insurance</a></li>
            <li><a href="/c">Live: road closures</a></li></ul>
            <p><a href="/more">Read more: Levee repairs delayed again</a></p>
            <p>\(Pages.paragraphs[1]) See <a href="/map">the map</a> for details.</p>
            """)
        let text = Pages.extract(body: body).text
        #expect(text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1] + " See the map for details.")
    }

    @Test func dropsBoilerplateByClassUnlessItAlsoSaysContent() {
        let body = """
            <div class="entry-content share-enabled">
              <p>\(Pages.paragraphs[0])</p>
              <div class="share-buttons"><p>Share this story on every social network you use today.</p></div>
              <div class="related-stories"><p>Related: the 2014 flood, in which the same levee failed after rain.</p></div>
              <p>\(Pages.paragraphs[1])</p>
              <div id="comments"><p>Great article, thanks for keeping us informed about the floods!</p></div>
            </div>
            """
        #expect(Pages.extract(body: body).text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1])
    }

    @Test func picksTheDenseTextBlockOverLinkHeavyOnes() {
        let menu = (1...12).map { "<li><a href=\"/s\($0)\">Section number \($0) of the site</a></li>" }.joined()
        let body = """
            <div id="menu-left"><ul>\(menu)</ul></div>
            <div id="main"><div class="story">\(Pages.paragraphs.map { "<p>\($0)</p>" }.joined())</div></div>
            <div><p><a href="/x">Another story about another place</a>, <a href="/y">and one more</a>, <a href="/z">and more</a>.</p></div>
            """
        #expect(Pages.extract(body: body).text == Pages.paragraphs.joined(separator: "\n\n"))
    }

    @Test func joinsSiblingBlocksOfTheSameFlow() {
        let body = """
            <div class="wrapper">
              <div class="story-part"><p>\(Pages.paragraphs[0])</p><p>\(Pages.paragraphs[1])</p></div>
              <h2>What happens next</h2>
              <div class="story-part"><p>\(Pages.paragraphs[2])</p></div>
            </div>
            """
        let text = Pages.extract(body: body).text
        #expect(text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1] + "\n\nWhat happens next\n\n" + Pages.paragraphs[2])
    }

    @Test func rendersBreaksListsPreformattedTextAndTables() {
        let body = Pages.article("""
            <p>\(Pages.paragraphs[0])</p>
            <p>Line one of an address,<br>line two of it<br><br>and a new paragraph after two breaks.</p>
            <ul><li>Sandbags at the school, from noon on Wednesday</li><li>Water at the church hall, open all night</li></ul>
            <pre>level  time
              2.1m  06:00
              2.4m  09:00</pre>
            <table><tr><th>Gauge</th><th>Level</th></tr><tr><td>North weir</td><td>2.4 m</td></tr></table>
            <p>\(Pages.paragraphs[1])</p>
            """)
        let expected = [
            Pages.paragraphs[0],
            "Line one of an address,\nline two of it",
            "and a new paragraph after two breaks.",
            "Sandbags at the school, from noon on Wednesday",
            "Water at the church hall, open all night",
            "level  time\n  2.1m  06:00\n  2.4m  09:00",
            "Gauge\tLevel",
            "North weir\t2.4 m",
            Pages.paragraphs[1],
        ]
        #expect(Pages.extract(body: body).text == expected.joined(separator: "\n\n"))
    }

    @Test func decodesEntitiesAndCollapsesWhitespace() {
        let body = Pages.article("""
            <p>Caf&eacute; owners &amp; farmers met   at&nbsp;noon &#8212; &ldquo;we need help&rdquo;, said one, \n\t as the water rose.</p>
            <p>\(Pages.paragraphs[0])</p>
            """)
        let text = Pages.extract(body: body).text
        #expect(text.hasPrefix("Café owners & farmers met at noon — “we need help”, said one, as the water rose.\n\n"))
    }

    @Test func doesNotRepeatTheHeadline() {
        let body = Pages.article("<h1>River floods Marlow Bend</h1><p>\(Pages.paragraphs[0])</p><p>\(Pages.paragraphs[1])</p>")
        let result = Pages.extract(body: body, head: "<title>River floods Marlow Bend - Valley Courier</title>")
        #expect(result.title == "River floods Marlow Bend")
        #expect(result.text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1])
    }

    @Test func prefersALongJSONLDBodyWhenTheMarkupHasLittle() {
        let body = Pages.paragraphs.joined(separator: "\\n")
        let head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"River floods Marlow Bend","articleBody":"\(body)"}</script>
            """
        let result = Pages.extract(body: "<div id=\"app\"><p>Loading the story, please wait a moment…</p></div>", head: head)
        #expect(result.text == Pages.paragraphs.joined(separator: "\n\n"))
    }

    @Test func keepsTheMarkupWhenItMatchesTheJSONLDBody() {
        let head = """
            <script type="application/ld+json">{"@type":"NewsArticle","articleBody":"\(Pages.paragraphs.joined(separator: " "))"}</script>
            """
        let result = Pages.extract(body: Pages.article(Pages.paragraphs.map { "<p>\($0)</p>" }.joined()), head: head)
        #expect(result.text == Pages.paragraphs.joined(separator: "\n\n"))
    }
}

extension ExtractMainTextTests {
    @Test func keepsAShortBriefOverTheCommentsBelowIt() {
        let comment = "<p>I have lived by this river for forty years, and I have never seen the water this high, honestly.</p>"
        let body = Pages.article("<p>\(Pages.paragraphs[0])</p>") + "<div class=\"comments\">" + String(repeating: comment, count: 6) + "</div>"
        #expect(Pages.extract(body: body).text == Pages.paragraphs[0])
    }

    @Test func recoversAnArticleHiddenBehindAMisleadingClass() {
        let body = "<div class=\"sidebar-layout\"><div class=\"share-wrapper\">\(Pages.paragraphs.map { "<p>\($0)</p>" }.joined())</div></div>"
        #expect(Pages.extract(body: body).text == Pages.paragraphs.joined(separator: "\n\n"))
    }
}
