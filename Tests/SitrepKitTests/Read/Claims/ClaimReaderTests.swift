import Testing
@testable import SitrepKit

/// The claim reader's rules, on sentences written for these tests.
@Suite struct ClaimReaderTests {
    static let stage = ReadingStage([SentenceReader(), TokenReader(), EntityReader(), DateReader(), QuantityReader(),
                                     FigureContextReader(), ClaimReader(), FigureOwnerReader()])

    func read(_ text: String, published: String = "2022-03-08") -> Article {
        let scalars = Array(text.unicodeScalars)
        var paragraphs: [Span] = []
        var start = 0, i = 0
        while i < scalars.count {
            if scalars[i] == "\n" { if i > start { paragraphs.append(Span(start: start, end: i)) }; start = i + 1 }
            i += 1
        }
        if scalars.count > start { paragraphs.append(Span(start: start, end: scalars.count)) }
        let article = Article(id: "t", contentHash: "t", source: "t.txt", format: .text, outlet: "Daily Test",
                              published: PublicationDate(value: published, source: .container, reliable: true),
                              text: text, paragraphs: paragraphs)
        return Self.stage.read(article)
    }

    func parts(_ article: Article, _ n: Int = 0) -> (speaker: String?, cue: String, content: String)? {
        guard article.layers.claims.count > n else { return nil }
        let c = article.layers.claims[n].value
        return (c.speaker.map { String(article.text[$0]) }, String(article.text[c.cue]), String(article.text[c.content]))
    }

    @Test func speakerCueThatContent() throws {
        let a = read("Ukraine's defence ministry said on Tuesday that Russian forces had withdrawn from the village.")
        let p = try #require(parts(a))
        #expect(p.speaker == "Ukraine's defence ministry")
        #expect(p.cue == "said")
        #expect(p.content == "that Russian forces had withdrawn from the village")
        let claim = a.layers.claims[0].value
        #expect(claim.tense == .past && claim.stance == .assert && !claim.quote)
        #expect(claim.date.flatMap { a.layers.dates[$0] }?.value.value == "2022-03-08")
    }

    @Test func aQuoteFirstAndTheSpeakerAfterInEitherOrder() throws {
        let a = read("“We will not leave our homes,” said Maria Kovalenko, a teacher in Mariupol.")
        let p = try #require(parts(a))
        #expect(p.speaker == "Maria Kovalenko")
        #expect(p.content == "“We will not leave our homes,”")
        #expect(a.layers.claims[0].value.quote)
        let b = read("“The convoy reached the camp at dawn,” the aid worker said.")
        #expect(parts(b)?.speaker == "the aid worker")
    }

    @Test func aQuoteOverSeveralSentencesAndParagraphs() throws {
        let a = read("The commander spoke after the attack. He said: “The road is cut. We have no fuel.\n“We need help now.”\nThe rest was silence.")
        let claim = try #require(a.layers.claims.first).value
        #expect(String(a.text[claim.content]) == "“The road is cut. We have no fuel.\n“We need help now.”")
        #expect(claim.quote)
    }

    @Test func pronounsStandForTheLastPersonNamed() throws {
        let a = read("Colombian President Gustavo Petro met the rebels in Havana. He said the talks would resume in May.")
        let claim = try #require(a.layers.claims.first).value
        #expect(claim.speaker.map { String(a.text[$0]) } == "He")
        #expect(claim.speakerEntity == a.mention("Gustavo Petro")?.value.entity)
    }

    @Test func aDenialByItsCueOrItsNegatedProposition() throws {
        let denied = read("The junta denied that its troops had fired on the crowd in Mandalay.")
        #expect(denied.layers.claims.first?.value.stance == .deny)
        let negated = read("Houthi officials said no agreement had been reached on the prisoner exchange.")
        #expect(negated.layers.claims.first?.value.stance == .deny)
        let asserted = read("Houthi officials said an agreement had been reached on the prisoner exchange.")
        #expect(asserted.layers.claims.first?.value.stance == .assert)
    }

    @Test func hedgesAndAccordingTo() throws {
        let a = read("According to local officials, 14 people were reportedly killed in the raid near Gao.")
        let p = try #require(parts(a))
        #expect(p.speaker == "local officials")
        #expect(p.cue == "According to")
        #expect(p.content.hasPrefix("14 people were reportedly killed"))
        #expect(a.layers.claims[0].value.hedge == "reportedly")
        let b = read("The strike killed 40 fighters, according to the Syrian Observatory for Human Rights.")
        #expect(parts(b)?.content == "The strike killed 40 fighters")
    }

    @Test func aRelayedClaimKeepsItsRelay() throws {
        let a = read("The Kenyan daily quoted police sources as saying that 12 protesters were arrested in Nairobi.")
        let claim = try #require(a.layers.claims.first).value
        #expect(claim.speaker.map { String(a.text[$0]) } == "police sources")
        guard case .outlet(let outlet, _)? = claim.via else { Issue.record("no relay"); return }
        #expect(String(a.text[outlet]) == "The Kenyan daily")
        let b = read("The army had withdrawn, the minister said in comments carried by state television.")
        guard case .outlet(let carrier, _)? = b.layers.claims.first?.value.via else { Issue.record("no relay"); return }
        #expect(String(b.text[carrier]) == "state television")
    }

    @Test func figuresInAClaimAreItsSpeakers() throws {
        let a = read("At least 30 houses burned overnight. Police said 200 people had fled to the church.")
        let figures = a.layers.quantities
        let fled = try #require(figures.first { String(a.text[$0.span]).contains("200") })
        let houses = try #require(figures.first { String(a.text[$0.span]).contains("30") })
        #expect(fled.value.claim == AnnotationID(layer: .claims, index: 0))
        #expect(houses.value.claim == nil)
    }

    @Test func noClaimWithoutAReportingCue() {
        #expect(read("Floodwater covered the main road in Dhaka on Monday.").layers.claims.isEmpty)
        #expect(read("The United States and Canada signed the trade pact.").layers.claims.isEmpty)
        #expect(read("Aid was declared urgent by the council.").layers.claims.isEmpty)
    }
}
