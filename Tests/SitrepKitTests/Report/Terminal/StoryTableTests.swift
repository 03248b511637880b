import Foundation
import Testing
@testable import SitrepKit

/// Stories as rows, on records built here rather than read from a store.
@Suite struct StoryTableTests {
    private func story(_ id: Int64, _ label: String, start: String?, end: String?, articles: Int,
                       outlets: [String], first: String?) -> StoryRecord {
        StoryRecord(id: id, label: label, start: start, end: end, articles: (0..<articles).map { "a\($0)" },
                    outlets: outlets, firstReportedBy: first)
    }

    @Test func aRowHoldsIdLabelDaysCountOutletsAndTheFirstReporter() {
        let mosul = story(7, "Mosul: Iraqi forces, advance", start: "2016-11-02", end: "2016-11-04", articles: 3,
                          outlets: ["Wire One", "Daily Two"], first: "Wire One")
        #expect(StoryTable.row(mosul) == ["story:7", "Mosul: Iraqi forces, advance", "2016-11-02 – 2016-11-04", "3",
                                          "Wire One, Daily Two", "Wire One"])
    }

    @Test func theDaysAreARangeOneDayOrUndated() {
        #expect(StoryTable.span(story(1, "a", start: "2016-11-02", end: "2016-11-04", articles: 1, outlets: [], first: nil))
                == "2016-11-02 – 2016-11-04")
        #expect(StoryTable.span(story(1, "a", start: "2016-11-02", end: "2016-11-02", articles: 1, outlets: [], first: nil))
                == "2016-11-02")
        #expect(StoryTable.span(story(1, "a", start: nil, end: "2016-11-04", articles: 1, outlets: [], first: nil)) == "2016-11-04")
        #expect(StoryTable.span(story(1, "a", start: nil, end: nil, articles: 1, outlets: [], first: nil)) == "undated")
        #expect(StoryTable.row(story(1, "a", start: nil, end: nil, articles: 1, outlets: [], first: nil)).last == "unknown")
    }

    @Test func manyOutletsWrapInsideTheTableWidth() {
        // One word each, so a name is never split across lines and each can be found whole.
        let outlets = (1...12).map { "Outlet-\($0)" }
        let records = [
            story(1, "Homs: Syrian Army, siege, evacuation, buses, Red Crescent", start: "2016-12-01", end: "2016-12-20",
                  articles: 40, outlets: outlets, first: "Outlet-1"),
            story(2, "Idlib", start: "2016-12-03", end: "2016-12-03", articles: 1, outlets: ["Outlet-2"], first: nil),
        ]
        for width in [60, 80, 100] {
            let lines = StoryTable(width: width).table.lines(records.map(StoryTable.row))
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
            let words = Set(lines.flatMap { $0.split(separator: " ").map { $0.trimmingCharacters(in: [","]) } })
            #expect(outlets.allSatisfy(words.contains), "width \(width)")
            // Each story starts a line with its id; the rest are continuation lines.
            #expect(lines.filter { $0.hasPrefix("story:") }.count == 2)
            #expect(lines.count > 4)
        }
    }

    @Test func aHostileLabelCannotReachTheTerminal() {
        let record = story(3, "\u{1B}]0;owned\u{07}Raqqa\u{1B}[2J\nfalls", start: nil, end: nil, articles: 2,
                           outlets: ["Evil\u{9B}31m Times"], first: "Evil Times")
        let text = StoryTable().render([record])
        #expect(text.contains("Raqqa falls"))
        #expect(text.contains("Evil Times"))
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    }
}
