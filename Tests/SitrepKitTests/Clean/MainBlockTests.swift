import Testing
@testable import SitrepKit

@Suite struct MainBlockTests {
    @Test func cutsTheArticleOutOfAWholePageDump() {
        let menu = ["Home", "World", "Business", "Sport", "Weather", "Search", "Sign in"].joined(separator: "\n")
        let body = """
            The ferry left the harbour at dawn with more than two hundred passengers on board, the port authority said.

            Storm warning
            Crews had checked the weather twice before departure and expected calm seas for most of the crossing.

            Passengers said the last hour was rough but nobody was hurt, and the ship docked on time at noon.
            """
        let footer = ["More from Travel", "Ten beaches to visit this summer", "Why trains are back in fashion",
                      "Contact us", "Careers", "Advertise"].joined(separator: "\n")
        let cleaned = TextCleaner().clean(ExtractedText(text: "Ferry Crosses in Storm\n\n" + menu + "\n\n" + body + "\n\n" + footer))
        #expect(cleaned.text.hasPrefix("The ferry left the harbour at dawn"))
        #expect(cleaned.text.hasSuffix("docked on time at noon."))
        #expect(cleaned.text.contains("Storm warning"))
        #expect(cleaned.removed.filter { $0.reason == .outsideBody }.count == 2)
    }

    @Test func teasersAndFlattenedMenusScoreAsFurniture() {
        func line(_ text: String) -> TextLine { TextLine.lines(of: ScalarText.scalars(of: text))[0] }
        let teaser = line("Engineers today released a new design for the bridge, which sits under the old one and provides a way to…")
        #expect(MainBlock.score(teaser) < 0)
        let menu = line("World Politics Business Markets Technology Science Health Sports Culture Travel Opinion Video Podcasts More")
        #expect(MainBlock.score(menu) < 0)
        let soup = line("Ferry fares rise in spring Bridge repairs finish early Council approves new budget for schools Storm damage bill reaches record Harbour reopens to cruise ships")
        #expect(MainBlock.score(soup) < 0)
        let prose = line("Engineers today released a new design for the bridge, which will carry two lanes of traffic and a cycle path.")
        #expect(MainBlock.score(prose) == prose.wordCount)
    }

    @Test func leavesShortTextsAlone() {
        let lines = TextLine.lines(of: ScalarText.scalars(of: "Menu\nA short note, with one sentence only."))
        #expect(MainBlock.range(of: lines, judged: Array(repeating: nil, count: lines.count)) == nil)
    }
}

@Suite struct TextLineTests {
    @Test func unspacedScriptsCountAsManyWords() {
        let line = TextLine.lines(of: ScalarText.scalars(of: "東京都は月曜日、新しい防災計画を発表し、住民に避難経路の確認を呼びかけた。"))[0]
        #expect(line.wordCount >= 15)
        #expect(line.endsSentence)
        #expect(line.isProse)
    }
}
