import Testing
@testable import SitrepKit

/// What reaches libxml2: script and style text and unread attributes cut, JSON-LD and everything
/// else kept.
@Suite struct ExtractParserGuardTests {
    private func prepared(_ html: String) -> String {
        String(decoding: ParserGuard.prepared(Array(html.utf8)), as: UTF8.self)
    }

    @Test func cutsScriptAndStyleTextButKeepsJSONLD() {
        let html = """
            <head><style type="text/css">p > a { color: red }</style><SCRIPT>var s = "</div><p>not markup</p>";</SCRIPT>\
            <script type="application/ld+json">{"headline": "Dam opens"}</script></head><body><p>Dam opens.</p></body>
            """
        #expect(prepared(html) == """
            <head><style type="text/css"></style><SCRIPT></SCRIPT>\
            <script type="application/ld+json">{"headline": "Dam opens"}</script></head><body><p>Dam opens.</p></body>
            """)
    }

    @Test func leavesSelfClosingAndUnclosedScriptsAlone() {
        let selfClosing = "<script type=\"module\"/><p>The dam opened at noon.</p><script>x()</script>"
        #expect(prepared(selfClosing) == "<script type=\"module\"/><p>The dam opened at noon.</p><script></script>")
        let unclosed = "<p>The dam opened.</p><script>var never = 'closed';"
        #expect(prepared(unclosed) == unclosed)
    }

    @Test func cutsCommentsAndIconsButNotNestedOrUnclosedOnes() {
        let html = "<!-- <script>not a script</script> --><p>Water levels fell by 40 cm.</p><svg class=\"icon\"><path d=\"M0 0L9 9\"/></svg>"
        #expect(prepared(html) == "<p>Water levels fell by 40 cm.</p><svg class=\"icon\"></svg>")
        let nested = "<svg><svg><path d=\"M0\"/></svg><text>x</text></svg><p>The agency said so.</p>"
        // The outer icon is kept whole; the inner one, with nothing nested, is cut.
        #expect(prepared(nested) == "<svg><svg></svg><text>x</text></svg><p>The agency said so.</p>")
        let unclosed = "<p>Water levels fell.</p><!-- never closed <p>hidden</p>"
        #expect(prepared(unclosed) == unclosed)
    }

    @Test func manyUnclosedIconsAndScriptsAreReadInLinearTime() {
        // Each unclosed <svg> or <script> would search the rest of the page for its end.
        GrowthCheck().expectLinear(base: 3_000, "unclosed icons") { n in
            let icons = Array(("<p>Water levels fell.</p>" + String(repeating: "<svg>", count: n)).utf8)
            return { _ = ParserGuard.prepared(icons) }
        }
        GrowthCheck().expectLinear(base: 2_000, "unclosed icons, scripts and styles") { n in
            let soup = Array((String(repeating: "<svg><script></script>x</style><style><svg><a>", count: n) + "</svg>").utf8)
            return { _ = ParserGuard.prepared(soup) }
        }
        // Closed icons are still cut, nested ones still kept.
        #expect(prepared("<svg><path/></svg><svg><svg></svg></svg><svg>") == "<svg></svg><svg><svg></svg></svg><svg>")
    }

    @Test func leavesPagesWithNothingToCutUntouched() {
        let html = "<p class=\"lead\">Water levels fell by 40 cm, the agency said.</p><script type=\"module\"></script>"
        #expect(prepared(html) == html)
    }

    @Test func cutsAttributesTheTreeDoesNotKeep() {
        let html = #"<img src="/a.jpg" srcset='/a.jpg 1x, /b.jpg 2x' data-lazy-load-the-image-later=1 class=photo data.x="y"><a href="/n" onclick="go('>')">News</a>"#
        #expect(prepared(html) == #"<img       class=photo  ><a href="/n"  >News</a>"#)
        // Malformed ones are left for libxml2 to recover from in its own way, and so is every
        // attribute after one, since libxml2 may read them as text.
        let odd = #"<div 1x="a" data-open="never closed><p>Text</p>"#
        #expect(prepared(odd) == #"<div 1x="a" data-open="never closed><p>Text</p>"#)
        let bogus = #"<div @click="a > b" data-x="1"><a/data-y="2">x</a>"#
        #expect(prepared(bogus) == bogus)
    }

    @Test func theExtractedPageIsTheSameWithScriptsCut() {
        let paragraph = ExtractTestPages.paragraphs[0]
        let body = "<article><p>\(paragraph)</p><script>document.write('<p>Injected by a script, never shown.</p>')</script></article>"
        #expect(ExtractTestPages.extract(body: body).text == paragraph)
    }

    @Test func findsControlAndInvalidBytesAtEveryOffset() {
        for offset in 0..<20 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 20)
            bytes[offset] = 0x01
            #expect(UTF8Repair.scan(bytes).controls && UTF8Repair.scan(bytes).valid)
            bytes[offset] = 0xFF
            #expect(!UTF8Repair.scan(bytes).valid && !UTF8Repair.scan(bytes).controls)
            bytes[offset] = 0x0A
            let clean = UTF8Repair.scan(bytes)
            #expect(clean.valid && !clean.controls && !clean.multibyte)
        }
        let text = Array("Pegel fällt um 40 cm, sagt das Amt.".utf8)
        #expect(UTF8Repair.scan(text).multibyte && UTF8Repair.scan(text).valid)
    }
}
