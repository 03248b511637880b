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

    @Test func aCraftedDeepPageIsNotParsedPastTheLimit() {
        // 400,000 open elements then 100,000 stray end tags: libxml2's recovery would take a minute.
        let crafted = String(repeating: "<div>", count: 400_000) + "<p>\(Pages.paragraphs[0])</p>" + String(repeating: "</b>", count: 100_000)
        let started = ContinuousClock.now
        _ = Pages.extract(body: crafted)
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(NestingEstimate.recoveryWork(Array(crafted.utf8)) > HTMLTree.deepReparseBudget)
        // Stray end tags that close nothing, each after one more unclosed element: the stack
        // libxml2 searches grows with every pair.
        let stray = String(repeating: "<div></x>", count: 60_000) + "<p>\(Pages.paragraphs[0])</p>"
        let strayStarted = ContinuousClock.now
        _ = Pages.extract(body: stray)
        #expect(ContinuousClock.now - strayStarted < .seconds(10))
        #expect(NestingEstimate.recoveryWork(Array(stray.utf8)) > HTMLTree.deepReparseBudget)
        // A stray end tag for an element far down, which it may not close past the <div>s above:
        // every one searches the whole stack, and closes nothing.
        let blocked = "<b>" + String(repeating: "<div>", count: 30_000) + "<p>\(Pages.paragraphs[0])</p>" + String(repeating: "</b>", count: 100_000)
        let blockedStarted = ContinuousClock.now
        _ = Pages.extract(body: blocked)
        #expect(ContinuousClock.now - blockedStarted < .seconds(10))
        #expect(NestingEstimate.recoveryWork(Array(blocked.utf8)) > HTMLTree.deepReparseBudget)
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
        let attributes = (0..<50_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let page = "<div \(attributes)><p>\(Pages.paragraphs[0])</p></div>"
        let started = ContinuousClock.now
        let result = Pages.extractor.extract(Array(page.utf8))
        #expect(result.text == Pages.paragraphs[0])
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func keepsScriptContentOutOfTheText() {
        let body = "<p>\(Pages.paragraphs[0])<script>alert('<p>not text</p>')</script></p><script type=\"application/ld+json\">{\"a\": \"json text\"}</script>"
        let text = Pages.extract(body: body).text
        #expect(text == Pages.paragraphs[0])
    }

    @Test func handlesALargePageInLinearTime() {
        let paragraph = "<div class=\"para\"><p>\(Pages.paragraphs[0]) <a href=\"/x\">link</a></p></div>\n"
        let page = Array(("<html><body><article>" + String(repeating: paragraph, count: 20_000) + "</article></body></html>").utf8)
        let started = ContinuousClock.now
        let result = Pages.extractor.extract(page)
        #expect(result.text.count > 20_000 * 100)
        #expect(ContinuousClock.now - started < .seconds(30))
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
