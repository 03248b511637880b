import Testing
@testable import SitrepKit

@Suite struct TextCleanerTests {
    func clean(_ text: String, title: String? = nil) -> CleanedText {
        TextCleaner().clean(ExtractedText(text: text, title: title))
    }

    @Test func findsTitleBylineAndBody() {
        let cleaned = clean("""
            River Breaches Levee Near Town

            By [Harbour Times](#)

            Valley Post, May 04, 2021

            [Harbour Times](#) 3 May 2021

            Water poured through a gap in the levee on Monday, forcing hundreds of families to leave their homes.

            Engineers said repairs could take a week.
            """)
        #expect(cleaned.title == "River Breaches Levee Near Town")
        #expect(cleaned.byline == "Harbour Times")
        #expect(cleaned.outlet == "Harbour Times")
        #expect(cleaned.republication == Republication(kind: .republished, by: "Valley Post", on: "2021-05-04"))
        #expect(cleaned.published?.day == "2021-05-03")
        #expect(cleaned.text == """
            Water poured through a gap in the levee on Monday, forcing hundreds of families to leave their homes.

            Engineers said repairs could take a week.
            """)
        #expect(cleaned.paragraphs.count == 2)
        #expect(cleaned.removed.map(\.reason).filter { $0 != .markup } == [.title, .byline, .dateline])
    }

    @Test func removedSegmentsPointIntoTheRawText() {
        let raw = "Headline Here\n\nFirst sentence of the story is long enough to count as prose here.\n\nDisclaimer: opinions are the author's."
        let cleaned = clean(raw)
        let scalars = ScalarText(raw)
        for segment in cleaned.removed {
            #expect(scalars[segment.span] == segment.text)
        }
        #expect(cleaned.removed.contains { $0.reason == .boilerplate && $0.text.hasPrefix("Disclaimer") })
    }

    @Test func aTitlePrintedTwiceIsRemovedBothTimes() {
        let cleaned = clean("Storm Nears Coast\n\nStorm Nears Coast\nMon Sep 6, 2021 10:00:00\n\nThe storm is expected to make landfall tonight, forecasters said on Monday.")
        #expect(cleaned.text == "The storm is expected to make landfall tonight, forecasters said on Monday.")
        // Both copies go, as one run of title lines.
        let titles = cleaned.removed.filter { $0.reason == .title }
        #expect(titles.count == 1)
        #expect(titles.first?.text.components(separatedBy: "Storm Nears Coast").count == 3)
        #expect(cleaned.published?.day == "2021-09-06")
    }

    @Test func aBodyPastedTwiceAppearsOnce() {
        let body = """
            The council met on Tuesday to discuss the flood defences for the town.
            Members voted to spend more on pumps and sandbags this winter season.
            The mayor said the decision came after the worst floods in a decade.
            Residents welcomed the vote but asked for faster action from officials.
            """
        let cleaned = clean("Council Votes on Floods\n" + body + "\n" + body)
        #expect(cleaned.paragraphs.count == 4)
        #expect(cleaned.removed.contains { $0.reason == .repeatedBody })
    }

    @Test func aTrailingListOfPostsIsASidebar() {
        var text = "Bridge Reopens\nThe bridge reopened on Friday after three months of repairs, the city said.\n"
            + "Traffic was light in the morning but grew by noon, according to police officers.\n"
        for hour in 1...10 { text += "Today at \(hour):05 am by Moderator\n» Headline number \(hour) about something else\n" }
        let cleaned = clean(text)
        #expect(cleaned.paragraphs.count == 2)
        #expect(cleaned.text.hasSuffix("according to police officers."))
        #expect(cleaned.removed.contains { $0.reason == .sidebar })
    }

    @Test func aParagraphBrokenByABlankLineIsMended() {
        let cleaned = clean("Title Line\n\nSince the start of the month some\n\n3,000 people have left the district, aid groups said.")
        #expect(cleaned.text == "Since the start of the month some 3,000 people have left the district, aid groups said.")
    }

    @Test func hardWrappedBlocksBecomeOneParagraph() {
        let cleaned = clean("""
            Notes From the Field

            The convoy left the capital early in the morning and reached the
            border crossing a little after noon, where it waited for hours for
            clearance from both sides before it could move on.
            """)
        #expect(cleaned.paragraphs.count == 1)
        #expect(cleaned.text.hasPrefix("The convoy left the capital early in the morning and reached the border crossing"))
    }

    @Test func aWireCreditNamesTheOutlet() {
        let cleaned = clean("Quake Hits Region\nA photo caption about rescuers at work.\nLIMA (Andes Wire) - A strong earthquake struck the south on Sunday, officials said.")
        #expect(cleaned.outlet == "Andes Wire")
    }
}

@Suite struct TextCleanerTitleTests {
    @Test func aFirstLineIsTheTitleOnlyWhenAskedToInferOne() {
        let text = "Short opening line\n\nThe second paragraph carries on with the story, officials said on Monday."
        #expect(TextCleaner().clean(ExtractedText(text: text)).title == "Short opening line")
        let fromHTML = TextCleaner().clean(ExtractedText(text: text), scrapedText: false)
        #expect(fromHTML.title == nil)
        #expect(fromHTML.text.hasPrefix("Short opening line"))
    }
}

@Suite struct ForumRepostTests {
    @Test func forumMarkupAndPostListsMarkARepost() {
        var text = "[b]Bridge Reopens[/b]\nThe bridge reopened on Friday after three months of repairs, the city said.\n"
            + "Traffic was light in the morning but grew by noon, according to police officers.\n"
        for day in 1...9 { text += "Mon 0\(day) Mar 2021, 5:0\(day) am by Moderator\n» Another thread title number \(day)\n" }
        let cleaned = TextCleaner().clean(ExtractedText(text: text))
        #expect(cleaned.republication == Republication(kind: .forumRepost, on: "2021-03-09"))
        #expect(cleaned.title == "Bridge Reopens")
    }

    @Test func plainTextIsNoRepost() {
        let cleaned = TextCleaner().clean(ExtractedText(text: "Title\n\nThe bridge reopened on Friday after repairs, the city said in a statement."))
        #expect(cleaned.republication == nil)
    }
}

@Suite struct DatelineChoiceTests {
    @Test func theDatelineAboveTheBodyDatesAPageDump() {
        let page = """
            Ferry Crosses in Storm

            Archive, 2 January 2009

            Harbour desk, 14 March 2021

            The ferry left the harbour at dawn with more than two hundred passengers on board, the port authority said.

            Passengers said the last hour was rough but nobody was hurt, and the ship docked on time at noon today.

            Older stories, 5 May 2011
            """
        #expect(TextCleaner().clean(ExtractedText(text: page)).published?.day == "2021-03-14")
    }
}

/// A photo caption closing a one-paragraph report goes; the report stays.
@Suite struct TrailingCaptionTests {
    @Test func aCaptionClosingAReportIsSetAsideAndTheReportKept() {
        let report = "Two car bombs exploded near a market in the south of the city on Friday, killing at least 14 people, "
            + "police said. Hospital officials said dozens were wounded. Shoppers gather near the scene of the blast. Pic/AFP"
        let cleaned = TextCleaner().clean(ExtractedText(text: report))
        #expect(cleaned.text == "Two car bombs exploded near a market in the south of the city on Friday, killing at least 14 people, "
            + "police said. Hospital officials said dozens were wounded.")
        #expect(cleaned.removed.map(\.reason) == [.aside])
        #expect(cleaned.removed.first?.text == "Shoppers gather near the scene of the blast. Pic/AFP")
    }

    @Test func aReportOfOneSentenceAloneIsKept() {
        let cleaned = TextCleaner().clean(ExtractedText(text: "A bridge collapsed in the north of the province on Sunday, officials said. Divers search the river. AFP/Ana Ruiz"))
        #expect(cleaned.text == "A bridge collapsed in the north of the province on Sunday, officials said.")
    }

    @Test func aCaptionOfItsOwnIsStillAnAside() {
        let text = """
            The river rose two metres overnight and flooded the lower town, the mayor said on Monday morning.

            Volunteers fill sandbags by the river in the lower town on Monday, October 9, 2023. (AP Photo/Ana Ruiz)

            Schools were closed, and the army sent boats to bring out families trapped on the upper floors.
            """
        let cleaned = TextCleaner().clean(ExtractedText(text: text))
        #expect(!cleaned.text.contains("Volunteers"))
        #expect(cleaned.removed.map(\.reason) == [.aside])
    }

    @Test func nothingButCaptionsLeavesTheProse() {
        // Every line looks like a caption, yet a document is never cleaned away whole.
        let cleaned = TextCleaner().clean(ExtractedText(text: "Rescuers dig through the rubble of the school in the capital. REUTERS/Lee Park"))
        #expect(!cleaned.text.isEmpty)
    }
}

/// Rules on wire copy's and letters' shapes.
@Suite struct WireCopyTests {
    @Test func aQuotationClosedWithApostrophesEndsASentence() {
        func line(_ text: String) -> TextLine { TextLine.lines(of: ScalarText.scalars(of: text))[0] }
        #expect(line("``We will rebuild the town,'' the governor said. ``Nobody will be left behind.''").endsSentence)
        #expect(line("He called it ``a turning point.'").endsSentence)
        #expect(!line("the so-called ``safe zones''").endsSentence)
    }

    @Test func aQuotedParagraphClosingAStoryIsKept() {
        var page = ["Home", "World", "Sport", "Weather", "Video", "Search"].joined(separator: "\n") + "\n\n"
        page += "The governor toured the flooded districts on Tuesday and promised money to rebuild the bridges that the river carried away last week.\n\n"
        page += "``Nobody will be left behind,'' he told reporters in the town square. ``We will rebuild every house.''\n"
        let cleaned = TextCleaner().clean(ExtractedText(text: page))
        #expect(cleaned.text.hasSuffix("``We will rebuild every house.''"))
    }

    @Test func aClauseIntroducingAQuotationIsNoPrompt() {
        func line(_ text: String) -> TextLine { TextLine.lines(of: ScalarText.scalars(of: text))[0] }
        let body = LineContext(inHeader: false)
        #expect(BoilerplateRule().judge(line("Asked to comment on the ruling, a ministry spokeswoman said:"), body) == nil)
        #expect(BoilerplateRule().judge(line("Comment on this story:"), body) == .boilerplate)
        #expect(BoilerplateRule().judge(line("Sign up for our newsletter to get the latest news:"), body) == .boilerplate)
    }
}
