import Foundation
import Testing
@testable import SitrepKit

/// One file through the pipeline without a store, as `sitrep extract` runs it.
@Suite struct FileExtractionTests {
    let directory = TemporaryDirectory()
    static let dispatch = "Orchard Frost\nValley Post, April 03, 2019\n\n"
        + "Growers in the upper valley lost about a third of their apple blossom to a late frost on Tuesday night, the cooperative said."

    private func run(_ extraction: FileExtraction, _ path: String, url: String? = nil) -> (outputs: [String], failures: [String]) {
        var outputs: [String] = []
        var failures: [String] = []
        extraction.each(in: path, url: url, output: { outputs.append($0) }, failure: { failures.append("\($0)") })
        return (outputs, failures)
    }

    @Test func printsTheCleanBodyOrTheArticleAsSortedJSON() throws {
        let path = directory.write("frost.txt", Self.dispatch)
        let body = run(FileExtraction(), path)
        #expect(body.outputs == ["Growers in the upper valley lost about a third of their apple blossom to a late frost on Tuesday night, the cooperative said."])
        #expect(body.failures.isEmpty)
        let json = try #require(run(FileExtraction(format: .json), path).outputs.first)
        #expect(json.hasPrefix("{\n  \"byline\" : "))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["published"] as? String == "2019-04-03")
        #expect(object["title"] as? String == "Orchard Frost")
    }

    @Test func readsTheDateAloneAsADayOrADash() throws {
        let dated = directory.write("frost.txt", Self.dispatch)
        let undated = directory.write("plain.txt", "Orchard Frost\n\nGrowers lost blossom to a late frost on Tuesday night, the cooperative said.")
        let dateOnly = FileExtraction(reading: .dateOnly)
        #expect(run(dateOnly, dated).outputs == ["2019-04-03"])
        #expect(run(dateOnly, undated).outputs == ["-"])
    }

    @Test func theDateAsJSONNamesItsDocumentAndGivesNullsForWhatIsMissing() {
        let undated = directory.write("plain.txt", "Orchard Frost\n\nGrowers lost blossom to a late frost on Tuesday night, the cooperative said.")
        let json = run(FileExtraction(reading: .dateOnly, format: .json), undated, url: "https://valley.example/frost").outputs
        #expect(json == ["""
            {
              "published" : null,
              "published_at" : null,
              "published_reliable" : null,
              "published_source" : null,
              "source" : "\(undated)",
              "url" : "https://valley.example/frost"
            }
            """])
    }

    @Test func aGivenURLReachesEveryDocumentOfAContainer() {
        let lines = (1...2).map { #"{"url": "https://old.example/\#($0)", "title": "Frost \#($0)", "text": "Growers lost blossom to a late frost on night \#($0), the cooperative said."}"# }
        let path = directory.write("two.jsonl", lines.joined(separator: "\n") + "\n")
        let urls = run(FileExtraction(reading: .dateOnly, format: .json), path, url: "https://valley.example/frost").outputs
            .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .map { $0["url"] as? String }
        #expect(urls == ["https://valley.example/frost", "https://valley.example/frost"])
    }

    @Test func anUnreadableFileAndAnEmptyBodyAreFailuresNamingTheFile() {
        let empty = directory.write("empty.txt", "")
        #expect(run(FileExtraction(), empty) == ([], ["\(empty): empty file"]))
        let bodiless = directory.write("bodiless.txt", "   \n\n \n")
        #expect(run(FileExtraction(), bodiless).failures.count == 1)
        // A date-only reading is no article, so an empty body is no failure there.
        let titleOnly = directory.write("title.txt", "Orchard Frost\nValley Post, April 03, 2019\n")
        #expect(run(FileExtraction(), titleOnly).failures == ["\(titleOnly): no article text found"])
        #expect(run(FileExtraction(reading: .dateOnly), titleOnly) == (["2019-04-03"], []))
    }
}
