import Testing
@testable import SitrepKit

/// Wire datelines: read into place and agency, removed when they stand alone, never a title,
/// and the lead sentence after them kept.
@Suite struct DatelineTests {
    func read(_ text: String) -> WireDateline.Reading? { WireDateline.read(text) }

    @Test func readsPlaceRegionDateAndAgency() {
        #expect(read("KHARTOUM (AP) --") == .init(place: "KHARTOUM", agency: "AP", length: 16, isWholeLine: true))
        #expect(read("GOMA, Congo (Reuters) —")?.place == "GOMA, Congo")
        #expect(read("PORT-AU-PRINCE, Haiti (AFP) _")?.agency == "AFP")
        #expect(read("ST. JOHN'S, N.L. (CP)--")?.place == "ST. JOHN'S, N.L.")
        let dated = read("ADDIS ABABA, May 4 (Xinhua) --")
        #expect(dated?.place == "ADDIS ABABA")
        #expect(dated?.date == "May 4")
        #expect(dated?.agency == "Xinhua")
        #expect(read("SANAA _")?.place == "SANAA")
        #expect(read("(Anadolu Agency) –")?.agency == "Anadolu Agency")
        #expect(read("(Anadolu Agency) –")?.place == nil)
    }

    @Test func readsADatelineOpeningTheStory() {
        let inline = read("TBILISI, Georgia (AP) — Thousands marched through the capital on Sunday.")
        #expect(inline?.isWholeLine == false)
        #expect(inline?.length == "TBILISI, Georgia (AP) —".unicodeScalars.count)
        #expect(read("(Reuters) Rebels shelled the airport overnight, residents said.")?.agency == "Reuters")
        #expect(read("BAMAKO - Gunmen attacked a hotel in the capital.")?.place == "BAMAKO")
    }

    @Test func sentencesHeadlinesAndHeadingsAreNoDatelines() {
        #expect(read("UN officials said the talks would resume.") == nil)
        #expect(read("UN (United Nations) officials said the talks would resume.")?.agency == "United Nations")
        #expect(read("TRIPOLI") == nil)
        #expect(read("(Undated)") == nil)
        #expect(read("TRIPOLI, Libya") == nil)
        #expect(read("FLOOD WARNING FOR THE DELTA") == nil)
        #expect(read("NATO (the alliance) met") == nil)
        #expect(read("ANKARA-based analysts disagreed.") == nil)
        #expect(read("The army (AP) said") == nil)
    }

    @Test func aDatelineOnItsOwnLineIsRemovedAndRead() {
        let text = "TEGUCIGALPA, Honduras (AP) --\n\nTwo buses collided on the highway.\n\nFive people were hurt, the Red Cross said, and the road was closed for hours."
        let cleaned = TextCleaner().clean(ExtractedText(text: text))
        // The lead sentence after it stays, though it is short enough to pass for a headline.
        #expect(cleaned.text.hasPrefix("Two buses collided on the highway."))
        #expect(cleaned.title == nil)
        #expect(cleaned.removed.map(\.reason) == [.dateline])
        let dateline = cleaned.dateline
        #expect(dateline?.place == "TEGUCIGALPA, Honduras")
        #expect(dateline?.agency == "AP")
        #expect(dateline?.isOwnLine == true)
        #expect(dateline.map { ScalarText(text)[$0.span] } == "TEGUCIGALPA, Honduras (AP) --")
        #expect(cleaned.outlet == "AP")
    }

    @Test func aShortDatedLeadAfterTheDatelineIsKept() {
        let text = "KISMAYO, Somalia (AP) --\nGunmen killed three aid workers on Dec. 4, 2019.\nThe charity said its convoy was attacked on the road to the airport, and that two staff members were missing."
        let cleaned = TextCleaner().clean(ExtractedText(text: text))
        #expect(cleaned.text.hasPrefix("Gunmen killed three aid workers on Dec. 4, 2019."))
        #expect(cleaned.removed.map(\.text) == ["KISMAYO, Somalia (AP) --"])
        func line(_ text: String) -> TextLine { TextLine.lines(of: ScalarText.scalars(of: text))[0] }
        #expect(DatelineRule().judge(line("Gunmen killed three aid workers on Dec. 4, 2019."), LineContext(inHeader: true)) == nil)
        #expect(DatelineRule().judge(line("Correction: October 2, 2019, Sunday."), LineContext(inHeader: true)) == .dateline)
    }

