import Foundation
import Testing
@testable import SitrepKit

/// SIGKILL halfway through an ingest loses nothing committed; a second run completes the corpus
/// without duplicates.
@Suite struct KillResilienceTests {
    let directory = TemporaryDirectory()

    @Test func aKilledIngestResumesWithoutLossOrDuplicates() throws {
        // Large enough that the run is still going when its first batches are committed.
        let total = 24_000
        for file in 0..<6 {
            var lines = ""
            for i in 0..<(total / 6) {
                let n = file * (total / 6) + i
                lines += #"{"title": "Report \#(n)", "text": "Article number \#(n) says the river rose overnight and families left their homes, officials said."}"# + "\n"
            }
            directory.write("corpus/part\(file).jsonl", lines)
        }
        let db = directory.file("kill.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PackagePaths.sitrep)
        process.arguments = ["ingest", "--quiet", "--db", db, directory.file("corpus")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Kill as soon as some batches are committed, before the run can finish.
        var stored = 0
        var watcher: SQLiteStore?
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            if watcher == nil, FileManager.default.fileExists(atPath: db) { watcher = try? SQLiteStore(path: db) }
            if let count = try? watcher?.articleCount(), count > 0 {
                stored = count
                break
            }
            usleep(5_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run finished before it could be killed")

        let afterKill = try SQLiteStore(path: db).articleCount()
        #expect(afterKill >= stored)
        #expect(afterKill < total)

        let rerun = try runSitrep(["ingest", "--quiet", "--db", db, directory.file("corpus")])
        #expect(rerun.status == 0)
        #expect(rerun.stdout.contains("ingested \(total - afterKill), already present \(afterKill), failed 0"))
        #expect(try SQLiteStore(path: db).articleCount() == total)
    }
}
