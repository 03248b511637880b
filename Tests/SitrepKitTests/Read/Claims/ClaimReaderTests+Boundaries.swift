import Testing
@testable import SitrepKit

/// Where a claim's parts begin and end, and when a reporting verb is no claim: rules met in news
/// wires and written here with sentences of their own.
extension ClaimReaderTests {
    @Test func aNegationInALaterSentenceOfTheQuoteDeniesAndAFutureOneDoesNot() throws {
        let later = read("“Talks are continuing. No deal has been signed yet,” the spokesman for the Sudanese army said.")
        #expect(later.layers.claims.first?.value.stance == .deny)
        let promise = read("The ministry said nobody will be harmed at the checkpoints in Kherson.")
        #expect(promise.layers.claims.first?.value.stance == .assert)
        let wont = read("Protest leaders said they won't leave the square in Colombo.")
        #expect(wont.layers.claims.first?.value.stance == .assert)
    }

    @Test func aRelayAfterTheAttributionIsNoSecondSpeaker() throws {
        let a = read("“The corridor is open. It has not yet been used,” he said in comments reported by Interfax.")
        #expect(a.layers.claims.count == 1)
        let claim = try #require(a.layers.claims.first).value
        #expect(claim.speaker.map { String(a.text[$0]) } == "he")
        #expect(claim.stance == .deny)
        guard case .outlet(let outlet, _)? = claim.via else { Issue.record("no relay"); return }
        #expect(String(a.text[outlet]) == "Interfax")
    }

    @Test func aNameWithConnectorsBeforeItsApposition() throws {
        let a = read("The Norwegian Refugee Council for East Africa, an aid group, said 300 civilians were killed in Tigray.")
        #expect(parts(a)?.speaker?.hasPrefix("Norwegian Refugee Council for East Africa") == true)
    }

    @Test func aRelativeClauseStaysInTheSpeakersPhrase() throws {
        let a = read("A commander of the militias that are present in Goma said the road to Rutshuru was open.")
        #expect(parts(a)?.speaker == "A commander of the militias that are present in Goma")
    }

    @Test func aColonClosingItsParagraphAnnouncesTheNextQuote() throws {
        let a = read("Asked about the curfew, a police officer in Yangon said:\n“We will keep the roads closed until Friday.”")
        #expect(a.layers.claims.count == 1)
        let p = try #require(parts(a))
        #expect(p.speaker == "a police officer in Yangon")
        #expect(p.content == "“We will keep the roads closed until Friday.”")
        // Announced before and attributed after, the quote is still one claim.
        let b = read("A resident of Mariupol said:\n“There is no water left,” said the resident, a teacher.")
        #expect(b.layers.claims.count == 1)
    }

    @Test func verbsThatReportOnlyAClause() {
        #expect(read("State television showed footage of tanks entering Bakhmut.").layers.claims.isEmpty)
        #expect(read("The fall of Kidal threatens to deepen the crisis in the Sahel.").layers.claims.isEmpty)
        #expect(read("The survey showed that 60 percent of residents had fled Khartoum.").layers.claims.count == 1)
    }
}
