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
            <meta name="description" content="Fish &bogus; chips"><meta property="og:locale" content="fr_FR &#8211; &#x2014; &amp;"></head></html>
            """))
        #expect(found.htmlLanguage == "fr-FR")
        // Only the keys the date finder reads are kept.
        #expect(found.metas.map(\.key) == ["article:published_time", "date", "datepublished", "og:locale"])
        #expect(found.metas.map(\.content) == ["2020-05-01T10:00:00Z", "2020-05-02", "2020-05-03", "fr_FR \u{2013} \u{2014} &"])
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

    /// Pages where a byte scan and libxml2's tree could read the declarations differently: the
    /// date-only answer must be the full extraction's, or none (and then the page is parsed).
    static let trickyPages: [String] = [
        #"<noscript><meta property="article:published_time" content="2019-03-04"></noscript><p>x</p>"#,
        #"<svg><meta property="article:published_time" content="2019-03-04"></svg>"#,
        #"<template><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-03-04"}</script></template>"#,
        #"<select><option>a<option>b</select><meta property="article:published_time" content="2019-03-04">"#,
        #"<meta charset=utf-8><html lang=en-US><head><meta name=date content=07/12/2016></head></html>"#,
        #"<html lang=en-US><head><meta name=date content=07/12/2016></head></html>"#,
        "x<html lang=en-US><head><meta name=date content=07/12/2016></head></html>",
        #"<meta/property="article:published_time"/content="2019-03-04">"#,
        "<meta\u{0C}property=\"article:published_time\"\u{0C}content=\"2019-03-04\">",
        #"<script type=application/json data-kind="ld+json">{"@type":"NewsArticle","datePublished":"2019-03-04"}</script>"#,
        #"<meta name="date" content="2019-03-04&#+50;">"#,
        #"<meta name="date" content="2019-03-04T10:00:00&#x2B;02:00">"#,
        #"<meta name="date" content="2018-01-01"><! <meta property="article:published_time" content="2019-03-04">"#,
        #"<meta name="date" content="2018-01-01"></ <meta property="article:published_time" content="2019-03-04">"#,
        #"<!DOCTYPE html><html lang="fr"><head><meta name="date" content="03/04/2019"></head></html>"#,
        #"<meta @x="a b>c" name="date" content="2019-01-01"><meta name="date" content="2020-02-02">"#,
        #"<meta name="date" content="2016-07-12T10:00:00&#xFFFE;+02:00">"#,
        #"<meta name="date" content="2016-07-12T10:00:00&#150;+02:00">"#,
        #"<script>var a=1</scriptx><meta name="date" content="2019-01-01"></script><meta name="date" content="2020-02-02">"#,
        #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-01-01","x":"</SCRIPTS>"}</script><meta name="date" content="2020-02-02">"#,
        #"<head><noscript><meta http-equiv="content-language" content="en-US"></noscript><meta name="date" content="07/12/2016"></head>"#,
        #"<meta name="date" content="2018-01-01"><noscript><div></noscript><meta property="article:published_time" content="2020-05-01">"#,
        #"<meta name="date" content="2018-01-01"><template><div></template><meta property="article:published_time" content="2020-05-01">"#,
        #"<meta name="date" content="2018-01-01"><select><table></select><meta property="article:published_time" content="2020-05-01">"#,
        #"<meta name="date" content="2018-01-01"><script src=x.js/><meta property="article:published_time" content="2020-05-01"></script>"#,
        #"<meta name="date" content="2018-01-01"><noscript class=x/><meta property="article:published_time" content="2020-05-01">"#,
        #"<meta name="date" content="2018-01-01"><noscript"x"><meta property="article:published_time" content="2020-05-01">"#,
        #"<meta name="date" content="2018-01-01"><div !x="a><meta property=article:published_time content=2020-05-01>">"#,
        #"<meta name="date" content="2018-01-01"><?"<meta property="article:published_time" content="2020-05-01">"#,
        #"<meta name="date" content="2018-01-01"><script type="application/ld&#43;json" data-x="ld+json">{"@type":"NewsArticle","datePublished":"2019-01-01"}</script>"#,
        "<html><head><meta name=\"date\" content\u{0C}=\"2020-05-01\"></head><body><p>Some body text.</p></body></html>",
        #"<meta name="pubdate" a"=" content=2019-01-01 x" content="2018-01-01">"#,
        #"<meta name="pubdate" content| content="2018-01-01">"#,
        #"<html x"=" lang=en-US y"><meta name="pubdate" content="07/12/2016"><meta name="date" content="2011-11-11">"#,
        #"<!DOCTYPE html SYSTEM "a><meta name=pubdate content=2019-01-01>"><meta name="date" content="2011-11-11">"#,
        #"<p>x</p><!doctype html public 'a><meta name=pubdate content=2019-01-01>'><meta name="date" content="2011-11-11">"#,
        "<script type=\"application/ld+json\">{\"@type\":\"News\u{FFFF}Article\",\"datePublished\":\"2019-01-01\"}</script><meta name=\"pubdate\" content=\"2011-11-11\">",
        "<meta " + (0..<70).map { "a\($0)=\"1\"" }.joined(separator: " ") + #" name="date" content="2019-03-04"><meta name="pubdate" content="2018-01-01">"#,
    ]

    @Test(arguments: trickyPages)
    func theDateOnlyReadingNeverDisagreesWithTheTree(page: String) {
        let html = Array(page.utf8)
        let full = Pages.extractor.extract(html).published
        if let declared = Pages.extractor.declaredDate(html) {
            #expect(declared == full)
        }
    }

    @Test func readsTheCommonCasesWithoutAParse() throws {
        // The fast path must stay fast: well-formed pages with scripts, comments, icons and
        // closed <noscript> boxes are answered from the scan.
        let page = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><!-- build 42 -->
            <script>var a = "<meta name=date content=1999-01-01>";</script><noscript><img src="/pixel"></noscript>
            <meta property="article:published_time" content="2020-05-01T10:00:00Z"></head>
            <body><svg class="icon"><path d="M0 0"/></svg><p>Text</p></body></html>
            """
        let date = try #require(Pages.extractor.declaredDate(Array(page.utf8)))
        #expect(date == PublicationDate(value: "2020-05-01T10:00:00Z", source: .meta, reliable: true))
    }

    @Test func hostileBytesNeitherTrapNorHang() {
        let garbage = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        _ = DeclarationScan(garbage)
        GrowthCheck().expectLinear(base: 6_000, "a tag of many attributes") { n in
            let wide = Array(("<meta " + (0..<n).map { "a\($0)" }.joined(separator: " ") + " content=x name=date>").utf8)
            return { _ = DeclarationScan(wide) }
        }
        GrowthCheck().expectLinear(base: 2_500, "tag-like unquoted attribute values") { n in
            let deep = Array(String(repeating: "<div><meta x=", count: n).utf8)
            return { _ = DeclarationScan(deep) }
        }
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
