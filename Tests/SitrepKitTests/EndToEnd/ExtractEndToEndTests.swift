import Foundation
import Testing
@testable import SitrepKit

/// `sitrep extract` and `sitrep duplicates --from` as a user runs them: what is printed, written
/// and returned, which scripts and benchmarks read.
@Suite struct ExtractEndToEndTests {
    let directory = TemporaryDirectory()
    static let body = "Growers in the upper valley lost about a third of their apple blossom to a late frost on Tuesday night, the cooperative said."

    @Test func printsTheBodyOrTheDateAndFailsOnAnEmptyFile() throws {
        let frost = directory.write("frost.txt", "Orchard Frost\nValley Post, April 03, 2019\n\n\(Self.body)")
        #expect(try runSitrep(["extract", frost]).all == ["0", Self.body + "\n", ""])
        #expect(try runSitrep(["extract", "--date-only", frost]).stdout == "2019-04-03\n")
        let empty = directory.write("empty.txt", "")
        #expect(try runSitrep(["extract", empty]).all == ["1", "", "\(empty): empty file\n"])
    }

    @Test func aBatchWritesOneFileAPageAndSaysWhatFailed() throws {
        directory.write("in/frost.txt", "Orchard Frost\n\n\(Self.body)")
        let empty = directory.write("in/empty.txt", "")
        let result = try runSitrep(["extract", "--batch", directory.file("in"), directory.file("out")])
        #expect(result.all == ["1", "", "\(empty): empty file\n"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("out")).sorted() == ["empty.txt", "frost.txt"])
        #expect(FileManager.default.contents(atPath: directory.file("out/frost.txt")) == Data(Self.body.utf8))
    }

    @Test func aURLMapOfTheWrongShapeIsAUsageError() throws {
        let map = directory.write("urls.json", #"["frost.txt"]"#)
        let result = try runSitrep(["extract", "--batch", "--url-map", map, directory.path, directory.file("out")])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: \(map): expected a JSON object of file name to URL\n"))
    }

    @Test func duplicatesFromInputsPrintsOnePairALine() throws {
        let text = NearDuplicateTests.text(seed: 11)
        let first = directory.write("in/a.txt", text)
        let copy = directory.write("in/b.txt", text)
        directory.write("in/c.txt", NearDuplicateTests.text(seed: 12))
        #expect(try runSitrep(["duplicates", "--from", directory.file("in")]).all == ["0", "\(first)\t\(copy)\t1.000\n", ""])
    }
}

private extension CommandResult {
    /// Status, standard output and standard error, to compare in one expectation.
    var all: [String] { [String(status), stdout, stderr] }
}
