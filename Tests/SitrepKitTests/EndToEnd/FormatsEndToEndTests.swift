import Foundation
import Testing
@testable import SitrepKit

/// Every input format, from files written here, through ingest into the store.
@Suite struct FormatsEndToEndTests {
    let directory = TemporaryDirectory()

    static let paragraph = "The river rose two metres overnight and officials ordered families in low areas to leave their homes."

    func ingest(_ paths: [String]) throws -> (IngestSummary, [ProcessedArticle]) {
        let store = try SQLiteStore(path: directory.file("db.sqlite"))
        let summary = try IngestJob().run(paths, into: store)
        var articles: [ProcessedArticle] = []
        try store.forEachArticle { articles.append($0) }
        return (summary, articles)
    }

    static func page(_ title: String) -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(title) | Valley Post</title>
        <meta property="og:site_name" content="Valley Post"></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>\(title)</h1><p>\(paragraph)</p><p>Engineers said the levee would hold, but they were watching it closely through the night.</p></article>
        <footer>All rights reserved.</footer></body></html>
        """
    }

    @Test func htmlTextAndMarkdownFiles() throws {
        directory.write("in/page.html", Self.page("Levee Holds"))
        directory.write("in/note.txt", "Levee Watch\n\n\(Self.paragraph)\n")
        directory.write("in/sub/post.md", "# Levee Diary\n\n\(Self.paragraph) [More](https://example.org/more) was promised.\n")
        let (summary, articles) = try ingest([directory.file("in")])
        #expect(summary.ingested == 3)
        #expect(Set(articles.compactMap(\.article.title)) == ["Levee Holds", "Levee Watch", "Levee Diary"])
        let html = try #require(articles.first { $0.article.format == .html })
        #expect(html.article.text.hasPrefix("The river rose two metres"))
        #expect(!html.article.text.contains("Home"))
        let markdown = try #require(articles.first { $0.article.format == .markdown })
        #expect(markdown.article.text.contains("More was promised."))
    }

    @Test func jsonLines() throws {
        let lines = [
            #"{"url": "https://news.example/a", "title": "Levee A", "outlet": "Valley Post", "published": "2021-05-02", "text": "\#(Self.paragraph)"}"#,
            #"{"url": "https://news.example/b", "title": "Levee B", "html": "<html><body><article><p>\#(Self.paragraph) Second copy.</p></article></body></html>"}"#,
        ]
        directory.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let (summary, articles) = try ingest([directory.file("feed.jsonl")])
        #expect(summary.ingested == 2)
        let a = try #require(articles.first { $0.article.title == "Levee A" })
        #expect(a.article.outlet == "Valley Post")
        #expect(a.article.published?.day == "2021-05-02")
        #expect(a.article.url == "https://news.example/a")
        #expect(a.article.source.hasSuffix("feed.jsonl:line 1"))
    }

    @Test func gzippedWARC() throws {
        var warc: [UInt8] = []
        warc += Gzip.compress(WARCFixture.record(type: "warcinfo", block: Array("software: test\r\n".utf8)))
        for (n, title) in ["Levee One", "Levee Two"].enumerated() {
            let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + Self.page(title)
            warc += Gzip.compress(WARCFixture.record(type: "response", uri: "https://news.example/\(n)", contentType: "application/http; msgtype=response", block: Array(http.utf8)))
        }
        directory.write("crawl.warc.gz", warc)
        let (summary, articles) = try ingest([directory.file("crawl.warc.gz")])
        #expect(summary.ingested == 2)
        #expect(Set(articles.compactMap(\.article.url)) == ["https://news.example/0", "https://news.example/1"])
        #expect(Set(articles.compactMap(\.article.title)) == ["Levee One", "Levee Two"])
    }

    @Test func rssAndAtomFeeds() throws {
        directory.write("feed.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Valley Post</title>
            <item><title>Levee Holds</title><link>https://news.example/rss/1</link>
            <pubDate>Sun, 02 May 2021 08:00:00 GMT</pubDate><description><![CDATA[<p>\(Self.paragraph)</p>]]></description></item>
            </channel></rss>
            """)
        directory.write("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title>
            <entry><title>Harbour Closes</title><link rel="alternate" href="https://news.example/atom/1"/>
            <published>2021-05-03T09:00:00Z</published><content type="html">&lt;p&gt;The harbour closed on Monday as the storm surge arrived, the port authority said in a statement.&lt;/p&gt;</content></entry>
            </feed>
            """)
        let (summary, articles) = try ingest([directory.file("feed.rss"), directory.file("feed.atom")])
        #expect(summary.ingested == 2)
        let rss = try #require(articles.first { $0.article.title == "Levee Holds" })
        #expect(rss.article.published?.day == "2021-05-02")
        #expect(rss.article.outlet == "Valley Post")
        let atom = try #require(articles.first { $0.article.title == "Harbour Closes" })
        #expect(atom.article.url == "https://news.example/atom/1")
        #expect(atom.article.published?.day == "2021-05-03")
    }

    @Test func standardInput() throws {
        let db = directory.file("stdin.sqlite")
        let result = try runSitrep(["ingest", "--db", db, "-"], stdin: "Levee Watch\n\n\(Self.paragraph)\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("ingested 1"))
    }
}

