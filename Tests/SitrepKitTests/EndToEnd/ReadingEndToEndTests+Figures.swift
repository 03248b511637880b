import Foundation
import Testing
@testable import SitrepKit

extension ReadingEndToEndTests {
    /// The figures of the Aleppo story with the given measure.
    func figures(measuring measure: String) -> [[String: Any]] {
        (json["figures"] as? [[String: Any]] ?? []).filter { $0["measure"] as? String == measure }
    }

    func quantities(_ figure: [String: Any]) -> [String] {
        (figure["values"] as? [[String: Any]] ?? []).compactMap { $0["quantity"] as? String }
    }

    /// Issue 10: the civilians remaining in east Aleppo are one measure across three outlets, the
    /// UN's figure disputed by the outlet that relays it; those who left are another, a flow.
    @Test func theCiviliansRemainingAreOneDisputedMeasureAndThoseWhoLeftAnother() throws {
        let remaining = figures(measuring: "civilians remaining")
        #expect(remaining.count == 1)
        let stock = try #require(remaining.first)
        #expect(stock["class"] as? String == "disputed")
        #expect(stock["place_name"] as? String == "east Aleppo")
        let values = try #require(stock["values"] as? [[String: Any]])
        let un = try #require(values.first { $0["quantity"] as? String == "some 270,000" })
        #expect(un["via"] as? String == "Moon of Alabama")
        #expect(un["disputed_by"] as? String == "Moon of Alabama")
        #expect((un["owner"] as? String)?.contains("U.N") == true)
        #expect(values.contains { $0["quantity"] as? String == "as low as 20,000" && $0["owner"] as? String == "Moon of Alabama" })
        let sohr = try #require(values.first { $0["quantity"] as? String == "tens of thousands" })
        #expect(sohr["owner"] as? String == "Syrian Observatory for Human Rights")
        #expect(sohr["via"] as? String == "Reuters")
        #expect((sohr["sentence"] as? String)?.contains("remained") == true)

        let leaving = figures(measuring: "civilians leaving")
        #expect(leaving.count == 1)
        let flow = try #require(leaving.first)
        #expect(flow["kind"] as? String == "flow")
        #expect(Set(quantities(flow)).isSuperset(of: ["some 21,000+", "more than 120,000"]))
        #expect(!quantities(flow).contains("some 270,000"))
    }

    /// Issue 10: the share of east Aleppo the government holds, more than 60 % (Dec 5), three
    /// quarters (Dec 11), more than 98 percent (Dec 13), is a rising trend.
    @Test func theShareOfEastAleppoTakenIsARisingTrend() throws {
        let shares = figures(measuring: "share of territory taken")
        #expect(shares.count == 1)
        let share = try #require(shares.first)
        #expect(share["class"] as? String == "trend")
        #expect(share["direction"] as? String == "up")
        #expect(quantities(share) == ["More than 60%", "three quarters", "more than 98 percent"])
        let dates = (share["values"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(dates == ["2016-12-05", "2016-12-11", "2016-12-13"])
        // Every value leads to its sentence in its article.
        let articles = Dictionary(uniqueKeysWithValues: (json["articles"] as! [[String: Any]]).map { ($0["id"] as! String, $0["text"] as! String) })
        for value in share["values"] as? [[String: Any]] ?? [] {
            let text = Array(try #require(articles[value["article"] as! String]).unicodeScalars)
            let start = value["sentence_start"] as! Int, end = value["sentence_end"] as! Int
            #expect(String(String.UnicodeScalarView(text[start..<end])) == value["sentence"] as? String)
        }
    }
}
