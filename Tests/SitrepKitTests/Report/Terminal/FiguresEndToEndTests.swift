import Foundation
import Testing
@testable import SitrepKit

/// `sitrep figures` on the seeds, ingested as a user would: Aleppo's civilians disputed between
/// the U.N.'s 270,000 and Moon of Alabama's 20,000, the army's share of the city as a trend, and
/// `--story` keeping one story's figures.
@Suite(.serialized) struct FiguresEndToEndTests {
    // Ingested once for the suite: the ingest is the slow part.
    nonisolated(unsafe) static let seeded = SeededStore(name: "figures.sqlite")

    /// The seeds' two stories: Aleppo's, which holds the figures, and Palmyra's.
    static let stories: (aleppo: Int64, palmyra: Int64) = {
        var ids: [String: Int64] = [:]
        try! seeded.open().forEachStory { ids[String($0.label.prefix { $0 != ":" })] = $0.id }
        return (ids["Aleppo"]!, ids["Palmyra"]!)
    }()

    /// The listing cut into figures, each its heading line and its table.
    private func blocks(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n")
    }

    @Test func theTableListsTheDisputedCiviliansAndTheTerritoryTrend() throws {
        let text = try FigureListing(format: .table).render(Self.seeded.open())
        let civilians = try #require(blocks(text).first { $0.hasPrefix("figure:") && $0.prefix { $0 != "\n" }.contains("civilians remaining") },
                                     "\(text)")
        let heading = civilians.prefix { $0 != "\n" }
        #expect(heading.hasSuffix("· DISPUTED"), "\(heading)")
        #expect(civilians.contains("270,000") && civilians.contains("20,000"), "\(civilians)")
        #expect(civilians.contains("U.N. via Moon of Alabama"), "\(civilians)")
        #expect(civilians.contains("[disputed by Moon of Alabama]"), "\(civilians)")

        let territory = try #require(blocks(text).first { $0.prefix { $0 != "\n" }.contains("share of territory taken") }, "\(text)")
        #expect(territory.prefix { $0 != "\n" }.hasSuffix("· TREND, rising"), "\(territory)")

        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 100, "\(line)")
        }
    }

    @Test func storyKeepsOneStorysFiguresAndNamesAnUnknownOne() throws {
        let all = try runSitrep(["figures", "--db", Self.seeded.db])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout == (try FigureListing(format: .table).render(Self.seeded.open())))

        let aleppo = Self.stories.aleppo
        for id in ["story:\(aleppo)", "\(aleppo)"] {
            let one = try runSitrep(["figures", "--db", Self.seeded.db, "--story", id])
            #expect(one.status == 0, "\(one.stderr)")
            let headings = one.stdout.split(separator: "\n").filter { $0.hasPrefix("figure:") }
            #expect(headings.count >= 3, "\(one.stdout)")
            #expect(headings.allSatisfy { $0.hasPrefix("figure:\(aleppo):") }, "\(one.stdout)")
        }
        // Palmyra's story has no figure of its own: Aleppo's must not leak into it.
        let palmyra = try runSitrep(["figures", "--db", Self.seeded.db, "--story", "story:\(Self.stories.palmyra)"])
        #expect(palmyra.status == 0, "\(palmyra.stderr)")
        #expect(palmyra.stdout == "no aligned figures in story:\(Self.stories.palmyra)\n")

        let unknown = try runSitrep(["figures", "--db", Self.seeded.db, "--story", "story:99"])
        #expect(unknown.status != 0)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("no story story:99"), "\(unknown.stderr)")
        let malformed = try runSitrep(["figures", "--db", Self.seeded.db, "--story", "Aleppo"])
        #expect(malformed.status != 0)
        #expect(malformed.stderr.contains("\"Aleppo\""), "\(malformed.stderr)")
    }

    @Test func theJSONIsTheReportsFigures() throws {
        let json = try runSitrep(["figures", "--db", Self.seeded.db, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let civilians = try #require(figures.first { $0["measure"] as? String == "civilians remaining" })
        #expect(civilians["class"] as? String == "disputed")
        let quantities = (civilians["values"] as? [[String: Any]])?.compactMap { $0["quantity"] as? String } ?? []
        #expect(quantities.contains { $0.hasSuffix("270,000") } && quantities.contains { $0.hasSuffix(" 20,000") }, "\(quantities)")

        let report = try runSitrep(["report", "--db", Self.seeded.db, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let reported = try #require(object["figures"] as? [[String: Any]])
        #expect(NSArray(array: reported).isEqual(to: figures))

        let palmyra = try runSitrep(["figures", "--db", Self.seeded.db, "--story", "\(Self.stories.palmyra)", "--json"])
        #expect(palmyra.stdout == "[]\n")
    }

    @Test func anEmptyStoreSaysItHasNoFigures() throws {
        let directory = TemporaryDirectory()
        let db = directory.file("empty.sqlite")
        let table = try runSitrep(["figures", "--db", db])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("no aligned figures"))
        #expect(table.stdout.split(separator: "\n").count == 1)
        #expect(try runSitrep(["figures", "--db", db, "--json"]).stdout == "[]\n")
    }
}
