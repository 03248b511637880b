import Testing
@testable import SitrepKit

@Suite struct IngestFeedTests {
    @Test func readsRSSItems() {
        let folder = TemporaryDirectory()
        let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Wire &amp; Co</title>
          <link>https://wire.example/</link>
          <image><title>Logo title</title><url>https://wire.example/logo.png</url></image>
          <item>
            <title>Evacuation resumes</title>
            <link>https://wire.example/evacuation</link>
            <description>Teaser only</description>
            <content:encoded><![CDATA[<p>Buses left <b>at dawn</b>.</p>]]></content:encoded>
            <dc:creator>Jane Reporter</dc:creator>
            <pubDate>Tue, 13 Dec 2016 22:11:53 +0300</pubDate>
          </item>
          <item>
            <title>Talks &amp; truce</title>
            <guid isPermaLink="true">https://wire.example/talks</guid>
            <description>Both sides met &amp;amp; agreed.</description>
            <author>desk@wire.example (Desk Editor)</author>
            <pubDate>sometime last week</pubDate>
          </item>
          <item><title>Link only</title><link>https://wire.example/empty</link></item>
          <item><title>Raw markup</title><description><p>Unescaped <em>HTML</em> &amp; text</p></description></item>
        </channel>
        </rss>
        """
        let path = folder.write("wire.xml", rss)
        let run = ingest(path)
        #expect(run.documents.map(\.source) == ["\(path)#item 1", "\(path)#item 2", "\(path)#item 4"])
        #expect(run.documents.map(\.format) == [.html, .text, .html])
        #expect(run.payloads == ["<p>Buses left <b>at dawn</b>.</p>", "Both sides met & agreed.", "<p>Unescaped <em>HTML</em> & text</p>"])
        #expect(run.documents[0].hints == SourceDocument.Hints(
            url: "https://wire.example/evacuation", title: "Evacuation resumes", outlet: "Wire & Co",
            byline: "Jane Reporter", published: "2016-12-13T19:11:53Z"))
        #expect(run.documents[1].hints.url == "https://wire.example/talks")
        #expect(run.documents[1].hints.title == "Talks & truce")
        #expect(run.documents[1].hints.byline == "Desk Editor")
        #expect(run.documents[1].hints.published == "sometime last week")
        #expect(run.failures.map(\.description) == ["\(path): item 3: no content, description or summary"])
    }

    @Test func readsAtomEntries() {
        let folder = TemporaryDirectory()
        let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Field Notes</title>
          <link rel="self" href="https://notes.example/feed.atom"/>
          <entry>
            <title>Checkpoint moved</title>
            <link rel="edit" href="https://notes.example/edit/1"/>
            <link rel="alternate" type="text/html" href="https://notes.example/checkpoint"/>
            <published>2016-12-12T08:00:00Z</published>
            <updated>2016-12-12T09:30:00Z</updated>
            <author><name>Sam Field</name></author>
            <author><name>Lee Desk</name></author>
            <summary>Short</summary>
            <content type="html">&lt;p&gt;The checkpoint moved north.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title type="text">Summary only</title>
            <link href="https://notes.example/summary"/>
            <updated>2016-12-13T10:00:00Z</updated>
            <summary>Quiet night in the old city.</summary>
          </entry>
          <entry>
            <title>Inline markup</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rubble &amp; <em>dust</em></p></div></content>
          </entry>
        </feed>
        """
        let path = folder.write("notes.atom", atom)
        let run = ingest(path)
        #expect(run.failures.isEmpty, "\(run.failures)")
        #expect(run.documents.count == 3)
        #expect(run.documents[0].hints == SourceDocument.Hints(
            url: "https://notes.example/checkpoint", title: "Checkpoint moved", outlet: "Field Notes",
            byline: "Sam Field, Lee Desk", published: "2016-12-12T08:00:00Z"))
        #expect(run.payloads[0] == "<p>The checkpoint moved north.</p>")
        #expect(run.documents[1].hints.published == "2016-12-13T10:00:00Z")
        #expect(run.documents[1].hints.url == "https://notes.example/summary")
        #expect(run.documents[1].format == .text)
        #expect(run.payloads[2] == "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Rubble &amp; <em>dust</em></p></div>")
        #expect(run.documents[2].format == .html)
    }

    @Test func aMalformedFeedKeepsEarlierItemsAndNamesTheLine() {
        let folder = TemporaryDirectory()
        let rss = """
        <rss version="2.0"><channel><title>Broken</title>
        <item><title>Fine</title><description>First item is fine.</description></item>
        <item><title>Bad</title><description>Unclosed
        </channel></rss>
        """
        let path = folder.write("broken.rss", rss)
        let run = ingest(path)
        #expect(run.payloads == ["First item is fine."])
        #expect(run.failures.count == 1)
        #expect(run.failures.first?.location?.hasPrefix("line ") == true)
        #expect(run.failures.first?.reason.hasPrefix("malformed feed") == true)
    }

    @Test func toleratesHTMLEntitiesAndBareAmpersands() {
        let folder = TemporaryDirectory()
        let rss = """
        <rss version="2.0"><channel><title>Q&A Weekly</title>
        <item><title>AT&T&nbsp;report from &Scaron;koda</title><description>Costs rose&nbsp;&mdash; 5&#37; &amp; more &bogus; here &frac12;&#8594;</description></item>
        </channel></rss>
        """
        let run = ingest(folder.write("sloppy.rss", rss))
        #expect(run.failures.isEmpty, "\(run.failures)")
        #expect(run.documents.first?.hints.title == "AT&T\u{00A0}report from Škoda")
        #expect(run.documents.first?.hints.outlet == "Q&A Weekly")
        #expect(run.payloads == ["Costs rose\u{00A0}\u{2014} 5% & more &bogus; here ½→"])
    }

    @Test func aDoctypeWithEntitiesReadsAsAFeedAndExpandsNone() {
        let folder = TemporaryDirectory()
        // Nested declarations that a parser expanding them would blow up a billion times.
        var declarations = "<!ENTITY nbsp \"&#160;\">\n<!ENTITY w0 \"ha\">\n"
        for level in 1...9 { declarations += "<!ENTITY w\(level) \"" + String(repeating: "&w\(level - 1);", count: 10) + "\">\n" }
        let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE rss [
        \(declarations)]>
        <rss version="2.0"><channel><title>Delta&nbsp;Wire</title>
        <item><title>Ferry sinks</title><description>A ferry sank off the coast on Monday, the coast guard said.</description></item>
        <item><title>Border closed &w9;</title><description>Floods closed the border crossing on Tuesday.</description></item>
        <item><title>Roads reopen</title><description>The main road reopened on Wednesday.</description></item>
        </channel></rss>
        """
        let run = ingest(folder.write("delta.xml", rss))
        #expect(run.failures.isEmpty, "\(run.failures)")
        #expect(run.documents.count == 3)
        #expect(run.documents.map(\.hints.title) == ["Ferry sinks", "Border closed &w9;", "Roads reopen"])
        #expect(run.documents.first?.hints.outlet == "Delta\u{00A0}Wire")
        #expect(run.payloads.allSatisfy { $0.count < 100 })
    }

    @Test func theDoctypeLeavesTheLineNumbers() {
        let feed = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"b\">\n]>\n<rss/>".utf8)
        let stripped = String(decoding: FeedDoctype.removing(feed), as: UTF8.self)
        #expect(stripped == "<?xml version=\"1.0\"?>\n\n\n\n<rss/>")
        #expect(FeedDoctype.removing(Array("<rss><!DOCTYPE x></rss>".utf8)) == Array("<rss><!DOCTYPE x></rss>".utf8))
    }

    @Test func decodesADeclaredLegacyEncodingAndSurvivesInvalidUTF8() {
        let folder = TemporaryDirectory()
        let latin1 = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Le Caf"#.utf8)
            + [0xE9] + Array("</title><item><title>R".utf8) + [0xE9] + Array("sum".utf8)
            + Array("</title><description>Texte</description></item></channel></rss>".utf8)
        let run = ingest(folder.write("latin1.rss", latin1))
        #expect(run.documents.first?.hints.outlet == "Le Café")
        #expect(run.documents.first?.hints.title == "Résum")

        // Any charset iconv knows, and an undefined byte costs one character: "Москва" in
        // KOI8-R, then 0x98 (undefined in windows-1251) inside "Мэр".
        let koi8 = Array(#"<?xml version="1.0" encoding="KOI8-R"?><rss version="2.0"><channel><title>"#.utf8)
            + [0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1] + Array("</title><item><title>a</title><description>b</description></item></channel></rss>".utf8)
        #expect(ingest(folder.write("koi8.rss", koi8)).documents.first?.hints.outlet == "Москва")
        let cp1251 = Array(#"<?xml version='1.0' encoding='windows-1251'?><rss version="2.0"><channel><title>"#.utf8)
            + [0xCC, 0xFD, 0x98, 0xF0] + Array("</title><item><title>a</title><description>b</description></item></channel></rss>".utf8)
        #expect(ingest(folder.write("cp1251.rss", cp1251)).documents.first?.hints.outlet == "Мэ\u{FFFD}р")

        // A damaged byte inside an element name: Foundation's XMLParser traps on such names
        // unless the feed is made valid UTF-8 first.
        let damaged = Array(#"<?xml version="1.0" encoding="UTF-16"?><rss><channel><it"#.utf8) + [0xE4]
            + Array("m><title>A</title><description>x</description></it".utf8) + [0xE4] + Array("m></channel></rss>".utf8)
        let survived = ingest(folder.write("damaged.rss", damaged))
        #expect(survived.documents.isEmpty)
    }

    @Test func convertsRFC822Dates() {
        #expect(RFC822Date.iso8601("Tue, 13 Dec 2016 22:11:53 GMT") == "2016-12-13T22:11:53Z")
        #expect(RFC822Date.iso8601("13 Dec 2016 01:15 -0500") == "2016-12-13T06:15:00Z")
        #expect(RFC822Date.iso8601("Sat, 31 Dec 16 23:30:00 -0100") == "2017-01-01T00:30:00Z")
        #expect(RFC822Date.iso8601("Mon, 01 Jan 2024 00:00:00 +0100") == "2023-12-31T23:00:00Z")
        #expect(RFC822Date.iso8601("Thu, 29 Feb 2024 12:00:00 EST") == "2024-02-29T17:00:00Z")
        #expect(RFC822Date.iso8601("yesterday") == nil)
        #expect(RFC822Date.iso8601("Wed, 31 Feb 2016 10:00:00 GMT") == nil)
        #expect(RFC822Date.iso8601("Wed, 30 Nov 2016 10:00:00 +9999") == nil)
    }

    @Test func controlCharactersDoNotEndTheFeed() {
        let directory = TemporaryDirectory()
        let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Post</title>"
            + "<item><title>Bad &#1; title</title><description>First body \u{0B}with a vertical tab.</description></item>"
            + "<item><title>Second</title><description>Second body.</description></item></channel></rss>"
        let run = ingest(directory.write("feed.rss", feed))
        #expect(run.documents.count == 2)
        #expect(run.failures.isEmpty)
        #expect(run.documents.first?.hints.title?.hasPrefix("Bad") == true)
    }
}
