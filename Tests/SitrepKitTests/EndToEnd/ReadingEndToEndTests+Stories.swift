import Foundation
import Testing
@testable import SitrepKit

extension ReadingEndToEndTests {
    /// Issue 10's stories, through the JSON report: one story holds every seed's outlet, and
    /// Palmyra's recapture (a section of the Reuters piece) is a story of its own.
    @Test func theSeedsAreOneStoryOnAleppoAndOneOnPalmyra() throws {
        let stories = try #require(json["stories"] as? [[String: Any]])
        let outlets = Set((json["articles"] as! [[String: Any]]).compactMap { $0["outlet"] as? String })
        let aleppo = try #require(stories.first { ($0["label"] as? String)?.hasPrefix("Aleppo") == true })
        #expect((aleppo["articles"] as? [String])?.count == 5)
        #expect(Set(aleppo["outlets"] as? [String] ?? []) == outlets)
        #expect(aleppo["start"] as? String == "2016-12-05")
        #expect(aleppo["end"] as? String == "2016-12-13")
        let palmyra = try #require(stories.first { ($0["label"] as? String)?.hasPrefix("Palmyra") == true })
        #expect(palmyra["articles"] as? [String] == [article("004")["id"] as! String])
        #expect(palmyra["first_reported_by"] as? String == "Reuters")
        #expect(stories.count == 2)
    }
}
