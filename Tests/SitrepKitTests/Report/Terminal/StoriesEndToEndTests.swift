import Foundation
import Testing
@testable import SitrepKit

/// `sitrep stories` on the seeds, ingested as a user would: two stories, Aleppo's with all five
/// articles, and a table that fits a 100-column terminal.
@Suite(.serialized) struct StoriesEndToEndTests {
    // Ingested once for the suite: the ingest is the slow part.
    nonisolated(unsafe) static let seeded: (directory: TemporaryDirectory, db: String) = {
        let directory = TemporaryDirectory()
        let db = directory.file("stories.sqlite")
        let store = try! SQLiteStore(path: db)
        let job = try! IngestJob().run([PackagePaths.seeds], into: store)
        precondition(job.ingested == 5 && job.failures.isEmpty, "the seeds did not ingest")
        return (directory, db)
    }()

    @Test func theTableShowsTwoStoriesAndAleppoHoldsFiveArticles() throws {
        let text = try StoryListing(format: .table).render(SQLiteStore(path: Self.seeded.db))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let rows = lines.filter { $0.hasPrefix("story:") }
        #expect(rows.count == 2, "\(text)")
        let aleppo = try #require(rows.first { $0.contains("Aleppo") }, "\(text)")
        // The articles column is right-aligned, so the count stands alone between spaces.
        #expect(aleppo.split(separator: " ").contains("5"), "\(aleppo)")
        #expect(text.contains("Palmyra"))
        for line in lines {
            #expect(DisplayWidth.of(line) <= 100, "\(line)")
            #expect(line.count <= 100, "\(line)")
        }
    }

    @Test func theCommandPrintsTheTableAndTheJSONReportsRecords() throws {
        let table = try runSitrep(["stories", "--db", Self.seeded.db])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout == (try StoryListing(format: .table).render(SQLiteStore(path: Self.seeded.db))))

        let json = try runSitrep(["stories", "--db", Self.seeded.db, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let stories = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(stories.count == 2)
        let aleppo = try #require(stories.first { ($0["label"] as? String)?.hasPrefix("Aleppo") == true })
        #expect((aleppo["articles"] as? [String])?.count == 5)
        #expect((aleppo["id"] as? String)?.hasPrefix("story:") == true)
        #expect(Set(aleppo.keys) == ["id", "label", "start", "end", "articles", "outlets", "first_reported_by"])

        let report = try runSitrep(["report", "--db", Self.seeded.db, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let reported = try #require(object["stories"] as? [[String: Any]])
        #expect(NSArray(array: reported).isEqual(to: stories))
    }

    @Test func anEmptyStoreSaysItHasNoStories() throws {
        let directory = TemporaryDirectory()
        let db = directory.file("empty.sqlite")
        let table = try runSitrep(["stories", "--db", db])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("no stories"))
        #expect(table.stdout.split(separator: "\n").count == 1)
        #expect(try runSitrep(["stories", "--db", db, "--json"]).stdout == "[]\n")
    }
}
