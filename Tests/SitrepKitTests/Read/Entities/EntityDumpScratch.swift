import Foundation
import Testing
@testable import SitrepKit

@Suite struct EntityDumpScratch {
    @Test func dumpSeeds() throws {
        guard ProcessInfo.processInfo.environment["SITREP_DUMP"] != nil else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds).sorted()
        var out = ""
        for file in files {
            let path = (PackagePaths.seeds as NSString).appendingPathComponent(file)
            let payload = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let article = try Pipeline().process(SourceDocument(source: file, format: .text, payload: payload)).article
            out += "== \(file) outlet=\(article.outlet ?? "-")\n"
            for m in article.layers.mentions {
                let role = m.value.role.map { " [role: \(article.text[$0])]" } ?? ""
                out += "  \(article.text[m.span]) → \(m.value.entity)\(role)\n"
            }
            for a in article.layers.aliases { out += "  ALIAS \(a.entity) ← \(a.alias) \(a.reason)\n" }
        }
        try out.write(toFile: "/tmp/ents-dump.txt", atomically: true, encoding: .utf8)
    }
}
