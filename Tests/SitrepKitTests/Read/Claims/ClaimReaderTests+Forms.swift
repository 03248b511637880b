import Testing
@testable import SitrepKit

/// Claims whose cue is no plain "said": a name and a colon, a signed quote, a call for something,
/// judging and naming verbs, a participle hung on its clause, findings, plural speakers, and
/// typewriter quotation marks. Sentences written for these tests.
extension ClaimReaderTests {
    @Test func aNameAndAColonOpeningAParagraph() throws {
        let a = read("Tinubu: Fuel subsidy is gone for good\nThe president spoke in Abuja on Monday.")
        let p = try #require(parts(a))
        #expect(p.speaker == "Tinubu" && p.cue == ":" && p.content == "Fuel subsidy is gone for good")
        let transcript = read("Protest organisers gathered in Lima.\nCASTILLO: We will not step down while the people are in the streets.")
        #expect(parts(transcript)?.speaker == "CASTILLO")
        // A page's label or a headline in title case is nobody speaking.
        #expect(read("UPDATE: Troops left the border town of Kidal on Monday.").layers.claims.isEmpty)
        #expect(read("Veto Power Impedes Peace Efforts: The council failed again on Tuesday.").layers.claims.isEmpty)
    }

    @Test func aQuoteSignedWithADash() throws {
        let a = read("“They burned the market and the school. Nothing is left of our village.” ― Amina Yusuf")
        let p = try #require(parts(a))
        #expect(p.speaker == "Amina Yusuf" && p.cue == "―")
        #expect(p.content == "“They burned the market and the school. Nothing is left of our village.”")
        #expect(a.layers.claims[0].value.quote)
        // A dash that a sentence goes on after signs nothing.
        #expect(read("“Leave now” ― the order came at dawn, and the villagers of Marib left.").layers.claims.isEmpty)
    }

    @Test func aCallForSomething() throws {
        let a = read("The teachers' union called for a general strike across Sri Lanka on Thursday.")
        let p = try #require(parts(a))
        #expect(p.speaker == "The teachers' union" && p.cue == "called for")
        #expect(p.content == "a general strike across Sri Lanka on Thursday")
        let on = read("Rights groups called on the junta to free the detained protesters in Mandalay.")
        #expect(parts(on)?.content == "the junta to free the detained protesters in Mandalay")
        // A name given to a group is no claim.
        #expect(read("A militia called Mai-Mai for short controls the road.").layers.claims.isEmpty)
    }

    @Test func judgingAndNamingVerbsTakeANounPhrase() throws {
        let condemned = read("Ukraine's foreign ministry condemned the strike on the hospital in Kharkiv, calling it a war crime.")
        #expect(parts(condemned)?.content == "the strike on the hospital in Kharkiv")
        #expect(parts(condemned, 1)?.cue == "calling" && parts(condemned, 1)?.content == "it a war crime")
        #expect(parts(condemned, 1)?.speaker == "Ukraine's foreign ministry")
        let named = read("Opposition leaders called the referendum a sham staged by the military.")
        #expect(parts(named)?.content == "the referendum a sham staged by the military")
        let described = read("The mediator described the talks in Doha as constructive.")
        #expect(parts(described)?.content == "the talks in Doha as constructive")
        // Calling someone, questioning people, describing without "as": no claim.
        #expect(read("The governor called the National Guard to the capital.").layers.claims.isEmpty)
        #expect(read("Police questioned three men after the riot in Dhaka.").layers.claims.isEmpty)
        #expect(read("The witness described the attack.").layers.claims.isEmpty)
        // A judging verb after its object ("…, condemned the ministry") names no speaker.
        #expect(read("The shelling of Kramatorsk, condemned the ministry.").layers.claims.isEmpty)
    }

    @Test func aParticipleTakesTheSpeakerOfItsClause() throws {
        let a = read("“We see no link to the separatists,” the mayor of Bilbao said, adding that the inquiry would take weeks.")
        #expect(a.layers.claims.count == 2)
        #expect(parts(a, 1)?.cue == "adding" && parts(a, 1)?.speaker == "the mayor of Bilbao")
        #expect(parts(a, 1)?.content == "that the inquiry would take weeks")
        // Past an opening adverbial, and after a preposition.
        let b = read("During a rally in Nairobi, Odinga attacked the tax bill, saying it would starve the poor.")
        #expect(parts(b)?.speaker == "Odinga" && parts(b)?.content == "it would starve the poor")
        let c = read("A judge in Islamabad rejected the petition by saying the court had no say over the army.")
        #expect(parts(c, 1)?.cue == "saying" && parts(c, 1)?.speaker == "A judge in Islamabad")
        // The participle after a clause that already reports ends that clause's content.
        let d = read("The army said it had retaken the bridge, adding that 40 rebels were captured.")
        #expect(parts(d)?.content == "it had retaken the bridge")
        #expect(parts(d, 1)?.content == "that 40 rebels were captured")
    }

