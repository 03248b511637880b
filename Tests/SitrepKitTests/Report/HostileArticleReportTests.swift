import Foundation
import Testing
@testable import SitrepKit

/// A stored article with hostile fields, rendered as a user would: nothing from it may become
/// markup, and the report must still say what it said.
@Suite struct HostileArticleReportTests {
    let directory = TemporaryDirectory()

    func render(_ format: ReportFormat) throws -> String {
        let store = try SQLiteStore(path: directory.file("hostile.sqlite"))
        try store.save([HostileArticle.processed()])
        let path = directory.file("report.\(format.rawValue)")
        let output = try ReportOutput(path: path)
        try format.renderer.render(store, to: output)
        output.close()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func markdownWritesNoMarkupFromTheArticle() throws {
        let md = try render(.md)
        #expect(!md.contains("<script"))
        #expect(!md.contains("<img"))
        #expect(!md.contains("<iframe") && !md.contains("<svg") && !md.contains("<b ") && !md.contains("<a "))
        // The report's own `<details>` is the only HTML left; every other "<" is an entity.
        let ownTags = md.replacingOccurrences(of: "<details><summary>", with: "")
            .replacingOccurrences(of: "</summary>", with: "").replacingOccurrences(of: "</details>", with: "")
        #expect(!ownTags.contains("<"))
        #expect(md.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(md.contains("&lt;img src=y onerror=alert(9)&gt;"))
        // A link needs "[text](": every bracket from the article is escaped.
        #expect(!md.contains("[x](") && !md.contains("[more]("))
        #expect(md.contains(#"\[x\](javascript:alert(6))"#))
    }

    @Test func markdownKeepsItsOwnStructureOnly() throws {
        let lines = try render(.md).components(separatedBy: "\n")
        #expect(lines.filter { $0.hasPrefix("#") } == [
            "# Situation report",
            ##"## &lt;script&gt;alert(1)&lt;/script&gt; # Breaking \*news\* \#"##,
        ])
        #expect(lines.contains(##"\# Not a heading"##))
        #expect(lines.contains(#"1\. not a list \| cell"#))
        #expect(lines.contains("<details><summary>Removed by cleaning (1)</summary>"))
        #expect(lines.contains(#"- **byline**: By &lt;img src=y onerror=alert(9)&gt; - \[more\](javascript:alert(10))"#))
        #expect(lines.contains { $0.hasPrefix("- **Armed clash** &lt;a href=javascript:alert(8)&gt;clash&lt;/a&gt; · ") })
    }

    @Test func markdownStillSaysWhatTheArticleSaid() throws {
        let read = MarkdownUnescaping.unescaped(try render(.md))
        let said = [HostileArticle.title, HostileArticle.byline, HostileArticle.outlet, HostileArticle.url,
                    HostileArticle.republisher, HostileArticle.actor, HostileArticle.action]
            + HostileArticle.paragraphs.flatMap { $0.components(separatedBy: "\n") }
            + [HostileArticle.removedText.replacingOccurrences(of: "\n", with: " ")]
        for text in said { #expect(read.contains(text), "\(text) lost") }
    }

    @Test func htmlEscapesTheSameArticleAndLinksNothingFromIt() throws {
        let html = try render(.html)
        for tag in ["<script", "<img", "<iframe", "<svg", "<b onmouseover", "<a href=javascript"] { #expect(!html.contains(tag), "\(tag)") }
        #expect(html.contains("by &lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("Evil | Outlet &lt;iframe src=javascript:alert(3)&gt;"))
        #expect(html.contains("republished by &lt;svg onload=alert(5)&gt; on 2024-01-02"))
        // The article's URL is shown as text, never followed: the only links are the index's own anchors.
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(hrefs == ["#a-hostile"])
        #expect(html.contains("javascript:alert(4)</p>"))
    }
}
