import Testing
@testable import SitrepKit

/// What an event records beside its type: actors and their kinds, place, date, casualties,
/// the action, and one event per sentence.
@Suite struct EventReaderTests {
    static func only(_ text: String) throws -> (Article, Event) {
        let article = EventTestStage.read(text)
        #expect(article.layers.events.count == 1, "\(text)")
        return (article, try #require(article.layers.events.first?.value))
    }

    @Test func actorsAndTheirKinds() throws {
        let (article, event) = try Self.only("Government forces recaptured the town of Kafr Nabl from the rebels.")
        #expect(event.actor1.map { article.text[$0.span] } == "Government forces")
        #expect(event.actor1?.kind == .stateForces)
        // The town is no actor: the side it was taken from is.
        #expect(event.actor2.map { article.text[$0.span] } == "the rebels")
        #expect(event.actor2?.kind == .rebelGroup)
    }

    @Test func passiveAgentIsActor1() throws {
        let (article, event) = try Self.only("The base was overrun by insurgents in Helmand.")
        #expect(event.actor1.map { article.text[$0.span] } == "insurgents")
        #expect(event.actor1?.kind == .rebelGroup)
    }

    @Test func casualtiesPlaceAndDate() throws {
        let (article, event) = try Self.only("Rebels shelled a market in Taiz on 3 May 2021, killing 12 civilians and wounding 30.")
        let killed = try #require(event.killed.flatMap { article.layers.quantities[$0] })
        #expect(killed.value.low == 12)
        let wounded = try #require(event.wounded.flatMap { article.layers.quantities[$0] })
        #expect(wounded.value.low == 30)
        #expect(event.date != nil)
        let place = try #require(event.place.flatMap { article.layers.mentions[$0] })
        #expect(article.text[place.span] == "Taiz")
    }

    @Test func twoDatesJoinedMakeASpan() throws {
        func dates(_ text: String) throws -> (String?, String?) {
            let (article, event) = try Self.only(text)
            return (event.date.flatMap { article.layers.dates[$0] }?.value.value,
                    event.dateEnd.flatMap { article.layers.dates[$0] }?.value.value)
        }
        #expect(try dates("Late on 3 May 2023 and early on 4 May 2023, the army retook the town of Bakhmut.") == ("2023-05-03", "2023-05-04"))
        // A span the date reader reads whole is one date already.
        #expect(try dates("From 12 June 2022 to 15 June 2022, militants attacked the garrison in Djibo.") == ("2022-06-12/2022-06-15", nil))
        // Two dates apart, or the later one first, are no span.
        #expect(try dates("On 3 May 2023 the army retook Bakhmut, which it had lost on 1 May 2023.") == ("2023-05-03", nil))
        #expect(try dates("Russian drones struck Kharkiv on 4 May 2023 and 3 May 2023.") == ("2023-05-04", nil))
    }

    @Test func cityOverCountry() throws {
        let (article, event) = try Self.only("In Syria, warplanes bombed Aleppo.")
        let place = try #require(event.place.flatMap { article.layers.mentions[$0] })
        #expect(article.text[place.span] == "Aleppo")
    }

    @Test func finerActions() throws {
        #expect(try Self.only("Army helicopters dropped leaflets over the rebel-held districts.").1.action == "leaflet drop")
        #expect(try Self.only("The rebels agreed to a ceasefire in Cauca.").1.action == "ceasefire")
        #expect(try Self.only("Hundreds of rebel fighters surrendered to the army near the citadel.").1.action == "surrender")
    }

    @Test func oneEventPerReportingSentence() {
        let article = EventTestStage.read("Rebels shelled Taiz. The weather was mild. Police arrested two militants in Aden.")
        #expect(article.layers.events.map(\.value.subEventType) == [.shellingArtilleryMissileAttack, .arrests])
        #expect(article.layers.events.allSatisfy { article.sentences.contains($0.span) })
    }
}
