import Testing
@testable import SitrepKit

/// Where a date sits, how numeric dates are ordered, and formats in more languages.
@Suite struct ExtractDateRulesTests {
    typealias Pages = ExtractTestPages
    let paragraphs = Pages.paragraphs.map { "<p>\($0)</p>" }.joined()

    private func extract(lang: String?, head: String = "", body: String) -> ExtractedText {
        let html = lang.map { "<html lang=\"\($0)\">" } ?? "<html>"
        let page = "<!DOCTYPE html>\(html)<head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
        return Pages.extractor.extract(Array(page.utf8))
    }

    @Test func readsAmbiguousNumericDatesInThePagesLanguageOrder() {
        let head = "<meta name=\"date\" content=\"03/04/2019\">"
        let french = extract(lang: "fr-FR", head: head, body: Pages.article(paragraphs))
        #expect(french.published == PublicationDate(value: "2019-04-03", source: .meta, reliable: true))
        let american = extract(lang: "en-US", head: head, body: Pages.article(paragraphs))
        #expect(american.published == PublicationDate(value: "2019-03-04", source: .meta, reliable: true))
        let british = extract(lang: "en-GB", head: head, body: Pages.article(paragraphs))
        #expect(british.published?.value == "2019-04-03")
        let plainEnglish = extract(lang: "en", head: head, body: Pages.article(paragraphs))
        #expect(plainEnglish.published == nil)
        #expect(DateParser.parseValue("03/04/2019", order: .monthFirst)?.iso == "2019-03-04")
        #expect(DateParser.parseValue("25/04/2019", order: .monthFirst)?.iso == "2019-04-25")
    }

    @Test func readsEpochTimestampsOnDateStamps() {
        let body = "<h1>Ferry Crosses in Storm</h1><span class=\"stamp\" data-time=\"1594448702\">Jul 11</span>" + Pages.article(paragraphs)
        let stamped = extract(lang: "en", body: body)
        #expect(stamped.published?.value == "2020-07-11T06:25:02Z")
        #expect(stamped.published?.source == .timeElement)
    }

    @Test func aStampLinkedToThePageItselfIsThePagesDate() {
        // A thread: the post's own stamp sits in a replies box like the replies' stamps, but only
        // it links to the page.
        let thread = """
            <h1>Harbour ferry suspended</h1>\(paragraphs)
            <div class="replies">
            <div class="reply"><a href="/harbourdesk/posts/2201"><span data-time="1594448702">Jul 10</span></a><p>Suspended again.</p></div>
            <div class="reply"><a href="/ann/posts/2207"><span data-time="1594621502">Jul 13</span></a><p>Still no boats.</p></div>
            </div>
            """
        let url = "https://social.example/HarbourDesk/posts/2201/photo/1"
        let head = "<link rel=\"canonical\" href=\"https://social.example/harbourdesk/posts/2201\">"
        let page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body>\(thread)</body></html>"
        let found = Pages.extractor.extract(Array(page.utf8), hints: .init(url: url)).published
        #expect(found == PublicationDate(value: "2020-07-11T06:25:02Z", source: .timeElement, reliable: true))
        // Without the page's own address, the stamps in the replies box say nothing.
        #expect(extract(lang: "en", body: thread).published == nil)
        // A comment's anchor on the page, and an "updated" stamp linked to it, are not its date.
        let blog = """
            <article><h1>Harbour ferry suspended</h1><time datetime="2020-01-01">1 January</time>\(paragraphs)</article>
            <a href="/news/story-a#comment-5"><time datetime="2021-05-05">5 May 2021</time></a>
            <a href="/news/story-a"><time class="updated" datetime="2021-06-06">6 June 2021</time></a>
            <div class="updated">Updated <a href="/news/story-a"><time datetime="2021-07-07">7 July 2021</time></a></div>
            """
        let blogPage = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body>\(blog)</body></html>"
        let blogDate = Pages.extractor.extract(Array(blogPage.utf8), hints: .init(url: "https://example.org/news/story-a")).published
        #expect(blogDate?.value == "2020-01-01")
    }

    @Test func permalinksCompareHostPathAndQuery() {
        let page = Permalink(page: "https://www.example.org/2020/post-1/?p=7#comments")
        #expect(page == Permalink(url: "http://example.org/2020/post-1?p=7"))
        // A link to a place in the page (a comment's anchor) is no link to the page itself.
        #expect(Permalink(url: "/2020/post-1?p=7#comment-5") == nil)
        #expect(Permalink(url: "/2020/post-1?p=7#")?.path == page?.path)
        #expect(page?.matches(Permalink(url: "/2020/post-1?p=7")!) == true)
        #expect(page?.matches(Permalink(url: "https://other.example/2020/post-1?p=7")!) == false)
        #expect(Permalink(url: "https://example.org/") == nil)
        #expect(Permalink(url: "//cdn.example/x") == nil)
        #expect(Permalink(url: "reply/2") == nil)
    }

    @Test func aHugeDateAttributeIsReadOnlyAtItsStart() {
        func page(_ n: Int) -> String {
            let junk = String(repeating: "updated . ", count: n) + String(repeating: "25/12/2016 ", count: n / 10)
            return "<time pubdate datetime=\"\(junk)\">x</time>" + Pages.article(paragraphs)
        }
        #expect(extract(lang: "en", body: page(20_000)).published?.source != .timeElement)
        GrowthCheck().expectLinear(base: 5_000) { n in
            let body = page(n)
            return { _ = extract(lang: "en", body: body) }
        }
    }

