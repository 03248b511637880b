import Foundation
import Testing
@testable import SitrepKit

@Suite struct DuplicatesEndToEndTests {
    let directory = TemporaryDirectory()

    @Test func aLightlyEditedRepublicationClustersWithItsOriginal() throws {
        let body = (1...12).map { "Paragraph \($0) reports that the river rose again overnight and crews worked to reinforce the levee near the old mill." }
        directory.write("in/original.txt", "Levee Holds\nValley Post, May 02, 2021\n\n" + body.joined(separator: "\n\n"))
        var edited = body
        edited[3] = "Paragraph 4 was rewritten by the republisher with entirely different words about something else."
        directory.write("in/copy.txt", "Levee Holds, Officials Say\nHarbour Times, May 03, 2021\n\n" + edited.joined(separator: "\n\n"))
        directory.write("in/other.txt", "Schools Reopen\n\n" + (1...12).map { "Line \($0): pupils returned to class on Wednesday as the term began late after the summer storms." }.joined(separator: "\n\n"))
        let db = directory.file("d.sqlite")
        #expect(try runSitrep(["ingest", "--db", db, directory.file("in")]).status == 0)
        let result = try runSitrep(["duplicates", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2 copies, earliest first:"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("2021-05-02"))
        #expect(!result.stdout.contains("Schools Reopen"))
    }
}
