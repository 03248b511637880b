import Testing
@testable import SitrepKit

/// Each rule on lines written about something else than the seeds.
@Suite struct LineRuleTests {
    func line(_ text: String) -> TextLine {
        TextLine.lines(of: Array(text.unicodeScalars))[0]
    }

    let header = LineContext(inHeader: true)
    let body = LineContext(inHeader: false)

    @Test func bylines() {
        #expect(BylineRule().judge(line("By [Harbour Times](#)"), header) == .byline)
        #expect(BylineRule().judge(line("Articles by: **Harbour Times**"), body) == .byline)
        #expect(BylineRule.name(in: line("By [Harbour Times](#)")) == "Harbour Times")
        #expect(BylineRule().judge(line("By noon the river had risen two metres above its banks, officials said."), body) == nil)
        #expect(BylineRule().judge(line("By nightfall, the crews had gone."), body) == nil)
        #expect(BylineRule().judge(line("By the river"), body) == nil)
    }

    @Test func datelines() {
        #expect(DatelineRule().judge(line("Coastal Review, March 03, 2021"), header) == .dateline)
        #expect(DatelineRule().judge(line("Wed Mar 3, 2021 08:15:02"), header) == .dateline)
        #expect(DatelineRule().judge(line("[Harbour Times](#) 2 March 2021"), header) == .dateline)
        #expect(DatelineRule().judge(line("PUBLISHED: March 3, 2021 at 8:59 pm | UPDATED: March 4, 2021 at 10:16 am"), body) == .dateline)
        #expect(DatelineRule().judge(line("The dam failed on March 3, 2021 after heavy rain."), body) == nil)
    }

    @Test func metadataLabels() {
        #expect(MetadataLabelRule().judge(line("Topics: [Floods](#), [Climate](#)"), header) == .metadata)
        #expect(MetadataLabelRule().judge(line("Warning: the bridge is closed until Friday."), body) == nil)
        #expect(MetadataLabelRule().judge(line("More coverage: [Floods](#), [Rescue teams](#)"), header) == .metadata)
        #expect(MetadataLabelRule().judge(line("Update: the [bridge](#) is closed"), header) == nil)
    }

    @Test func legalNoticesAndPrompts() {
        #expect(BoilerplateRule().judge(line("Disclaimer: views here are the author's alone."), body) == .boilerplate)
        let longNotice = "This site contains copyrighted material the use of which has not always been authorized; "
            + String(repeating: "we make it available for research and education under fair use provisions ", count: 8)
        #expect(BoilerplateRule().judge(line(longNotice), body) == .boilerplate)
        #expect(BoilerplateRule().judge(line("[Follow us on social media](#)"), body) == .boilerplate)
        #expect(BoilerplateRule().judge(line("[**Subscribe to our newsletter**](#)"), body) == .boilerplate)
        let cookieNotice = "This website uses cookies to improve your experience while you navigate through the website. "
            + String(repeating: "Some of these are stored in your browser because they are needed for the basic functions of the site. ", count: 5)
        #expect(BoilerplateRule().judge(line(cookieNotice), body) == .boilerplate)
        let story = "The regulator fined the company on Monday after finding that its app collected location data for years "
            + "without asking, and that the privacy policy buried the practice in its small print, according to the ruling "
            + "published on Tuesday, which also ordered an audit of every partner that received the data over the period in question."
        #expect(BoilerplateRule().judge(line(story), body) == nil)
        #expect(BoilerplateRule().judge(line("Residents were told to subscribe to flood alerts by text message, the council said."), body) == nil)
    }

    @Test func attributions() {
        #expect(AttributionRule().judge(line("The original source of this article is [Valley Post](#)"), body) == .attribution)
        #expect(AttributionRule.outlet(in: line("The original source of this article is [Valley Post](#)")) == "Valley Post")
        #expect(AttributionRule.outlet(in: line("Copyright © [Valley Post](#), [Valley Post](#), 2021")) == "Valley Post")
        #expect(AttributionRule.outlet(in: line("Originally published by Valley Post on May 2")) == "Valley Post")
    }

    @Test func donationAppeals() {
        #expect(DonationAppealRule().judge(line("Please support our work: PayPal: fund@example.org or https://example.org/give"), body) == .donationAppeal)
        #expect(DonationAppealRule().judge(line("The charity said donations had doubled since the storm, helping 400 families."), body) == nil)
    }

    @Test func codeDumps() {
        #expect(CodeDumpRule().judge(line(#"string(52) "[{"id":"7","title":"Storm"},{"id":"8","title":"Flood"}]""#), body) == .codeDump)
        #expect(CodeDumpRule().judge(line(#"{"event":"flood","level":3,"areas":["north","east"],"ok":true}"#), body) == .codeDump)
        #expect(CodeDumpRule().judge(line("The array of sensors (about 40 of them) failed at 3:00; engineers restarted it."), body) == nil)
    }
}

@Suite struct AsideTests {
    func line(_ text: String) -> TextLine { TextLine.lines(of: ScalarText.scalars(of: text))[0] }
    let body = LineContext(inHeader: false)

    @Test func captionsAndCredits() {
        #expect(CaptionRule().judge(line("Map via [Coastal Institute](#) - [bigger](#)"), body) == .aside)
        #expect(CaptionRule().judge(line("Photo: Jane Roe for the Valley Post"), body) == .aside)
        #expect(CaptionRule().judge(line("Rescue boats wait at the pier on Monday. REUTERS/John Doe"), body) == .aside)
        #expect(CaptionRule().judge(line("The photo agency said on Monday it would cut 40 jobs in the region."), body) == nil)
    }

    @Test func anEmbeddedPostAndItsLinesAreOneAside() {
        let text = """
            The storm reached the coast before dawn, the weather office said in its morning bulletin today.
            Coast Watch @coastwatch · Mar 3
            Waves over the harbour wall #storm
            March 3, 6 AM
            pic.example.org/abc...
            Residents were told to stay indoors until the evening, and most schools closed for the whole day.
            """
        let lines = TextLine.lines(of: ScalarText.scalars(of: text))
        let found = EmbeddedPost.lines(lines, judged: Array(repeating: nil, count: lines.count))
        #expect(found == [1, 2, 3, 4])
        #expect(!EmbeddedPost.isPostHeader(line("Write to us at desk@example.org for corrections.")))
    }
}
