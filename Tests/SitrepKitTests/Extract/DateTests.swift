import Testing
@testable import SitrepKit

@Suite struct ExtractDateTests {
    typealias Pages = ExtractTestPages
    let paragraphs = Pages.paragraphs.map { "<p>\($0)</p>" }.joined()

    @Test func takesTheContainersDateFirst() {
        let result = Pages.extract(body: Pages.article(paragraphs), head: "<meta property=\"article:published_time\" content=\"2016-12-01\">",
                                   hints: .init(published: "Wed, 07 Dec 2016 14:23:00 GMT"))
        #expect(result.published == PublicationDate(value: "2016-12-07T14:23:00Z", source: .container, reliable: true))
    }

    @Test func readsPublicationMetaAndIgnoresModified() {
        let head = """
            <meta property="article:modified_time" content="2017-01-02T00:00:00Z">
            <meta property="article:published_time" content="2016-12-07T09:05:00-05:00">
            """
        let result = Pages.extract(body: Pages.article(paragraphs), head: head)
        #expect(result.published == PublicationDate(value: "2016-12-07T09:05:00-05:00", source: .meta, reliable: true))
        let dc = Pages.extract(body: Pages.article(paragraphs), head: "<meta name=\"DC.date.issued\" content=\"2016/12/07\">")
        #expect(dc.published == PublicationDate(value: "2016-12-07", source: .meta, reliable: true))
        let modifiedOnly = Pages.extract(body: Pages.article(paragraphs), head: "<meta property=\"article:modified_time\" content=\"2017-01-02\">")
        #expect(modifiedOnly.published == nil)
    }

    @Test func readsATimeElementInTheArticle() {
        let body = Pages.article("""
            <p class="updated">Updated <time datetime="2016-12-09T10:00">9 Dec</time></p>
            <time datetime="2016-12-07T08:00:00Z">7 December</time>\(paragraphs)
            """)
        let result = Pages.extract(body: body)
        #expect(result.published == PublicationDate(value: "2016-12-07T08:00:00Z", source: .timeElement, reliable: true))
    }

    @Test func ignoresTimeElementsOutsideTheArticle() {
        let body = "<div class=\"ticker\"><time datetime=\"2016-11-30\">30 Nov</time></div>" + Pages.article(paragraphs)
        #expect(Pages.extract(body: body).published == nil)
    }

    @Test func readsTheURL() {
        let full = Pages.extract(body: Pages.article(paragraphs), hints: .init(url: "https://courier.example/2016/12/07/river-floods/"))
        #expect(full.published == PublicationDate(value: "2016-12-07", source: .url, reliable: true))
        let monthOnly = Pages.extract(body: Pages.article(paragraphs), hints: .init(url: "https://courier.example/2016/12/river-floods"))
        #expect(monthOnly.published == PublicationDate(value: "2016-12-01", source: .url, reliable: false))
        let host = Pages.extract(body: Pages.article(paragraphs), hints: .init(url: "https://2016.courier.example/news/12/river"))
        #expect(host.published == nil)
    }

    @Test func readsVisibleDatesNearTheHeadline() {
        let dateline = Pages.extract(body: Pages.article("<h1>River floods</h1><div class=\"post-date\">Posted December 7, 2016</div>\(paragraphs)"))
        #expect(dateline.published == PublicationDate(value: "2016-12-07", source: .byline, reliable: false))
        let text = Pages.extract(body: Pages.article("<h1>River floods</h1><p>MARLOW BEND, 7 Dec. 2016 — Floodwater rose, and rose.</p>\(paragraphs)"))
        #expect(text.published == PublicationDate(value: "2016-12-07", source: .text, reliable: false))
        let caption = Pages.extract(body: Pages.article("""
            <h1>River floods</h1><div>The levee at dawn on December 5, 2016, before the water rose. Photo: staff</div>
            <p>December 7, 2016</p>\(paragraphs)
            """))
        #expect(caption.published == PublicationDate(value: "2016-12-07", source: .text, reliable: false))
        let monthInURL = Pages.extract(body: Pages.article("<h1>River floods</h1><p>Dec 7, 2016</p>\(paragraphs)"),
                                       hints: .init(url: "https://courier.example/2016/12/river"))
        #expect(monthInURL.published == PublicationDate(value: "2016-12-07", source: .text, reliable: false))
    }

