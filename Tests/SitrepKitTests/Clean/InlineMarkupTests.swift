import Testing
@testable import SitrepKit

@Suite struct InlineMarkupTests {
    @Test func keepsLinkTextAndDropsTargets() {
        #expect(InlineMarkup.strip("See [the report](http://example.org/x) and [**this**](#).") == "See the report and this.")
    }

    @Test func dropsImagesWhole() {
        #expect(InlineMarkup.strip("Before ![a chart](chart.png) after") == "Before  after")
    }

    @Test func stripsBBCodeButNotBracketedWords() {
        #expect(InlineMarkup.strip("[b]Storm[/b] hits [url=http://x.y]coast[/url]") == "Storm hits coast")
        #expect(InlineMarkup.strip("[size=22]Flood warning[/size]") == "Flood warning")
        #expect(InlineMarkup.strip("He said [sic] it was [1] fine") == "He said [sic] it was [1] fine")
    }

    @Test func decodesEntitiesAndAutolinks() {
        #expect(InlineMarkup.strip("Fish &amp; chips &#8217;n&#x2019; <https://example.org/a>") == "Fish & chips ’n’ https://example.org/a")
        #expect(InlineMarkup.strip("AT&T and R&D") == "AT&T and R&D")
        // Every name the HTML Standard defines, C1 references read as windows-1252.
        #expect(InlineMarkup.strip("&Scaron;koda &ccaron;e&scaron;tina &frac12; &rarr; &#150; &CounterClockwiseContourIntegral; &nbsp;x")
                == "Škoda čeština ½ → – ∳  x")
        #expect(InlineMarkup.strip("&madeup; &#0; &#xD800;") == "&madeup; &#0; &#xD800;")
    }

    @Test func dropsHeadingAndQuoteMarkers() {
        #expect(InlineMarkup.strip("## Second heading") == "Second heading")
        #expect(InlineMarkup.strip("> quoted words") == "quoted words")
    }

    @Test func reportsRemovedMarkupWithRawOffsets() {
        let raw = Array("By [Jane Roe](#)".unicodeScalars)
        let result = InlineMarkup.strip(raw, Span(start: 0, end: raw.count))
        #expect(result.text == "By Jane Roe")
        #expect(result.removed.map(\.span) == [Span(start: 3, end: 4), Span(start: 12, end: 16)])
        #expect(result.removed.allSatisfy { $0.reason == .markup })
        #expect(result.hadLink)
    }
}

@Suite struct InlineMarkupLinkTargetTests {
    @Test func aTargetWithParenthesesLeavesNoStrayBracket() {
        #expect(InlineMarkup.strip("[Mosul](https://x.org/Battle_of_Mosul_(2016)) fell on Tuesday") == "Mosul fell on Tuesday")
        #expect(InlineMarkup.strip("See [the map](https://x.org/a_(b)_(c)) (updated).") == "See the map (updated).")
        // An unclosed target is no link.
        #expect(InlineMarkup.strip("[Mosul](https://x.org/Battle_(2016) fell") == "[Mosul](https://x.org/Battle_(2016) fell")
    }
}
