import Testing
@testable import SitrepKit

@Suite struct ExtractHostileInputTests {
    typealias Pages = ExtractTestPages

    @Test func survivesTenThousandDeepNesting() {
        let deep = String(repeating: "<div>", count: 10_000) + "<p>\(Pages.paragraphs[0])</p>" + String(repeating: "</div>", count: 10_000)
        let result = Pages.extract(body: deep)
        #expect(result.text == Pages.paragraphs[0])
        let unclosed = String(repeating: "<span><b><i>", count: 10_000) + Pages.paragraphs[1]
        #expect(Pages.extract(body: unclosed).text == Pages.paragraphs[1])
    }

    @Test func aLargePageNestedPastTheParsersLimitKeepsItsText() {
        // An old forum's markup: 400 <font> tags never closed, on a page of over 256 KB.
        let paragraphs = (0..<1_500).map { "<p>Report \($0): \(Pages.paragraphs[$0 % Pages.paragraphs.count])</p>" }
        let body = "<article>" + paragraphs.prefix(400).map { "<font size=2>" + $0 }.joined() + paragraphs.dropFirst(400).joined() + "</article>"
        #expect(body.utf8.count > 256 * 1024)
        let tree = HTMLTree.parse(Array(("<html><body>" + body + "</body></html>").utf8))
        #expect(tree.maxDepth > HTMLTree.libxml2DepthLimit)
        let all = tree.text(of: 0, limit: .max)
        #expect(all.contains("Report 0: ") && all.contains("Report 1499: "))
        #expect(Pages.extract(body: body).text.contains("Report 1499: "))
    }

    /// How deep the extractor's tree of a page goes: libxml2's limit, unless the page was parsed
    /// again without it.
    private func parsedDepth(_ body: String) -> Int {
        HTMLTree.parse(ParserGuard.prepared(Pages.page(body: body))).maxDepth
    }

    @Test func aCraftedDeepPageIsNotParsedPastTheLimit() {
        // libxml2's work on each page is counted, not timed: pages a little over the budget (a
        // parse without the depth limit would take about a second) show the refusal as well as
        // pages a minute deep, at a fraction of the cost.
        // 20,000 open elements then 20,000 stray end tags, each searching all of them.
        let crafted = String(repeating: "<div>", count: 20_000) + "<p>\(Pages.paragraphs[0])</p>" + String(repeating: "</b>", count: 20_000)
        // Stray end tags that close nothing, each after one more unclosed element: the stack
        // libxml2 searches grows with every pair.
        let stray = String(repeating: "<div></x>", count: 25_000) + "<p>\(Pages.paragraphs[0])</p>"
        // A stray end tag for an element far down, which it may not close past the <div>s above:
        // every one searches the whole stack, and closes nothing.
        let blocked = "<b>" + String(repeating: "<div>", count: 10_000) + "<p>\(Pages.paragraphs[0])</p>" + String(repeating: "</b>", count: 30_000)
        for page in [crafted, stray, blocked] {
            #expect(NestingEstimate.recoveryWork(Array(page.utf8)) > HTMLTree.deepReparseBudget)
            #expect(parsedDepth(page) <= HTMLTree.libxml2DepthLimit)
        }
        // The estimate itself is one pass over the page, whatever the nesting.
        GrowthCheck().expectLinear(base: 1_500, "the nesting estimate") { n in
            let page = Array((String(repeating: "<div></x>", count: n) + "<b>" + String(repeating: "<div>", count: n) + String(repeating: "</b>", count: n)).utf8)
            return { _ = NestingEstimate.recoveryWork(page) }
        }
        // <div> open, <p> open above it: </p> searches 1 and closes it, </div> searches 1.
        #expect(NestingEstimate.recoveryWork(Array("<div><br><img src=x><p>a</p><hr/></div>".utf8)) == 1 + 1)
        // </div> searches down 3 and closes all three; the stray </x> then finds an empty stack.
        #expect(NestingEstimate.recoveryWork(Array("<div><span><b>x</div></x>".utf8)) == 3 + 0)
        // </b> may not close past the <div>: it stays open, and the second </b> searches as far.
        #expect(NestingEstimate.recoveryWork(Array("<b><div>x</b></b>".utf8)) == 2 + 2)
    }

    @Test func survivesUnclosedTags() {
        let body = "<article><p>\(Pages.paragraphs[0])<p>\(Pages.paragraphs[1])<div><ul><li>one<li>two<table><tr><td>cell"
        let result = Pages.extract(body: body)
        #expect(result.text.hasPrefix(Pages.paragraphs[0] + "\n\n" + Pages.paragraphs[1]))
    }

    @Test func survivesBinaryGarbage() {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 7, 512, 65_536] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = Pages.extractor.extract(bytes)
        }
        let withNul: [UInt8] = Array("<p>before".utf8) + [0, 0, 0xFF, 0xFE, 0] + Array(" after, the rest of a sentence long enough to count</p>".utf8)
        #expect(Pages.extractor.extract(withNul).text.contains("after, the rest"))
    }

    @Test func returnsEmptyTextForEmptyOrTextlessInput() {
        #expect(Pages.extractor.extract([]).text == "")
        #expect(Pages.extractor.extract(Array("   ".utf8)).text == "")
        #expect(Pages.extractor.extract(Array("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>".utf8)).text == "")
    }

    @Test func survivesAnAttributeFlood() {
        func page(_ n: Int) -> [UInt8] {
            let attributes = (0..<n).map { "a\($0)=\"1\"" }.joined(separator: " ")
            return Array("<div \(attributes)><p>\(Pages.paragraphs[0])</p></div>".utf8)
        }
        #expect(Pages.extractor.extract(page(50_000)).text == Pages.paragraphs[0])
        GrowthCheck().expectLinear(base: 5_000) { n in
            let flood = page(n)
            return { _ = Pages.extractor.extract(flood) }
        }
    }

    @Test func keepsScriptContentOutOfTheText() {
        let body = "<p>\(Pages.paragraphs[0])<script>alert('<p>not text</p>')</script></p><script type=\"application/ld+json\">{\"a\": \"json text\"}</script>"
        let text = Pages.extract(body: body).text
        #expect(text == Pages.paragraphs[0])
    }

    @Test func handlesALargePageInLinearTime() {
        let paragraph = "<div class=\"para\"><p>\(Pages.paragraphs[0]) <a href=\"/x\">link</a></p></div>\n"
        func page(_ n: Int) -> [UInt8] {
            Array(("<html><body><article>" + String(repeating: paragraph, count: n) + "</article></body></html>").utf8)
        }
        #expect(Pages.extractor.extract(page(1_000)).text.count > 1_000 * 100)
        GrowthCheck().expectLinear(base: 250) { n in
            let large = page(n)
            return { _ = Pages.extractor.extract(large) }
        }
    }
}

extension ExtractHostileInputTests {
    @Test func extractsOnManyThreadsAtOnce() async {
        let page = Array(ExtractTestPages.newsPage.utf8)
        let expected = ExtractTestPages.paragraphs.joined(separator: "\n\n")
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { HTMLExtractor().extract(page).text } }
            var texts: [String] = []
            for await text in group { texts.append(text) }
            return texts
        }
        #expect(results.count == 16 && results.allSatisfy { $0 == expected })
    }
}