    @Test func ignoresCopyrightFutureAndAncientDates() {
        let body = Pages.article("<h1>River floods</h1><p>© December 7, 2016 Courier</p>\(paragraphs)")
        #expect(Pages.extract(body: body).published == nil)
        let future = Pages.extract(body: Pages.article(paragraphs), head: "<meta name=\"date\" content=\"2031-01-01\">")
        #expect(future.published == nil)
        let ancient = Pages.extract(body: Pages.article(paragraphs), head: "<meta name=\"date\" content=\"1989-11-09\">")
        #expect(ancient.published == nil)
        let updated = Pages.extract(body: Pages.article("<h1>River floods</h1><p>Updated: Dec 9, 2016. Floodwater rose, and rose.</p>\(paragraphs)"))
        #expect(updated.published == nil)
    }

    @Test func parsesCommonFormats() {
        #expect(DateParser.parseValue("2016-12-07")?.iso == "2016-12-07")
        #expect(DateParser.parseValue("2016-12-07T14:23:00.000Z")?.iso == "2016-12-07T14:23:00Z")
        #expect(DateParser.parseValue("2016-12-07 14:23")?.iso == "2016-12-07T14:23:00")
        #expect(DateParser.parseValue("2016-12-07T14:23:00+0100")?.iso == "2016-12-07T14:23:00+01:00")
        #expect(DateParser.parseValue("Wed, 07 Dec 2016 14:23:00 EST")?.iso == "2016-12-07T14:23:00-05:00")
        #expect(DateParser.parseValue("December 7, 2016 at 2:23 pm")?.iso == "2016-12-07T14:23:00")
        #expect(DateParser.parseValue("7th of December 2016")?.iso == "2016-12-07")
        #expect(DateParser.parseValue("1481120580")?.iso == "2016-12-07T14:23:00Z")
        #expect(DateParser.parseValue("25.12.2016")?.iso == "2016-12-25")
        #expect(DateParser.parseValue("12/25/2016")?.iso == "2016-12-25")
        #expect(DateParser.parseValue("07.12.2016") == nil)
        #expect(DateParser.parseValue("2016-02-30") == nil)
        #expect(DateParser.firstDate(in: "Posted on Sept. 7th, 2016 by staff")?.iso == "2016-09-07")
        #expect(DateParser.firstDate(in: "The year 2016 was long") == nil)
    }
}

extension ExtractDateTests {
    @Test func readsMonthNamesInOtherLanguages() {
        #expect(DateParser.firstDate(in: "Publicado el 15 de Abril de 2020")?.iso == "2020-04-15")
        #expect(DateParser.firstDate(in: "Mis à jour le 1er décembre 2016")?.iso == nil)
        #expect(DateParser.firstDate(in: "Publié le 1er décembre 2016")?.iso == "2016-12-01")
        #expect(DateParser.firstDate(in: "17. März 2020, 10:45 Uhr")?.iso == "2020-03-17")
        #expect(DateParser.firstDate(in: "7 декабря 2016 г.")?.iso == "2016-12-07")
        #expect(DateParser.firstDate(in: "الأربعاء، 07 أكتوبر 2020 - 12:09")?.iso == "2020-10-07")
        #expect(DateParser.firstDate(in: "2020年4月17日 01:43")?.iso == "2020-04-17")
        #expect(DateParser.firstDate(in: "2020년 4월 17일")?.iso == "2020-04-17")
    }
}
