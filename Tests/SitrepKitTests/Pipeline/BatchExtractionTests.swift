import Foundation
import Testing
@testable import SitrepKit

/// A folder of pages into a folder of outputs, as `sitrep extract --batch` runs it.
@Suite struct BatchExtractionTests {
    let directory = TemporaryDirectory()
    static let body = "Growers in the upper valley lost about a third of their apple blossom to a late frost on Tuesday night, the cooperative said."

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func readsPagesAndTextByTheirNamesAndNothingElse() {
        #expect(BatchExtraction.stem(of: "a.html") == "a")
        #expect(BatchExtraction.stem(of: "a.b.htm") == "a.b")
        #expect(BatchExtraction.stem(of: "a.html.gz") == "a")
        #expect(BatchExtraction.stem(of: "a.htm.gz") == "a")
        #expect(BatchExtraction.stem(of: "a.txt") == "a")
        #expect(BatchExtraction.stem(of: "a.txt.gz") == nil)
        #expect(BatchExtraction.stem(of: "a.json") == nil)
        #expect(BatchExtraction.stem(of: "html") == nil)
    }

    @Test func writesOneOutputPerPageAndAnEmptyOneForAFailure() throws {
        directory.write("in/frost.html", "<html><body><article><h1>Orchard Frost</h1><p>\(Self.body)</p></article></body></html>")
        directory.write("in/gzipped.html.gz", Gzip.compress(Array("<html><body><p>\(Self.body)</p></body></html>".utf8)))
        directory.write("in/notes.txt", "Orchard Frost\n\n\(Self.body)")
        directory.write("in/empty.txt", "")
        directory.write("in/readme.md", "# Not read by a batch")
        var failures: [String] = []
        let summary = try BatchExtraction(FileExtraction()).run(from: directory.file("in"), to: directory.file("out/texts"),
                                                                failure: { failures.append("\($0)") })
        #expect(summary.failed == 1)
        #expect(failures == ["\(directory.file("in/empty.txt")): empty file"])
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.file("out/texts")).sorted()
        #expect(written == ["empty.txt", "frost.txt", "gzipped.txt", "notes.txt"])
        #expect(contents(directory.file("out/texts/empty.txt")) == "")
        for name in ["frost", "gzipped", "notes"] { #expect(contents(directory.file("out/texts/\(name).txt")) == Self.body) }
    }

    @Test func jsonOutputsTakeTheirPagesURLsFromTheMap() throws {
        directory.write("in/frost.txt", "Orchard Frost\n\n\(Self.body)")
        let batch = BatchExtraction(FileExtraction(reading: .dateOnly, format: .json), urls: ["frost.txt": "https://valley.example/2019/04/03/frost"])
        let summary = try batch.run(from: directory.file("in"), to: directory.file("out"), failure: { Issue.record("\($0)") })
        #expect(summary.failed == 0)
        let json = try #require(contents(directory.file("out/frost.json")))
        #expect(json.contains(#""url" : "https://valley.example/2019/04/03/frost""#))
    }

    @Test func aContainersArticlesShareOneFileSeparatedByABlankLine() throws {
        let lines = (1...2).map { #"{"title": "Frost \#($0)", "text": "Report \#($0): \#(Self.body)"}"# }
        directory.write("in/two.txt", lines.joined(separator: "\n") + "\n")
        _ = try BatchExtraction(FileExtraction()).run(from: directory.file("in"), to: directory.file("out"), failure: { Issue.record("\($0)") })
        #expect(contents(directory.file("out/two.txt")) == "Report 1: \(Self.body)\n\nReport 2: \(Self.body)")
    }

    @Test func anOutputThatCannotBeWrittenIsAFailureAndTheRunGoesOn() throws {
        directory.write("in/a.txt", "Orchard Frost\n\n\(Self.body)")
        directory.write("in/b.txt", "Orchard Frost\n\n\(Self.body)")
        try FileManager.default.createDirectory(atPath: directory.file("out/a.txt"), withIntermediateDirectories: true)
        var failures: [String] = []
        let summary = try BatchExtraction(FileExtraction()).run(from: directory.file("in"), to: directory.file("out"),
                                                                failure: { failures.append("\($0)") })
        #expect(summary.failed == 1)
        #expect(failures == ["\(directory.file("out/a.txt")): cannot write: Is a directory"])
        #expect(contents(directory.file("out/b.txt")) == Self.body)
    }

    @Test func aMissingInputFolderThrows() {
        #expect(throws: (any Error).self) {
            try BatchExtraction(FileExtraction()).run(from: directory.file("nowhere"), to: directory.file("out"), failure: { _ in })
        }
    }
}
