import Foundation
import Testing
@testable import SitrepKit

/// Writes the events the reader finds in CASE 2021's dev snippets as the JSON that
/// `score_case2021.py score` reads, until the JSON report carries events. Opt-in:
/// CASE2021_REPORT=/tmp/case.json swift test --filter Case2021ReportTests, then
/// python3 ../shared/bench/score_case2021.py score ../shared/bench/case2021-dev.tsv /tmp/case.json
@Suite struct Case2021ReportTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CASE2021_REPORT"] != nil))
    func writeReport() throws {
        let out = try #require(ProcessInfo.processInfo.environment["CASE2021_REPORT"])
        let path = (PackagePaths.root as NSString).appendingPathComponent("../shared/bench/case2021-dev.tsv")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var articles: [[String: String]] = []
        var events: [[String: String]] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let id = String(fields[0])
            let article = EventTestStage.read(String(fields[1]), id: id)
            articles.append(["id": id, "url": "case2021:\(id)"])
            for event in article.layers.events {
                events.append(["article": id, "sub_event_type": event.value.subEventType.rawValue])
            }
        }
        let json = try JSONSerialization.data(withJSONObject: ["articles": articles, "events": events], options: [.sortedKeys])
        try json.write(to: URL(fileURLWithPath: out))
        #expect(!articles.isEmpty)
    }
}
