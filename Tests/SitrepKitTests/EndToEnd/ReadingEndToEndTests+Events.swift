import Foundation
import Testing
@testable import SitrepKit

/// What the issue says the seeds must yield of events, through the JSON: matched on their
/// sentence's words and their fields, never on ids.
extension ReadingEndToEndTests {
    var events: [[String: Any]] { json["events"] as! [[String: Any]] }

    /// The events whose sentence holds `words`.
    func events(saying words: String) -> [[String: Any]] {
        events.filter { (($0["sentence"] as? [String: Any])?["text"] as? String)?.contains(words) == true }
    }

    func actor(_ event: [String: Any], _ which: String) -> (text: String, kind: String)? {
        guard let actor = event[which] as? [String: Any] else { return nil }
        return (actor["text"] as? String ?? "", actor["kind"] as? String ?? "")
    }

    func placeName(_ event: [String: Any]) -> String? {
        (event["place"] as? String) ?? ((event["place"] as? [String: Any])?["text"] as? String)
    }

    @Test func theCoordinatedArmyRegainsTheOldCity() throws {
        let event = try #require(events(saying: "Liwa al-Quds set control over the areas east and north").first)
        #expect(event["sub_event_type"] as? String == "Government regains territory")
        let actor1 = try #require(actor(event, "actor1"))
        #expect(actor1.text.contains("the Syrian army, the National Defense Forces (NDF) and Liwa al-Quds"))
        #expect(actor1.kind == "state forces")
        // "Late on December 6 and early on December 7": the two nights, as one span.
        #expect(event["date"] as? String == "2016-12-06/2016-12-07")
        #expect(event["date_precision"] as? String == "range")
    }

    @Test func fightersSurrenderToGovernmentForces() throws {
        let event = try #require(events(saying: "fighters even surrendered to government forces").first)
        #expect(event["sub_event_type"] as? String == "Change to group/activity")
        #expect(event["action"] as? String == "surrender")
        let actor1 = try #require(actor(event, "actor1"))
        #expect(actor1.text.hasPrefix("A big group of Fatah Halab"))
        #expect(actor1.text.hasSuffix("fighters"))
        #expect(actor1.kind == "rebel group")
        #expect(actor(event, "actor2")?.text == "government forces")
        #expect(actor(event, "actor2")?.kind == "state forces")
    }

    @Test func theGroupRetakesPalmyra() throws {
        let event = try #require(events(saying: "the sudden recapture by the Islamic State of the ancient desert city").first)
        #expect(event["sub_event_type"] as? String == "Non-state actor overtakes territory")
        let actor1 = try #require(actor(event, "actor1"))
        #expect(actor1.text.contains("Islamic State"))
        #expect(actor1.kind == "rebel group")
        #expect(placeName(event) == "Palmyra")
        #expect(event["date"] as? String == "2016-12-11")
    }

    @Test func helicoptersDropLeaflets() throws {
        let monday = try #require(events(saying: "Syrian military helicopters dropped thousands of leaflets").first)
        #expect(monday["sub_event_type"] as? String == "Other")
        #expect(monday["action"] as? String == "leaflet drop")
        #expect(monday["date"] as? String == "2016-12-05")
        #expect(actor(monday, "actor1")?.text.contains("helicopters") == true)
        #expect(actor(monday, "actor1")?.kind == "state forces")
        let other = try #require(events(saying: "Helicopters of the Syrian Army dropped thousands of leaflets").first)
        #expect(other["action"] as? String == "leaflet drop")
    }

    /// A name holding "State" is the group's, not a state's forces.
    @Test func theGroupIsNoState() {
        for words in ["Islamic State seized Palmyra in May 2015", "The Islamic State attack on Palmyra"] {
            let event = events(saying: words).first
            #expect(actor(event ?? [:], "actor1")?.kind == "rebel group", "\(words)")
        }
        #expect(events(saying: "Islamic State seized Palmyra in May 2015").first?["sub_event_type"] as? String
            == "Non-state actor overtakes territory")
    }

    /// Conditions, suppositions, purposes and offers report nothing that happened.
    @Test func suppositionsAreNoEvents() {
        for words in ["If the proposal were to be taken up by all sides", "But if fully accepted, the proposal would give",
                      "Analysts have warned that even if Assad defeats", "When Aleppo is liberated",
                      "The issue of withdrawing militants",
                      "the only two options of surrender or die", "a sign that they are ready to surrender",
                      "the liberation of Aleppo would represent", "the US withdrew its initial proposal",
                      "Whenever the Syrian army and its allies slow down"] {
            #expect(events(saying: words).isEmpty, "\(words)")
        }
        // A proposal to withdraw is no withdrawal (the talks the sentence names are another matter).
        #expect(!events(saying: "a proposal to withdraw fighters from Aleppo").contains { $0["action"] as? String == "withdrawal" })
    }

    /// No actor runs on into the words after it.
    @Test func actorsEndWhereTheirPhraseEnds() {
        let broken = ["saw how", "showed footage", "SANA 8", "is the subject", "the hands of", "fighters even"]
        for event in events {
            for which in ["actor1", "actor2"] {
                guard let text = actor(event, which)?.text else { continue }
                #expect(!broken.contains { text.contains($0) }, "\(text)")
            }
        }
    }
}
