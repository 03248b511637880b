import Foundation
import Testing
@testable import SitrepKit

/// The example corpus through the whole spine: ingest → extract → clean → read → store → report.
@Suite struct SeedsEndToEndTests {
    let directory = TemporaryDirectory()

    @Test func ingestsTheSeedsOnceAndReportsThem() throws {
        let store = try SQLiteStore(path: directory.file("seeds.sqlite"))
        let first = try IngestJob().run([PackagePaths.seeds], into: store)
        #expect(first.ingested == 5)
        #expect(first.failures.isEmpty)
        let second = try IngestJob().run([PackagePaths.seeds], into: store)
        #expect(second.ingested == 0)
        #expect(second.alreadyPresent == 5)

        var byFile: [String: ProcessedArticle] = [:]
        try store.forEachArticle { byFile[String(($0.article.source as NSString).lastPathComponent.prefix(3))] = $0 }
        #expect(byFile.count == 5)
        #expect(byFile["004"]?.article.title == "Exclusive: Syrian rebels get proposal to quit Aleppo, jihadists retake Palmyra")
        #expect(byFile["000"]?.article.title == "US Attempts to Rescue Spies from Eastern Aleppo City")
        #expect(byFile["000"]?.article.text.hasPrefix("The Arabic-language al-Hadas news website quoted") == true)
        #expect(byFile["000"]?.article.text.hasSuffix("leave the war-hit neighborhoods.") == true)
        for (_, processed) in byFile {
            let text = processed.article.text
            #expect(!text.contains("Disclaimer"), "\(processed.article.source)")
            #expect(!text.contains("](#)") && !text.contains("[size="), "\(processed.article.source)")
            #expect(!processed.article.sentences.isEmpty)
        }
        #expect(byFile["002"]?.article.text.contains("string(1931)") == false)
        for (_, processed) in byFile {
            let text = processed.article.text
            for furniture in ["Facebook", "Become a Member", "Global Research", "Region:", "Theme:", "copyright", "Articles by"] {
                #expect(!text.contains(furniture), "\(furniture) in \(processed.article.source)")
            }
        }
        let southFront = byFile["003"]?.article.text ?? ""
        for appeal in ["PayPal", "@list.ru", "patreon", "donate", "support the project"] { #expect(!southFront.contains(appeal)) }
        // The headline is not repeated as the first line of the body.
        #expect(byFile["002"]?.article.text.hasPrefix("The terrorist groups in Eastern Aleppo asked") == true)

        // First and last body sentences are the articles' own.
        let ends: [(String, String, String)] = [
            ("001", "This is the situation in east-Aleppo as of Dec 4, 6PM ET.", "until their masters call for another battle."),
            ("002", "The terrorist groups in Eastern Aleppo asked the Syrian Army", "is close to liberating it from the militants, FNA reported."),
            ("003", "Jaish al-Fatah and Fatah Halab militant coalitions", "This will pose a major threat to the aviation in the region."),
            ("004", "(Reuters) Syrian rebels have received a U.S.-backed proposal", "smoke and dust billowing around them."),
        ]
        for (file, first, last) in ends {
            let article = try #require(byFile[file]?.article)
            #expect(article.sentences.first.map { String(article.text[$0]) }?.hasPrefix(first) == true, "\(file) starts")
            #expect(article.sentences.last.map { String(article.text[$0]) }?.hasSuffix(last) == true, "\(file) ends")
        }

        // Provenance: the original outlet and date, the republisher and its date kept apart.
        for (file, outlet, day, copyDay) in [("000", "Fars News Agency", "2016-12-06", "2016-12-07"),
                                             ("001", "Moon of Alabama", "2016-12-05", "2016-12-06"),
                                             ("003", "South Front", "2016-12-07", "2016-12-08")] {
            #expect(byFile[file]?.article.outlet == outlet)
            #expect(byFile[file]?.article.published?.day == day)
            #expect(byFile[file]?.republication == Republication(kind: .republished, by: "Global Research", on: copyDay))
        }
        #expect(byFile["002"]?.article.outlet == "Fars News Agency")
        #expect(byFile["002"]?.republication == nil)
        #expect(byFile["004"]?.article.outlet == "Reuters")
        #expect(byFile["004"]?.republication?.kind == .forumRepost)
        #expect(byFile["004"]?.article.text.components(separatedBy: "Syrian rebels have received a U.S.-backed proposal").count == 2)
        #expect(byFile["004"]?.article.text.contains("by Rocky") == false)
    }

    @Test func theCommandLineRunsTheReadmeJob() throws {
        let db = directory.file("cli.sqlite")
        let ingest = try runSitrep(["ingest", "--db", db, PackagePaths.seeds])
        #expect(ingest.status == 0)
        #expect(ingest.stdout.contains("ingested 5, already present 0, failed 0"))
        let again = try runSitrep(["ingest", "--db", db, PackagePaths.seeds])
        #expect(again.stdout.contains("ingested 0, already present 5, failed 0"))

        let html = directory.file("report.html")
        #expect(try runSitrep(["report", "--db", db, "-o", html]).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("Exclusive: Syrian rebels get proposal to quit Aleppo, jihadists retake Palmyra"))

        let json = try runSitrep(["report", "--db", db, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["articles"] as? [Any])?.count == 5)

        let search = try runSitrep(["search", "--db", db, "Palmyra"])
        #expect(search.stdout.contains("Exclusive: Syrian rebels"))
    }
}

struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `sitrep` executable, as a user would.
func runSitrep(_ arguments: [String], stdin: String? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: PackagePaths.sitrep)
    process.arguments = arguments
    // Standard error goes to a file: two pipes read one after the other could deadlock.
    let errorPath = NSTemporaryDirectory() + "sitrep-stderr-" + UUID().uuidString
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errorPath) }
    let out = Pipe()
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read before waiting, so a full pipe cannot block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try err.close()
    let stderr = FileManager.default.contents(atPath: errorPath) ?? Data()
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                         stderr: String(decoding: stderr, as: UTF8.self))
}
