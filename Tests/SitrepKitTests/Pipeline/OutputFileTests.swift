import Foundation
import Testing
@testable import SitrepKit

@Suite struct OutputFileTests {
    let directory = TemporaryDirectory()

    @Test func replacesAnyEarlierContent() throws {
        let path = directory.write("a.txt", "a much longer text from an earlier run")
        try OutputFile.save(Array("short".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("short".utf8))
        try OutputFile.save([], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data())
    }

    @Test func aFailureNamesThePathAndTheSystemsReason() {
        let path = directory.file("missing/a.txt")
        #expect { try OutputFile.save(Array("text".utf8), to: path) } throws: { error in
            "\(error)" == "\(path): cannot write: No such file or directory"
        }
    }
}
