import Foundation
import Testing
@testable import SitrepKit

/// What issue 9 says the seeds must yield of claims and the figures' owners, through the JSON.
extension ReadingEndToEndTests {
    var claims: [[String: Any]] { json["claims"] as! [[String: Any]] }

    func part(_ claim: [String: Any], _ key: String) -> String { (claim[key] as? [String: Any])?["text"] as? String ?? "" }

    /// The owner of the first figure whose text starts with `figure` and whose counted noun contains `counts`.
    func owner(of figure: String, counting counts: String? = nil) -> String? {
        let figures = (json["quantities"] as! [[String: Any]]).filter {
            ($0["text"] as! String).hasPrefix(figure) && (counts == nil || ($0["counts"] as? String)?.contains(counts!) == true)
        }
        return figures.first?["speaker"] as? String
    }

    @Test func figuresBelongToWhoeverClaimedThem() {
        #expect(owner(of: "300", counting: "militants") == "Russian news agencies")
        #expect(owner(of: "8") == "SANA")
        #expect(owner(of: "25", counting: "people") == "SANA")
        #expect(owner(of: "more than 98") == "Russian Peace Coordination Center")
        #expect(owner(of: "as low as 20,000") == "Moon of Alabama")
        #expect(owner(of: "no more than 4-5,000") == "Moon of Alabama")
        #expect(owner(of: "more than 120,000", counting: "civilians") == "Syrian Observatory for Human Rights")
        #expect(owner(of: "no larger than 3 sq/km") == "Russian Peace Coordination Center")
    }

    @Test func theUNsFigureAsTheBlogRelaysIt() throws {
        let figure = try #require((json["quantities"] as! [[String: Any]]).first { ($0["text"] as! String).hasSuffix("270,000") })
        #expect(figure["outlet"] as? String == "Moon of Alabama")
        let claim = try #require(claims.first { $0["id"] as? String == figure["claim"] as? String })
        #expect(part(claim, "speaker").hasSuffix("UN officials"))
        #expect((figure["speaker"] as? String).map { $0.hasPrefix("U") && $0.hasSuffix("N.") || $0 == "UN" } == true)
    }

    @Test func ryabkovsQuotedDenialIsOneClaimRelayedByRIA() throws {
        let quoted = claims.filter { part($0, "content").contains("This agreement has not yet been reached") }
        // The seed carries the article twice: one claim per copy, none for the relay's words.
        #expect(!quoted.isEmpty && quoted.allSatisfy { $0["speaker_name"] as? String == "Sergei Ryabkov" })
        #expect(quoted.allSatisfy { $0["stance"] as? String == "deny" && $0["date"] as? String == "2016-12-11" })
        #expect(quoted.allSatisfy { ($0["via"] as? String)?.contains("RIA") == true })
        #expect(!claims.contains { part($0, "speaker").hasPrefix("by RIA") })
    }

    @Test func theSeedsClaimsWithTheirSpeakersDatesAndRelays() throws {
        let churkin = try #require(claims.first { $0["speaker_name"] as? String == "Vitaly Churkin" })
        #expect(part(churkin, "content").contains("a deal has been reached"))
        #expect(churkin["date"] as? String == "2016-12-13")
        #expect(churkin["stance"] as? String == "assert")

        let shamir = claims.filter { $0["speaker_name"] as? String == "Israel Shamir" }
        #expect(shamir.contains { $0["quote"] as? Bool == true })

        let insurgents = try #require(claims.first { part($0, "speaker").hasPrefix("Three officials with insurgent groups") })
        #expect(part(insurgents, "cue") == "told")

        let unnamed = try #require(claims.first { part($0, "speaker") == "unnamed informed sources" })
        #expect((unnamed["via"] as? String)?.contains("al-Hadas") == true)

        let denial = try #require(claims.first { part($0, "content").contains("not reached any agreement") })
        #expect(denial["stance"] as? String == "deny")
        #expect(denial["date"] as? String == "2016-12-11")
    }
}
