import Foundation
import Testing
@testable import SitrepKit

/// The byte scan of a page's declarations, and the date-only reading built on it, which must
/// give the very date a full extraction gives.
@Suite struct DeclarationScanTests {
    typealias Pages = ExtractTestPages

    private func scan(_ html: String) -> DeclarationScan? { DeclarationScan(Array(html.utf8)) }

    @Test func readsMetaTagsInEveryQuotingStyle() throws {
        let found = try #require(scan("""
            <html lang="fr-FR"><head><META PROPERTY="article:published_time" CONTENT="2020-05-01T10:00:00Z">
            <meta name='date' content='2020-05-02'><meta itemprop=datePublished content=2020-05-03 />
            <meta name="description" content="Fish &amp; chips &#8211; a &#x2014; b"></head></html>
            """))
        #expect(found.htmlLanguage == "fr-FR")
        #expect(found.metas.map(\.key) == ["article:published_time", "date", "datepublished", "description"])
        #expect(found.metas.map(\.content) == ["2020-05-01T10:00:00Z", "2020-05-02", "2020-05-03", "Fish & chips \u{2013} a \u{2014} b"])
    }

    @Test func oneEntryPerNamingAttributeAndTheFirstOfARepeatedOne() throws {
        let found = try #require(scan(#"<meta name="pubdate" property="og:pubdate" content="2019-01-02" content="2018-01-01">"#))
        #expect(found.metas.map(\.key) == ["pubdate", "og:pubdate"])
        #expect(found.metas.allSatisfy { $0.content == "2019-01-02" })
    }

    @Test func commentsScriptsAndStylesHideTags() throws {
        let found = try #require(scan("""
            <!-- <meta name="date" content="2001-01-01"> --><script>var t = '<meta name="date" content="2002-02-02">';</script>
            <style>/* <meta name="date" content="2003-03-03"> */</style><title>A > B</title>
            <div title="x > <meta name=date content=2004-04-04>">text</div><meta name="date" content="2020-06-07">
            """))
        #expect(found.metas.map(\.content) == ["2020-06-07"])
    }

    @Test func keepsJSONLDScriptsAsTheyStand() throws {
        let found = try #require(scan("""
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-02"}</script>
            <script>var x = {"datePublished":"1999-09-09"};</script><SCRIPT type='application/ld+json'></SCRIPT >
            """))
        #expect(found.jsonLD.map { String(decoding: $0, as: UTF8.self) } == [#"{"@type":"NewsArticle","datePublished":"2020-01-02"}"#])
    }

    @Test func givesUpWhereTheParserMightReadThePageOtherwise() {
        #expect(scan(#"<meta name="date" content="2020-01-01"><!-- never closed <meta name="x" content="y">"#) == nil)
        #expect(scan(#"<meta name="date" content="2020-01-01><p>an unclosed quote"#) == nil)
        #expect(scan(#"<script type="application/ld+json">{"datePublished":"2020-01-01"}"#) == nil)
        #expect(scan(#"<meta name="date" content="May&nbsp;1, 2020">"#) == nil)
        #expect(scan("<meta name=\"date\" content=\"2020-01-01\"") == nil)
    }

    @Test func hostileBytesNeitherTrapNorHang() {
        let garbage = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        _ = DeclarationScan(garbage)
        let deep = String(repeating: "<div><meta x=", count: 20_000)
        let started = ContinuousClock.now
        _ = DeclarationScan(Array(deep.utf8))
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func dateOnlyAnswersFromDeclarationsAndElseFromThePage() throws {
        let pipeline = Pipeline()
        let declared = SourceDocument(source: "a.html", format: .html, payload: Array("""
            <html><head><meta property="article:published_time" content="2020-05-01T10:00:00Z"></head>
            <body><h1>Ferry resumes</h1>\(Pages.article(Pages.paragraphs.map { "<p>\($0)</p>" }.joined()))</body></html>
            """.utf8))
        #expect(try pipeline.publicationDate(declared) == PublicationDate(value: "2020-05-01T10:00:00Z", source: .meta, reliable: true))
        let visible = SourceDocument(source: "b.html", format: .html, payload: Array("""
            <html><body><h1>Ferry resumes</h1><div class="post-date">April 3, 2019</div>
            \(Pages.article(Pages.paragraphs.map { "<p>\($0)</p>" }.joined()))</body></html>
            """.utf8))
        let full = try pipeline.process(visible).article.published
        #expect(full?.value == "2019-04-03")
        #expect(try pipeline.publicationDate(visible) == full)
        let text = SourceDocument(source: "c.txt", format: .text, payload: Array("Ferry resumes\n\nLONDON, April 3, 2019 — The ferry ran again.".utf8),
                                  hints: .init(published: "2019-04-04"))
        #expect(try pipeline.publicationDate(text)?.value == "2019-04-04")
    }

    static let datesFolder = (PackagePaths.root as NSString).appendingPathComponent("../shared/bench/dates-dev")

    /// On real news pages, the date-only reading gives exactly the full pipeline's date.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: datesFolder)))
    func dateOnlyAgreesWithTheFullPipelineOnRealPages() throws {
        let pipeline = Pipeline()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.datesFolder).filter { $0.hasSuffix(".html.gz") }.sorted()
        #expect(names.count > 50)
        var compared = 0
        for name in names {
            Ingestor().read(InputFile(path: (Self.datesFolder as NSString).appendingPathComponent(name)), document: { document in
                guard let full = try? pipeline.process(document) else { return }
                #expect((try? pipeline.publicationDate(document)) == full.article.published, "\(name)")
                compared += 1
            }, failure: { _ in })
        }
        #expect(compared > 50)
    }
}