    @Test func aHeadlineAboveTheDatelineIsStillTheTitle() {
        let text = "Buses Collide On Highway\nTEGUCIGALPA (AP) --\nTwo buses collided on the highway on Monday, the Red Cross said."
        let cleaned = TextCleaner().clean(ExtractedText(text: text))
        #expect(cleaned.title == "Buses Collide On Highway")
        #expect(cleaned.text == "Two buses collided on the highway on Monday, the Red Cross said.")
        #expect(cleaned.dateline?.place == "TEGUCIGALPA")
    }

    @Test func aDatelineOpeningTheFirstParagraphStaysInTheText() {
        let text = "Quake Shakes Coast\n\nLIMA, Peru (Andes Wire) — A strong earthquake struck the south on Sunday, officials said."
        let cleaned = TextCleaner().clean(ExtractedText(text: text))
        #expect(cleaned.text.hasPrefix("LIMA, Peru (Andes Wire) — A strong earthquake"))
        #expect(cleaned.dateline?.isOwnLine == false)
        #expect(cleaned.dateline?.place == "LIMA, Peru")
        #expect(cleaned.dateline.map { ScalarText(text)[$0.span] } == "LIMA, Peru (Andes Wire) —")
        #expect(cleaned.outlet == "Andes Wire")
    }
}

/// `label: number` rows: tables of figures stay with the article.
@Suite struct LabelledFigureTests {
    @Test func rows() {
        #expect(LabelledFigure.isRow("Total dead: 57"))
        #expect(LabelledFigure.isRow("Displaced: 12,400 people"))
        #expect(LabelledFigure.isRow("- Upper Nile: 3,105 (provisional)"))
        #expect(LabelledFigure.isRow("Share of homes damaged: 38%"))
        #expect(LabelledFigure.isRow("Deaths since March 2011: 4,120"))
    }

    @Test func notRows() {
        #expect(!LabelledFigure.isRow("Updated: 10:42"))
        #expect(!LabelledFigure.isRow("Comments: 12"))
        #expect(!LabelledFigure.isRow("Date: 12/03/2021"))
        #expect(!LabelledFigure.isRow("Previous Post: 2019 Yamaha Tenere Review"))
        #expect(!LabelledFigure.isRow("Warning: the bridge is closed until Friday."))
        #expect(!LabelledFigure.isRow("The figures: 12 dead and 40 hurt in the blast, the police said on Monday evening."))
    }

    static let page = """
        Home
        World
        Sport
        Weather
        Sign in

        Heavy rain caused landslides across the northern hills this week, and rescue teams are still searching several villages, the disaster agency said.

        Roads to the worst-hit valleys were blocked, and helicopters dropped food and water to families cut off since Tuesday, officials said.

        The agency gave these figures on Friday:
        Total dead: 57
        Injured: 212
        Missing: 30

        More from World
        Contact us
        Careers
        """

    @Test func aTableClosingTheArticleIsKept() {
        let cleaned = TextCleaner().clean(ExtractedText(text: Self.page))
        #expect(cleaned.text.hasSuffix("The agency gave these figures on Friday:\n\nTotal dead: 57\n\nInjured: 212\n\nMissing: 30"))
        #expect(!cleaned.text.contains("Careers"))
        #expect(cleaned.removed.filter { $0.reason == .outsideBody }.map(\.text).allSatisfy { !$0.contains("Injured") })
    }

    @Test func aTableInsideTheArticleIsKept() {
        let page = Self.page.replacingOccurrences(of: "Roads to the worst-hit", with: "Casualties by district:\nHill district: 31\nRiver district: 26\nLake district: 9\n\nRoads to the worst-hit")
        let cleaned = TextCleaner().clean(ExtractedText(text: page))
        #expect(cleaned.text.contains("Hill district: 31\n\nRiver district: 26"))
        #expect(cleaned.text.contains("Roads to the worst-hit valleys"))
    }

    @Test func aRowIsNoDatelineLabelOrPrompt() {
        func line(_ text: String) -> TextLine { TextLine.lines(of: ScalarText.scalars(of: text))[0] }
        let body = LineContext(inHeader: false)
        #expect(DatelineRule().judge(line("Killed since January 2020: 1,310"), body) == nil)
        #expect(MetadataLabelRule().judge(line("Section: 4,120"), body) == nil)
        #expect(CaptionRule().judge(line("Credit: 2,300"), body) == nil)
        #expect(BoilerplateRule().judge(line("Registered: 5,600"), body) == nil)
    }
}
