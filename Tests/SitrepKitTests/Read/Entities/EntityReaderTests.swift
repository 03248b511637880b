import Testing
@testable import SitrepKit

/// Every rule of the name reader, on sentences about other conflicts and places.
@Suite struct EntityReaderTests {
    @Test func aTitleMakesAPersonAndIsKeptAsTheRole() throws {
        let a = readEntities("Ukrainian Deputy Defence Minister Hanna Maliar said the line held near the river.")
        let person = try #require(a.mention("Hanna Maliar"))
        #expect(person.value.kind == .person)
        #expect(person.value.role.map { String(a.text[$0]) } == "Deputy Defence Minister")
        #expect(a.mention("Ukrainian")?.value.entity == .nationality(countryCode: "UA"))
    }

    @Test func rolesThroughOfAndLowercaseRoles() throws {
        let a = readEntities("US Secretary of State Antony Blinken met the junta's spokesman Zaw Min Tun in private.")
        #expect(a.mention("Antony Blinken")?.value.role.map { String(a.text[$0]) } == "Secretary of State")
        #expect(a.mention("Zaw Min Tun")?.value.role.map { String(a.text[$0]) } == "spokesman")
        #expect(a.kind(of: "Zaw Min Tun") == .person)
        #expect(a.mention("US") != nil)
    }

    @Test func aRoleWithNoNameAfterItNamesNoOne() {
        let a = readEntities("The French Foreign Minister says the talks in Bamako failed.")
        #expect(a.mention("French")?.value.kind == .nationality)
        #expect(!a.mentionList.contains { $0.hasPrefix("French Foreign Minister") || $0.hasPrefix("Foreign Minister") })
    }

    @Test func aSurnameAloneIsThePersonNamedInFull() {
        let a = readEntities("Colombian President Gustavo Petro spoke in Cali. Later Petro said the ceasefire would hold.")
        let ids = a.layers.mentions.filter { a.text[$0.span].hasSuffix("Petro") }.map(\.value.entity)
        #expect(ids.count == 2)
        #expect(Set(ids).count == 1)
        #expect(ids.first.map { a.layers.entities[$0]?.name } == "Gustavo Petro")
    }

    @Test func connectorsAndArticlesStayInsideOneName() {
        let a = readEntities("Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked a convoy, said Staffan van der Berg, an analyst.")
        #expect(a.kind(of: "Jama'at Nusrat al-Islam wal-Muslimin") != nil)
        #expect(a.kind(of: "Staffan van der Berg") == .person)
    }

    @Test func headNounsMakeOrganisations() {
        let a = readEntities("Clashes between the Arakan Army and the Kachin Independence Army continued, the Ministry of Defence said.")
        #expect(a.kind(of: "Arakan Army") == .organisation)
        #expect(a.kind(of: "Kachin Independence Army") == .organisation)
        #expect(a.kind(of: "Ministry of Defence") == .organisation)
    }

    @Test func nounsAfterANameSayWhatItIs() {
        let a = readEntities("Katiba Macina fighters took the town. The Kyiv Independent reported shelling, and the El Tiempo newspaper said so too.")
        #expect(a.kind(of: "Katiba Macina") == .organisation)
        #expect(a.kind(of: "Kyiv Independent") == .outlet)
        #expect(a.kind(of: "El Tiempo") == .outlet)
    }

    @Test func theArticlesOwnOutletIsAnOutlet() {
        let a = readEntities("Fighting resumed overnight, Sahel Today reported. Officials told Sahel Today that 40 people fled.", outlet: "Sahel Today")
        #expect(a.layers.mentions.filter { a.text[$0.span] == "Sahel Today" }.allSatisfy { $0.value.kind == .outlet })
    }

    @Test func aDatelineNamesTheOutlet() {
        let a = readEntities("(Agence Wire) Rebels in Kachin State seized a border post on Sunday.")
        #expect(a.kind(of: "Agence Wire") == .outlet)
    }

    @Test func wordsCapitalisedOnlyToOpenASentenceAreNoNames() {
        let a = readEntities("Analysts expect more fighting. Helicopters of the Colombian Army dropped leaflets, and helicopters returned.")
        #expect(a.mention("Analysts") == nil)
        #expect(a.mention("Helicopters") == nil)
        #expect(a.kind(of: "Colombian Army") == .organisation)
    }

