import Testing
@testable import SitrepKit

/// The table keeps to its width whatever its cells hold.
@Suite struct TerminalTableTests {
    private let columns = [
        TerminalColumn("name", minimum: 4, preferred: 12),
        TerminalColumn("count", alignment: .right, minimum: 3, preferred: 6),
        TerminalColumn("notes", minimum: 8, preferred: 20, flexible: true),
    ]

    @Test func laysOutHeaderRuleAndRightAlignedCells() {
        let table = TerminalTable(columns: columns, width: 40)
        #expect(table.lines([["Aleppo", "5", "east"], ["Idlib", "12", ""]]) == [
            "name    count  notes",
            "------  -----  -----",
            "Aleppo      5  east",
            "Idlib      12",
        ])
    }

    @Test func theFlexibleColumnTakesTheRoomLeftAndWrapsWithinIt() {
        let notes = "rebels were offered safe passage out of the eastern districts"
        let lines = TerminalTable(columns: columns, width: 40).lines([["Aleppo", "5", notes]])
        // 40 columns less "Aleppo" (6), "count" (5) and two gaps of 2: 25 for the notes.
        #expect(lines == [
            "name    count  notes",
            "------  -----  -------------------------",
            "Aleppo      5  rebels were offered safe",
            "               passage out of the",
            "               eastern districts",
        ])
    }

    @Test func fixedColumnsGiveWayToTheirMinimumWhenTheTableIsNarrow() {
        let lines = TerminalTable(columns: columns, width: 24).lines([["Deir ez-Zor Governorate", "100000", "besieged"]])
        // 20 columns between the gaps: the name gives up its slack, the figure and notes keep theirs.
        #expect(lines == [
            "name     count  notes",
            "------  ------  --------",
            "Deir    100000  besieged",
            "ez-Zor",
            "Gover…",
        ])
    }

    @Test func aHostileCellComesOutCleanOnOneLine() {
        let cell = "\u{1B}[31mred alert\u{1B}[0m\nsecond line\r\u{1B}]0;pwned\u{07}\u{9B}2J"
        let lines = TerminalTable(columns: columns, width: 80).lines([["x", "1", cell]])
        #expect(lines.count == 3)
        #expect(lines[2] == "x         1  red alert second line")
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func wideCharactersAreMeasuredAsTwoColumns() {
        let lines = TerminalTable(columns: columns, width: 30).lines([["阿勒颇", "3", "東アレッポ 包囲"]])
        #expect(lines[2] == "阿勒颇      3  東アレッポ 包囲")
        #expect(DisplayWidth.of(lines[2]) == 30)
    }

    /// Long, wide, combining, emoji and hostile text at widths from far too narrow to roomy.
    @Test func noLineIsEverWiderThanTheTable() {
        let nasty = [
            String(repeating: "word ", count: 60),
            String(repeating: "x", count: 300),
            String(repeating: "阿勒颇", count: 40),
            "Z\u{301}\u{302}\u{303}a\u{304}\u{305}l\u{306}g\u{307}o " + String(repeating: "👨\u{200D}👩\u{200D}👧 🇸🇾 ", count: 20),
            "\u{1B}[31m" + String(repeating: "\u{1B}[1A\u{1B}[2K ", count: 30) + "\n\n\t\u{0}\u{7}end",
            "ｆｕｌｌｗｉｄｔｈ ﾊﾝｶｸ mixed 東アレッポ-and-ascii-joined-by-hyphens-into-one-word",
            "",
        ]
        var rows: [[String]] = []
        for (i, text) in nasty.enumerated() {
            rows.append([text, String(i), nasty[(i + 1) % nasty.count]])
        }
        for width in [1, 3, 10, 17, 24, 40, 63, 80, 100, 120] {
            for line in TerminalTable(columns: columns, width: width).lines(rows) {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
    }

    @Test func theDefaultWidthIsAHundredColumns() {
        let lines = TerminalTable(columns: columns).lines([["a", "1", String(repeating: "long words ", count: 40)]])
        #expect(lines.map { DisplayWidth.of($0) }.max() == 100)
    }
}
