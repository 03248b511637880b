import Testing
@testable import SitrepKit

/// Who an event's actors are: coordinated and parenthesised subjects, the agents nouns name,
/// names that hold a state word, and the counterpart of a surrender. Sentences written for these
/// tests, from several conflicts.
@Suite struct EventActorTests {
    static func event(_ text: String) throws -> (Article, Event) {
        let article = EventTestStage.read(text)
        return (article, try #require(article.layers.events.first?.value, "\(text)"))
    }

    static func text(_ actor: EventActor?, _ article: Article) -> String? { actor.map { String(article.text[$0.span]) } }

    @Test func coordinatedSubjectIsOneActor() throws {
        let (article, event) = try Self.event(
            "Ukrainian troops, the National Guard and territorial defence units recaptured the village of Klishchiivka.")
        #expect(Self.text(event.actor1, article) == "Ukrainian troops, the National Guard and territorial defence units")
        #expect(event.actor1?.kind == .stateForces)
        #expect(event.subEventType == .governmentRegainsTerritory)
    }

    @Test func aClauseBeforeAndIsNoConjunct() throws {
        let (article, event) = try Self.event("Police arrived and soldiers opened fire on the crowd of protesters in Mandalay.")
        #expect(Self.text(event.actor1, article) == "soldiers")
    }

    @Test func parenthesisAndAdverbInsideTheSubject() throws {
        let (article, event) = try Self.event(
            "A column of RSF (a paramilitary force of the old regime) fighters even surrendered to the army in Omdurman.")
        #expect(Self.text(event.actor1, article)?.hasPrefix("A column of RSF") == true)
        #expect(Self.text(event.actor2, article) == "the army")
        #expect(event.actor2?.kind == .stateForces)
        #expect(event.action == "surrender")
    }

    @Test func aNumberOpensItsPhrase() throws {
        let (article, event) = try Self.event("According to the ministry 12 soldiers were killed in an ambush near Menaka.")
        #expect(Self.text(event.actor2, article) == "12 soldiers")
    }

    @Test func aPhraseEndsAtAVerb() throws {
        let (article, event) = try Self.event("Districts captured by the army saw their markets reduced to rubble in Marawi.")
        #expect(Self.text(event.actor1, article) == "the army")
    }

    @Test func nounAgents() throws {
        let (a1, capture) = try Self.event("The capture by Tuareg rebels of the town of Kidal stunned Bamako.")
        #expect(Self.text(capture.actor1, a1) == "Tuareg rebels")
        #expect(capture.subEventType == .nonStateActorOvertakesTerritory)
        // The words before a noun inside its phrase, not the clause before it.
        let (a2, fighting) = try Self.event("State media showed footage of the Bakhmut fighting between soldiers and mercenaries.")
        #expect(fighting.actor1 == nil || Self.text(fighting.actor1, a2)?.contains("showed") == false)
        let (a3, attack) = try Self.event("A UN convoy came under attack from gunmen near Goma.")
        #expect(Self.text(attack.actor1, a3) == "gunmen")
    }

    @Test func aProgressiveIsNoPassive() throws {
        let (article, event) = try Self.event("Hundreds of militiamen have been negotiating with the army in Bamenda.")
        #expect(Self.text(event.actor1, article) == "Hundreds of militiamen")
    }

    @Test func fellIntoTheHandsOf() throws {
        let (article, event) = try Self.event("The city of Kherson fell into the hands of Russian forces in March 2022.")
        #expect(Self.text(event.actor1, article) == "Russian forces")
    }

    @Test func aStateWordInsideANameIsAnArmedGroup() throws {
        let (_, seizure) = try Self.event("Islamic State fighters seized the town of Ansongo in Mali.")
        #expect(seizure.actor1?.kind == .rebelGroup)
        #expect(seizure.subEventType == .nonStateActorOvertakesTerritory)
        let (_, ambush) = try Self.event("An Islamic State ambush killed nine soldiers near Menaka.")
        #expect(ambush.actor1?.kind == .rebelGroup)
        // A nationality before it keeps a state's army a state's.
        let (_, palace) = try Self.event("The Sudanese Army recaptured the town of Bara in Kordofan.")
        #expect(palace.actor1.map { [.stateForces, .externalForces].contains($0.kind) } == true)
    }

    @Test func armedGroupsAreNoStateForces() throws {
        let (_, event) = try Self.event("Local armed groups attacked a police station in Kasai.")
        #expect(event.actor1?.kind == .rebelGroup)
    }
}
