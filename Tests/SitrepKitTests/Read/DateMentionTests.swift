import Testing
@testable import SitrepKit

@Suite struct DateMentionTests {
    @Test func readsWrittenOutDates() {
        #expect(DateMention.all(in: "Valley Post, March 03, 2021").map(\.day) == ["2021-03-03"])
        #expect(DateMention.all(in: "posted 2 Mar 2021 and 2021-03-04").map(\.day) == ["2021-03-02", "2021-03-04"])
        #expect(DateMention.all(in: "Wed Mar. 3rd, 2021 08:15").map(\.day) == ["2021-03-03"])
        #expect(DateMention.first(in: "on Sept 30 2020")?.day == "2020-09-30")
    }

    @Test func rangesAreScalarOffsets() {
        let mention = DateMention.first(in: "Ḩalab, December 7, 2016")
        #expect(mention?.range == 7..<23)
    }

    @Test func readsOtherLanguagesWithTheirRanges() {
        let japanese = DateMention.all(in: "東京、2016年12月7日に発表")
        #expect(japanese.map(\.day) == ["2016-12-07"])
        #expect(japanese.first?.range == 3..<13)
        #expect(DateMention.all(in: "Publié le 7 décembre 2016.").map(\.range) == [10..<25])
    }

    @Test func rejectsImpossibleAndAmbiguousDates() {
        #expect(DateMention.all(in: "February 30, 2021").isEmpty)
        #expect(DateMention.all(in: "07/12/2016").isEmpty)
        #expect(DateMention.all(in: "May 2021").isEmpty)
    }
}