    @Test func readsMorePublicationMetaKeys() {
        let post = Pages.extract(body: Pages.article(paragraphs), head: "<meta name=\"publish_time\" content=\"2019-04-03T06:30:00Z\">")
        #expect(post.published == PublicationDate(value: "2019-04-03T06:30:00Z", source: .meta, reliable: true))
        let og = Pages.extract(body: Pages.article(paragraphs), head: "<meta property=\"og:pubdate\" content=\"2019-04-03\">")
        #expect(og.published == PublicationDate(value: "2019-04-03", source: .meta, reliable: true))
        // A specific publication key beats a generic date, whatever their order in the head.
        let both = Pages.extract(body: Pages.article(paragraphs), head: """
            <meta name="date" content="2019-04-09"><meta name="article:published_date" content="2019-04-03">
            """)
        #expect(both.published?.value == "2019-04-03")
    }

    @Test func ignoresDatesInCommentsAndTeasers() {
        let comment = Pages.extract(body: Pages.article("""
            <h1>Orchard harvest ends early</h1>\(paragraphs)
            <section class="comments"><p class="comment-meta"><time datetime="2019-04-05T10:00">5 April</time> Ann wrote:</p>
            <p>Great to see the orchard doing well again after the frost we had last spring.</p></section>
            """))
        #expect(comment.published == nil)
        let teaser = Pages.extract(body: Pages.article("""
            <h1>Orchard harvest ends early</h1><div class="related-stories"><div class="story-date">April 1, 2019</div>
            <a href="/b">Frost hits the valley</a></div>\(paragraphs)
            """))
        #expect(teaser.published == nil)
        // The article's own time element still counts, in a comment-free part of the page.
        let own = Pages.extract(body: Pages.article("""
            <h1>Orchard harvest ends early</h1><time datetime="2019-04-03">3 April 2019</time>\(paragraphs)
            <div id="comments"><time datetime="2019-04-05">5 April 2019</time></div>
            """))
        #expect(own.published == PublicationDate(value: "2019-04-03", source: .timeElement, reliable: true))
    }

    @Test func prefersTheArticlesDatelineToTheSiteHeadersToday() {
        let body = """
            <header class="site-header"><div class="today-date">Friday, April 12, 2019</div><a href="/">Hill Gazette</a></header>
            <div class="story"><h1>Orchard harvest ends early</h1><div class="post-date">April 3, 2019</div>\(paragraphs)</div>
            """
        #expect(Pages.extract(body: body).published == PublicationDate(value: "2019-04-03", source: .byline, reliable: false))
        // A header outside <article> that holds the headline is the article's own header.
        let own = Pages.extract(body: """
            <header class="entry-header"><h1>Orchard harvest ends early</h1><span class="entry-date">April 3, 2019</span></header>
            <div class="entry-content">\(paragraphs)</div>
            """)
        #expect(own.published?.value == "2019-04-03")
    }

    @Test func fallsBackToADateLineAnywhere() {
        // A section front: nothing but the masthead's day to go by.
        let body = """
            <header><div id="date">Viernes, 12 de abril de 2019</div></header>
            <div class="front"><h2><a href="/a">Cosecha temprana en el valle</a></h2><p>La cosecha terminó antes de lo previsto este año en todo el valle, según los productores locales y la cooperativa.</p></div>
            """
        #expect(Pages.extract(body: body).published == PublicationDate(value: "2019-04-12", source: .byline, reliable: false))
        // Not when the URL names another month.
        let other = Pages.extract(body: body, hints: .init(url: "https://gazeta.example/2019/03/cosecha"))
        #expect(other.published == PublicationDate(value: "2019-03-01", source: .url, reliable: false))
    }

    @Test func readsDatesInMoreLanguagesAndScripts() {
        #expect(DateParser.firstDate(in: "Opublikowano 3 kwietnia 2019")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "Vydáno 3. dubna 2019")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "3 Nisan 2019 Çarşamba")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "Közzétéve: 2019. április 3. 10:15")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "Julkaistu 3. huhtikuuta 2019")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "Diterbitkan 3 Desember 2019")?.iso == "2019-12-03")
        #expect(DateParser.firstDate(in: "Publicat pe 3 aprilie 2019")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "Δημοσιεύθηκε 3 Απριλίου 2019")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "Thứ tư, ngày 3 tháng 4 năm 2019")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "प्रकाशित: 3 मार्च 2019")?.iso == "2019-03-03")
        #expect(DateParser.firstDate(in: "٣ أبريل ٢٠١٩")?.iso == "2019-04-03")
        #expect(DateParser.firstDate(in: "۲۰۱۹/۰۴/۰۳")?.iso == "2019-04-03")
        // Levantine month names, two of them in two words.
        #expect(DateParser.firstDate(in: "دمشق، ٧ كانون الأول ٢٠١٦ (سانا)")?.iso == "2016-12-07")
        #expect(DateParser.firstDate(in: "15 كانون الثاني 2017")?.iso == "2017-01-15")
        #expect(DateParser.firstDate(in: "3 تشرين الاول 2019")?.iso == "2019-10-03")
        #expect(DateParser.firstDate(in: "20 شباط 2020")?.iso == "2020-02-20")
        #expect(DateParser.firstDate(in: "7 كانون 2016") == nil)
        #expect(DateParser.firstDate(in: "Posted 2019 Apr 3 by the desk")?.iso == "2019-04-03")
    }
}