    @Test func findingsWithoutThat() throws {
        let a = read("The latest survey shows most residents of Goma want the peacekeepers to stay.")
        #expect(parts(a)?.content == "most residents of Goma want the peacekeepers to stay")
        #expect(read("State television showed images of the burned convoy near Mekelle.").layers.claims.isEmpty)
        #expect(read("The army showed them the way out of the town.").layers.claims.isEmpty)
    }

    @Test func pluralSpeakersMakeABaseFormFinite() throws {
        let a = read("Many lawmakers say the sanctions on Caracas have failed.")
        #expect(parts(a)?.speaker == "Many lawmakers" && parts(a)?.content == "the sanctions on Caracas have failed")
        let b = read("Many voters said they had doubts about Mrs. Ardern's plan.")
        #expect(parts(b)?.speaker == "Many voters")
        // An adverb is no plural: "always say" is no cue of its own after "they".
        #expect(read("Negotiations always say something to the public.").layers.claims.isEmpty)
        // With no speaker before the cue, a clause after it is its content, not an inverted speaker.
        let c = read("Earlier in the week said they had cancelled the march in Tbilisi.")
        #expect(c.layers.claims.allSatisfy { $0.value.speaker.map { String(c.text[$0]) } != "they had cancelled the march in Tbilisi" })
    }

    @Test func aVerbOfContinuingReportsOnlyAQuote() throws {
        let a = read("She continued, “We will march again on Saturday in Belgrade.”")
        #expect(parts(a)?.speaker == "She" && parts(a)?.content == "“We will march again on Saturday in Belgrade.”")
        #expect(read("The fighting continued through the night near Bakhmut.").layers.claims.isEmpty)
    }

    @Test func typewriterQuotationMarks() throws {
        let a = read("''The ceasefire is holding,'' said Mr. Guterres. ''The guns are silent in Tripoli.''")
        let p = try #require(parts(a))
        #expect(p.speaker == "Mr. Guterres")
        #expect(p.content.hasPrefix("''The ceasefire is holding,''") && p.content.hasSuffix("''The guns are silent in Tripoli.''"))
        #expect(a.layers.claims[0].value.quote)
        let backticks = read("``We have left Mosul,'' a commander told reporters.")
        #expect(parts(backticks)?.content == "``We have left Mosul,''")
    }

    @Test func respondingToSomeoneIsNoContent() throws {
        let a = read("The president responded to the mothers of the missing by saying the search in Guerrero would go on.")
        #expect(a.layers.claims.count == 1)
        #expect(parts(a)?.cue == "saying" && parts(a)?.speaker == "The president")
    }

    @Test func aColonClosingAParagraphAnnouncesTheNextOneWhole() throws {
        let a = read("The spokesman for the Sahel alliance added:\nThe borders of Mali and Niger will stay closed to the convoys.")
        #expect(parts(a)?.content == "The borders of Mali and Niger will stay closed to the convoys.")
    }

    @Test func aSecondReportingVerbOpensAClaimOfItsOwn() throws {
        let a = read("Election monitors said the count in Harare was slow, though they noted no fraud had been found.")
        #expect(a.layers.claims.count == 2)
        #expect(parts(a)?.content == "the count in Harare was slow")
        #expect(parts(a, 1)?.speaker == "they" && parts(a, 1)?.content == "no fraud had been found")
        // With no subject of its own, the second verb is the first one's speaker's.
        let b = read("Union leaders say the strike in Santiago will go on but warned that talks could resume on Monday.")
        #expect(parts(b)?.content == "the strike in Santiago will go on")
        #expect(parts(b, 1)?.speaker == "Union leaders" && parts(b, 1)?.cue == "warned")
        // A verb that reports nothing does not cut the content.
        let c = read("The army said it had retaken the bridge and killed 40 rebels near Izium.")
        #expect(c.layers.claims.count == 1)
        #expect(parts(c)?.content == "it had retaken the bridge and killed 40 rebels near Izium")
    }

    @Test func shareOfPeopleAndThePoliceSpeak() throws {
        let a = read("In the poll, 63 percent said the curfew in Lagos should be lifted.")
        #expect(parts(a)?.speaker == "63 percent")
        let b = read("Police say the crowd in Minneapolis threw stones at the station.")
        #expect(parts(b)?.speaker == "Police" && parts(b)?.content == "the crowd in Minneapolis threw stones at the station")
    }
}

