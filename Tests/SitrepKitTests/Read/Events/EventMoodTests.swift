import Testing
@testable import SitrepKit

/// Conditions, suppositions, purposes, offers and choices report no event; what did happen
/// beside them still does. Sentences written for these tests, from several conflicts.
@Suite struct EventMoodTests {
    static let none: [String] = [
        // A condition set up at the sentence's start.
        "If the ceasefire collapses, the army would shell Donetsk again.",
        "But if the deal were accepted, it would end months of fighting in Khartoum.",
        "Analysts warned that even if the junta retakes Lashio, it may face years of ambushes in the hills.",
        // Looking ahead, or a habit.
        "When Khartoum is liberated, the troops will move on to Darfur.",
        "Whenever the army shells the villages, families flee to the hills.",
        // A question.
        "Asked whether rebels had attacked the convoy, the spokesman declined to comment.",
        // Purposes, offers, proposals.
        "Officials discussed a proposal to withdraw troops from Kidal.",
        "The governor offered the gunmen an amnesty to surrender their weapons.",
        "The plan is to encircle the fighters in the old town and to then negotiate their departure to Idlib.",
        // Choices and suppositions.
        "The besieged guerrillas were left with the options of surrender or death.",
        "Its capture would mark the army's biggest gain since 2014.",
        // A verb form used as a noun or an adjective.
        "This is a sign that the militias are ready to disarm.",
        "Aid reached the besieged city of Mariupol on Friday.",
        // Withdrawing what is no ground.
        "The government withdrew its proposal for a ceasefire in Tigray.",
    ]

    @Test(arguments: none)
    func noEvent(_ sentence: String) {
        #expect(EventTestStage.subType(sentence) == nil, "\(sentence)")
    }

    static let real: [(String, ACLEDSubEventType)] = [
        // "forced to" tells that it happened.
        ("Security forces were forced to withdraw from the town of Djibo.", .nonViolentTransferOfTerritory),
        // A protest's purpose still tells of a protest held.
        ("Thousands gathered in Hong Kong to protest against the extradition bill.", .peacefulProtest),
        // What happened before a condition stays reported.
        ("Rebels attacked an army post near Goma on Monday and said they would withdraw if talks began.", .armedClash),
        // A month named like an event word is a date.
        ("The sudden capture by jihadists of the town of Djibo in March shocked Ouagadougou.", .nonStateActorOvertakesTerritory),
        // A month named like a modal is a date too.
        ("On 3 May 2023 the army retook the village of Klishchiivka.", .governmentRegainsTerritory),
    ]

    @Test(arguments: real)
    func stillAnEvent(_ sentence: String, _ expected: ACLEDSubEventType) {
        #expect(EventTestStage.subType(sentence) == expected, "\(sentence)")
    }
}
