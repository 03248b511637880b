import Testing
@testable import SitrepKit

@Suite struct ExtractMetadataTests {
    typealias Pages = ExtractTestPages
    let body = Pages.article(Pages.paragraphs.map { "<p>\($0)</p>" }.joined())

    @Test func readsTheNewsPage() {
        let result = Pages.extractor.extract(Array(Pages.newsPage.utf8), hints: .init(url: "https://www.valleycourier.example/news/flood"))
        #expect(result.title == "River floods Marlow Bend")
        #expect(result.language == "en")
        #expect(result.outlet == "valleycourier.example")
        #expect(result.url == "https://www.valleycourier.example/news/flood")
    }

    @Test func prefersTheCanonicalURL() {
        let head = "<link rel=\"canonical\" href=\"/2016/12/07/river-floods\"><meta property=\"og:url\" content=\"https://other.example/x\">"
        let result = Pages.extract(body: body, head: head, hints: .init(url: "https://www.courier.example/amp/123?utm=x"))
        #expect(result.url == "https://www.courier.example/2016/12/07/river-floods")
    }

    @Test func fallsBackToOgURLThenTheGivenURL() {
        let withOg = Pages.extract(body: body, head: "<meta property=\"og:url\" content=\"https://courier.example/story\">")
        #expect(withOg.url == "https://courier.example/story")
        #expect(Pages.extract(body: body, hints: .init(url: "https://courier.example/a")).url == "https://courier.example/a")
    }

    @Test func readsTheLanguage() {
        let page = Array("<html lang=\"fr-FR\"><body>\(body)</body></html>".utf8)
        #expect(Pages.extractor.extract(page).language == "fr")
        #expect(Pages.extract(body: body, head: "<meta http-equiv=\"content-language\" content=\"de\">").language == "de")
        #expect(Pages.extract(body: body, head: "<meta property=\"og:locale\" content=\"en_US\">").language == "en")
        #expect(Pages.extract(body: body).language == nil)
    }

    @Test func stripsTheSiteNameFromTheTitle() {
        let head = "<title>River floods Marlow Bend - Valley Courier</title><meta property=\"og:site_name\" content=\"Valley Courier\">"
        let result = Pages.extract(body: body, head: head)
        #expect(result.title == "River floods Marlow Bend")
        #expect(result.outlet == "Valley Courier")
        #expect(MetadataExtractor.strippingSiteName("Valley Courier | River floods Marlow Bend", siteNames: ["Valley Courier"], bySize: true)
            == "River floods Marlow Bend")
        #expect(MetadataExtractor.strippingSiteName("River floods Marlow Bend | News | courier.example", siteNames: [], bySize: true)
            == "River floods Marlow Bend")
    }

    @Test func prefersTheTitleThatMatchesTheHeadline() {
        let head = "<meta property=\"og:title\" content=\"Floods: what you need to know (SEO)\"><title>Something else | Courier</title>"
        let result = Pages.extract(body: Pages.article("<h1>River floods Marlow Bend</h1>" + Pages.paragraphs.map { "<p>\($0)</p>" }.joined()), head: head)
        #expect(result.title == "River floods Marlow Bend")
        let og = Pages.extract(body: body, head: "<meta property=\"og:title\" content=\"River floods Marlow Bend\"><title>River floods | Courier</title>")
        #expect(og.title == "River floods Marlow Bend")
    }

    @Test func readsTheBylineAndOutlet() {
        let head = "<meta name=\"author\" content=\"By Ana Ruiz\"><meta name=\"application-name\" content=\"Courier App\">"
        let result = Pages.extract(body: body, head: head)
        #expect(result.byline == "Ana Ruiz")
        #expect(result.outlet == "Courier App")
        let fromElement = Pages.extract(body: Pages.article("<p class=\"byline\">By Tom Okafor</p>" + Pages.paragraphs.map { "<p>\($0)</p>" }.joined()))
        #expect(fromElement.byline == "Tom Okafor")
        #expect(!fromElement.text.contains("Okafor"))
        let hinted = Pages.extract(body: body, head: head, hints: .init(outlet: "Wire Service"))
        #expect(hinted.outlet == "Wire Service")
    }
}
