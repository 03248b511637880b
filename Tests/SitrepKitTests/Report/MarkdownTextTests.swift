import Testing
@testable import SitrepKit

@Suite struct MarkdownTextTests {
    func line(_ text: String) -> String { MarkdownText(line: text).markdown }
    func paragraph(_ text: String) -> String { MarkdownText(paragraph: text).markdown }

    @Test func tagsBecomeEntities() {
        #expect(line("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(line("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        // An HTML block would start at a paragraph's line start; there the tag is an entity too.
        #expect(paragraph("ok\n<iframe src=x>") == "ok\n&lt;iframe src=x&gt;")
    }

    @Test func anArticlesOwnEntitiesShowAsWritten() {
        #expect(line("AT&T said &lt;b&gt; &#106;s") == "AT&amp;T said &amp;lt;b&amp;gt; &amp;#106;s")
    }

    @Test func linksAndAutolinksStayText() {
        #expect(line("[x](javascript:alert(1))") == #"\[x\](javascript:alert(1))"#)
        #expect(line("![pic](http://tracker.example/p.gif)") == #"!\[pic\](http://tracker.example/p.gif)"#)
        #expect(line("<javascript:alert(1)>") == "&lt;javascript:alert(1)&gt;")
        // A reference definition needs "[label]:" at a line's start.
        #expect(paragraph("[ref]: javascript:alert(1)") == #"\[ref\]: javascript:alert(1)"#)
    }

    @Test func emphasisCodeAndStrikethroughMarkersAreEscaped() {
        #expect(line("*bold* _it_ **x** ~~gone~~ `code`") == #"\*bold\* \_it\_ \*\*x\*\* \~\~gone\~\~ \`code\`"#)
        #expect(line(#"C:\path\"#) == #"C:\\path\\"#)
    }

    @Test func aHeadingLikeLineIsNotAHeading() {
        #expect(paragraph("# Breaking\n## Still not") == "\\# Breaking\n\\## Still not")
        // "## Title #" would lose its last "#" as a closing sequence; a hashtag mid-line is plain text.
        #expect(line("Shelling reported #") == "Shelling reported \\#")
        #expect(line("#Aleppo trends as #breaking news") == "\\#Aleppo trends as #breaking news")
    }

    @Test func tablePipesAreEscaped() {
        #expect(paragraph("| a | b |\n|---|---|") == "\\| a \\| b \\|\n\\|---\\|---\\|")
    }

    @Test func blockMarkersAtALineStartAreEscaped() {
        let text = "- one\n+ two\n3. three\n12) twelve\n> quoted\n===\n---\n      indented code"
        #expect(paragraph(text) == "\\- one\n\\+ two\n3\\. three\n12\\) twelve\n&gt; quoted\n\\===\n\\---\nindented code")
        // Mid-line they are ordinary punctuation and stay as they are.
        #expect(line("ceasefire - day 3. More + less") == "ceasefire - day 3. More + less")
        #expect(line("2022-09-05") == "2022-09-05")
        #expect(line("3.5 km") == "3\\.5 km")
    }

    @Test func aLineHasNoLineBreakToEndItsHeadingOrItem() {
        #expect(line("  Title\nsecond\r\n# third  ") == "Title second # third")
        #expect(paragraph("first  \r\nsecond\\\nthird") == "first\nsecond\\\\\nthird")
    }

    @Test func nonASCIITextComesThroughUnchanged() {
        let text = "Алеппо — حلب — 阿勒颇 · café naïve 🇸🇾 «цитата» ‹x›\u{2028}next"
        #expect(line(text) == text)
        #expect(paragraph(text) == text)
    }

    @Test func unescapingGivesBackTheText() {
        let hostile = [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
            "# Breaking *news* #", "| a | b |", "1. first", "> quote & more", #"back\slash `tick` ~s~"#,
        ]
        for text in hostile {
            #expect(MarkdownUnescaping.unescaped(line(text)) == text)
        }
    }
}