    @Test func monthsWeekdaysCreedsAndCompoundAdjectivesAreNoNames() {
        let a = readEntities("On Tuesday in December, Sunni militias and the Burmese-language press met Shiite elders in Mandalay.")
        for word in ["Tuesday", "December", "Sunni", "Shiite", "Burmese-language"] { #expect(a.mention(word) == nil, "\(word)") }
    }

    @Test func compassWordsOpenThePlaceNotTheName() {
        let a = readEntities("Shelling hit East Mandalay and Northern Rakhine. South Sudan closed its border.")
        #expect(a.mention("Mandalay") != nil)
        #expect(a.mention("Rakhine") != nil)
        #expect(a.mention("South Sudan") != nil)
    }

    @Test func formerlyKnownAsLinksTheOldNameToTheNew() throws {
        let a = readEntities("Fighters of Africa Corps, formerly known as the Wagner Group, arrived in Bamako.")
        let link = try #require(a.layers.aliases.first)
        #expect(link.reason == .formerlyKnownAs)
        #expect(link.entity == a.mention("Africa Corps")?.value.entity)
        #expect(link.alias == a.mention("Wagner Group")?.value.entity)
        #expect(link.evidence.map { String(a.text[$0]) } == "Africa Corps, formerly known as the Wagner Group")
    }

    @Test func nowKnownAsLinksTheOtherWay() throws {
        let a = readEntities("The Wagner Group, now known as Africa Corps, left Mali.")
        let link = try #require(a.layers.aliases.first)
        #expect(link.entity == a.mention("Africa Corps")?.value.entity)
        #expect(link.alias == a.mention("Wagner Group")?.value.entity)
    }

    @Test func alsoKnownAsAndParentheses() throws {
        let a = readEntities("Boko Haram, also known as Jama'atu Ahlis Sunna, raided Maiduguri. The National Liberation Army (ELN) denied it.")
        #expect(a.layers.aliases.contains { $0.reason == .alsoKnownAs && $0.entity == a.mention("Boko Haram")?.value.entity })
        #expect(a.layers.aliases.contains { $0.reason == .parenthetical && $0.alias == a.mention("ELN")?.value.entity })
    }

    @Test func anAcronymDefinedOnceIsLinkedAndKeepsItsKind() throws {
        let a = readEntities("The Kachin Independence Army (KIA) took Laiza. Later the KIA said it held the road.")
        let acronymLinks = a.layers.aliases.filter { $0.reason == .acronym }
        #expect(acronymLinks.count == 1)
        let kia = a.layers.mentions.filter { a.text[$0.span] == "KIA" }
        #expect(kia.count == 2)
        #expect(kia.allSatisfy { $0.value.entity == acronymLinks[0].alias && $0.value.kind == .organisation })
        #expect(acronymLinks[0].entity == a.mention("Kachin Independence Army")?.value.entity)
    }

    @Test func spellingVariantsShareAnIdAcrossArticles() {
        let one = readEntities("Fighters of al-Shabaab attacked the base. The Taliban denied it.")
        let two = readEntities("Al-Shabab fighters attacked again. The Taleban said nothing.")
        #expect(one.mention("al-Shabaab")?.value.entity == two.mention("Al-Shabab")?.value.entity)
        #expect(one.mention("Taliban")?.value.entity == two.mention("Taleban")?.value.entity)
    }

    @Test func aNameAndItsTranslationMeet() {
        let one = readEntities("Jabhat al-Wataniya fighters withdrew.")
        let two = readEntities("The Wataniya Front withdrew.")
        #expect(one.mention("Jabhat al-Wataniya")?.value.entity == two.mention("Wataniya Front")?.value.entity)
    }

    @Test func aFirstNameOpensAPersonsName() {
        let a = readEntities("Relatives of Maria Fernanda Cabal gathered outside.")
        #expect(a.kind(of: "Maria Fernanda Cabal") == .person)
    }

    @Test func appositionsSayWhatANameIs() {
        let a = readEntities("Kwame Badu, a spokesman for the council, spoke. Tinubu Watch, a monitoring group, disagreed.")
        #expect(a.kind(of: "Kwame Badu") == .person)
        #expect(a.kind(of: "Tinubu Watch") == .organisation)
    }
}
