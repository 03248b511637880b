import Foundation
import Testing
@testable import SitrepKit

/// What issue 8 says the seeds must yield, read the way a user reads it: the command line's JSON
/// report and exports, after an ingest and its corpus pass.
@Suite(.serialized) struct ReadingEndToEndTests {
    // Built once for the suite (its tests run one after another): the ingest is the slow part.
    nonisolated(unsafe) static let report: (json: [String: Any], directory: TemporaryDirectory, db: String) = {
        let directory = TemporaryDirectory()
        let db = directory.file("reading.sqlite")
        _ = try! runSitrep(["ingest", "-q", "--db", db, PackagePaths.seeds])
        let json = try! runSitrep(["report", "--db", db, "--format", "json"])
        let object = try! JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        return (object, directory, db)
    }()

    var json: [String: Any] { Self.report.json }

    /// The article id of the seed whose file name starts with `prefix`.
    func article(_ prefix: String) -> [String: Any] {
        let articles = json["articles"] as! [[String: Any]]
        return articles.first { ($0["source"] as! String).split(separator: "/").last!.hasPrefix(prefix) }!
    }

    func records(_ name: String, in prefix: String) -> [[String: Any]] {
        let id = article(prefix)["id"] as! String
        return (json[name] as! [[String: Any]]).filter { $0["article"] as? String == id }
    }

    func dateValue(_ text: String, in prefix: String) -> [String] {
        records("dates", in: prefix).filter { ($0["text"] as! String).lowercased().contains(text.lowercased()) }.map { $0["value"] as! String }
    }

    @Test func relativeDatesResolveAgainstEachArticlesDate() {
        #expect(dateValue("Tuesday", in: "000").contains("2016-12-06"))
        #expect(dateValue("Monday", in: "000").contains("2016-12-05"))
        #expect(dateValue("Sunday", in: "004").contains("2016-12-11"))
        #expect(dateValue("Friday", in: "003").contains("2016-12-02"))
    }

    @Test func anUndatedArticleIsDatedFromItsOwnText() {
        let repost = article("004")
        #expect(repost["published"] as? String == "2016-12-11")
        #expect(repost["published_inferred"] as? Bool == true)
        let evidence = repost["published_evidence"] as? [String: Any]
        #expect((evidence?["text"] as? String)?.isEmpty == false)
        #expect(article("000")["published_inferred"] as? Bool == false)
    }

    /// A figure in `prefix` whose text contains `words`, with its low/high and counted noun.
    func figure(_ words: String, in prefix: String) -> [String: Any]? {
        records("quantities", in: prefix).first { ($0["text"] as! String).contains(words) }
    }

    @Test func theFiguresComeWithTheirRangesAndWhatTheyCount() throws {
        let expected: [(String, String, Double, Double, String)] = [
            ("001", "270,000", 270_000, 270_000, "civilians"),
            ("001", "4-5,000", 4_000, 5_000, "fighters"),
            ("001", "20,000", 20_000, 20_000, ""),
            ("001", "21,000", 21_000, 21_000, "civilians"),
            ("004", "120,000", 120_000, 120_000, ""),
            ("002", "98", 98, 98, ""),
            ("002", "3 sq", 3, 3, ""),
            ("003", "375", 34, 375, ""),
        ]
        for (file, words, low, high, counts) in expected {
            let q = try #require(figure(words, in: file), "\(words) in \(file)")
            #expect(q["low"] as? Double == low, "\(words)")
            #expect(q["high"] as? Double == high, "\(words)")
            if !counts.isEmpty { #expect((q["counts"] as? String)?.contains(counts) == true, "\(words)") }
        }
        #expect(figure("98", in: "002")?["unit"] as? String == "percent")
        #expect(figure("3 sq", in: "002")?["unit"] as? String == "square kilometre")
    }

    func entity(named name: String) -> [String: Any]? {
        (json["entities"] as! [[String: Any]]).first { e in
            e["name"] as? String == name || (e["aliases"] as? [String])?.contains(name) == true
        }
    }

    @Test func spellingsAndFormerNamesAreOneEntity() {
        for names in [["Jabhat Fateh al-Sham", "Nusra Front", "Jabhat al-Nusra"], ["Jeish al-Fatah", "Jaish al-Fatah"],
                      ["Idleb", "Idlib"], ["Hizbullah", "Hezbollah"]] {
            let ids = Set(names.compactMap { entity(named: $0)?["id"] as? String })
            #expect(ids.count == 1, "\(names): \(ids)")
        }
    }

    @Test func placesAreGeocodedInSyria() {
        for name in ["Palmyra", "Aleppo", "Idlib"] {
            let place = entity(named: name)
            #expect(place?["kind"] as? String == "place", "\(name)")
            #expect(place?["country"] as? String == "SY", "\(name)")
        }
    }

    @Test func everyRecordPointsAtItsOwnWords() {
        let texts = Dictionary(uniqueKeysWithValues: (json["articles"] as! [[String: Any]]).map { ($0["id"] as! String, Array(($0["text"] as! String).unicodeScalars)) })
        for layer in ["mentions", "dates", "quantities"] {
            for record in json[layer] as! [[String: Any]] {
                let scalars = texts[record["article"] as! String]!
                let start = record["start"] as! Int, end = record["end"] as! Int
                #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
            }
        }
    }

    @Test func layersExportAsCSVAndJSONLines() throws {
        for layer in ["entities", "mentions", "dates", "quantities"] {
            let csv = try runSitrep(["export", layer, "--db", Self.report.db])
            #expect(csv.status == 0)
            let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(rows.count == (json[layer] as! [Any]).count + 1, "\(layer)")
            let jsonl = try runSitrep(["export", layer, "--db", Self.report.db, "--format", "jsonl"])
            #expect(jsonl.stdout.split(separator: "\n").count == (json[layer] as! [Any]).count, "\(layer)")
        }
    }
}
