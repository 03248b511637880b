import Testing
@testable import SitrepKit

/// Class-vocabulary signals that decide between article text and page furniture.
@Suite struct ExtractMainTextSignalTests {
    typealias Pages = ExtractTestPages

    @Test func keepsAnEmbeddedPostEvenInASocialBox() {
        let tweet = """
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The water is at the top of \
            the levee on Mill Street now, please stay away from the bank <a href="https://t.co/x1">https://t.co/x1</a></p>\
            — River Watch (@riverwatch) <a href="https://twitter.com/riverwatch/status/1">June 1, 2024</a></blockquote></div>
            """
        let body = Pages.article("<p>\(Pages.paragraphs[0])</p>\(tweet)<p>\(Pages.paragraphs[1])</p>")
            + "<div class=\"social-share\"><p>Share this story with your friends and family on every network.</p></div>"
        let text = Pages.extract(body: body).text
        #expect(text.contains("The water is at the top of the levee on Mill Street now"))
        #expect(text.hasPrefix(Pages.paragraphs[0]) && text.hasSuffix(Pages.paragraphs[1]))
        #expect(!text.contains("Share this story"))
    }

    @Test func dropsHoverCardsButKeepsTheLinkTheyDecorate() {
        let card = """
            <span class="rollover-person"><a href="/people/hollis">Mayor Jane Hollis</a><span class="rollover-card">\
            <span><img src="/hollis.jpg" alt=""><a href="/people/hollis">Jane Hollis</a>\
            <a href="/a/1">Hollis opens the new footbridge over the canal</a> <a href="/people/hollis">MORE</a></span></span></span>
            """
        let tooltip = "<span class=\"tooltip-wrap\"><a href=\"/levee\">levee</a><span class=\"tooltip-text\">An embankment built to hold back a river.</span></span>"
        let body = Pages.article("""
            <p>The evacuation was ordered by \(card), who spoke to reporters at the \(tooltip) before dawn on Tuesday, with the water still rising.</p>
            <p>\(Pages.paragraphs[1])</p>
            """)
        let text = Pages.extract(body: body).text
        #expect(text.hasPrefix("The evacuation was ordered by Mayor Jane Hollis, who spoke to reporters at the levee before dawn"))
        #expect(!text.contains("footbridge") && !text.contains("embankment"))
    }

    @Test func aLayoutBoxWithASidebarIsNotTheSidebar() {
        let body = """
            <div class="content-with-sidebar">
              <div class="story-body">\(Pages.paragraphs.map { "<p>\($0)</p>" }.joined())</div>
              <div class="sidebar"><h3>Most read</h3><p>Council approves the new bus depot after a long and heated debate, and residents react to the plan at length.</p></div>
            </div>
            """
        let text = Pages.extract(body: body).text
        #expect(text == Pages.paragraphs.joined(separator: "\n\n"))
    }

    @Test func aWrapperAroundTheArticleIsNotFurnitureWhateverItsClass() {
        let body = """
            <div class="Page-ad-margins"><main><article>\(Pages.paragraphs.map { "<p>\($0)</p>" }.joined())
            <div class="related-links"><p>Related: council to review flood defences along the whole valley next spring.</p></div>
            </article></main></div>
            """
        #expect(Pages.extract(body: body).text == Pages.paragraphs.joined(separator: "\n\n"))
    }

    @Test func anAdSlotWithATeaserArticleStaysOut() {
        let teaser = "<article><p>Sponsored: the best umbrellas of the year, tested by our panel in heavy rain.</p></article>"
        let body = Pages.article(Pages.paragraphs.map { "<p>\($0)</p>" }.joined()) + "<div class=\"ad-slot\">\(teaser)</div>"
        #expect(Pages.extract(body: body).text == Pages.paragraphs.joined(separator: "\n\n"))
    }

    @Test func readsCamelCaseClassNamesWordByWord() {
        let body = Pages.article("""
            <p>\(Pages.paragraphs[0])</p>
            <div class="photoBox"><img src="/flood.jpg"><span class="newsCaption">Residents wade through the flooded market square on Tuesday morning</span></div>
            <p>\(Pages.paragraphs[1])</p>
            <div class="pageBottomByline"><p>Ann Reyes covers the river towns and has reported on the valley since 2009.</p></div>
            """)
        #expect(Pages.extract(body: body).text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1])
    }

    @Test func dropsAdLabelsLeftAloneInTheText() {
        let body = Pages.article("""
            <p>\(Pages.paragraphs[0])</p><div class="x9f2"><center>Advert</center></div>
            <p>\(Pages.paragraphs[1])</p><p>— ADVERTISEMENT —</p><p>Ad</p>
            <p>\(Pages.paragraphs[2])</p><p>Adam</p>
            """)
        let expected = Pages.paragraphs.joined(separator: "\n\n") + "\n\nAdam"
        #expect(Pages.extract(body: body).text == expected)
    }

    @Test func aCaptionInsideAnImageEmbedIsStillACaption() {
        let body = Pages.article("""
            <p>\(Pages.paragraphs[0])</p>
            <div class="inlineImage-imageEmbed"><img src="/f.jpg"><div class="inlineImage-imageEmbedCaption">Volunteers fill sandbags outside the town hall in Marlow Bend on Monday evening</div></div>
            <p>\(Pages.paragraphs[1])</p>
            """)
        #expect(Pages.extract(body: body).text == Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1])
    }
}
