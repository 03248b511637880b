/// A plain-text table for the terminal that never runs wider than `width` display columns, whatever
/// its cells hold: long text wraps at spaces within its column, a word too long for it is cut
/// with "…", wide characters count double, and control characters and escape sequences from the
/// cells are made inert (``TerminalText``) so no cell can move the cursor or recolour the screen.
///
///     let table = TerminalTable(columns: [
///         TerminalColumn("id", preferred: 10),
///         TerminalColumn("articles", alignment: .right, preferred: 8),
///         TerminalColumn("outlets", minimum: 12, preferred: 40, flexible: true),
///     ], width: 70)
///     print(table.render([["story:1", "5", "Moon of Alabama, Fars News Agency, Reuters"]]), terminator: "")
///
///     id       articles  outlets
///     -------  --------  ------------------------------------------
///     story:1         5  Moon of Alabama, Fars News Agency, Reuters
///
/// A row takes as many lines as its most wrapped cell; lines carry no trailing spaces.
public struct TerminalTable: Sendable {
    public var columns: [TerminalColumn]
    /// The widest a line may be, in display columns.
    public var width: Int
    /// Between two columns; counted in the width.
    public var gap: Int

    public init(columns: [TerminalColumn], width: Int = 100, gap: Int = 2) {
        precondition(columns.filter(\.isFlexible).count <= 1, "a table has at most one flexible column")
        self.columns = columns
        self.width = max(1, width)
        self.gap = max(0, gap)
    }

    /// The table's lines, header first, each ending in a newline.
    public func render(_ rows: [[String]]) -> String {
        lines(rows).map { $0 + "\n" }.joined()
    }

    /// The table's lines without their newlines: the header, a rule under it, then each row's lines.
    public func lines(_ rows: [[String]]) -> [String] {
        // Made inert and reduced to single spaces once, so widths are measured on what is shown.
        let header = columns.map { Self.displayable($0.header) }
        let cells = rows.map { row in
            precondition(row.count == columns.count, "a row has one cell per column")
            return row.map(Self.displayable)
        }
        let content = columns.indices.map { i in
            cells.reduce(DisplayWidth.of(header[i])) { max($0, DisplayWidth.of($1[i])) }
        }
        let room = width - gap * max(0, columns.count - 1)
        let widths = ColumnWidths.fit(columns, content: content, room: room)

        var lines = layOut(header, widths)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        for row in cells { lines += layOut(row, widths) }
        // Only when even the columns' minimums do not fit: cut rather than overflow.
        return lines.map { DisplayWidth.of($0) > width ? WordWrap.cut($0, width: width) : $0 }
    }

    /// One row's cells wrapped to their columns and set side by side, line by line.
    private func layOut(_ row: [String], _ widths: [Int]) -> [String] {
        let wrapped = row.indices.map { WordWrap.lines(row[$0], width: widths[$0]) }
        let height = wrapped.map(\.count).max() ?? 0
        let spacer = String(repeating: " ", count: gap)
        return (0..<height).map { lineIndex in
            let parts = columns.indices.map { i in
                pad(lineIndex < wrapped[i].count ? wrapped[i][lineIndex] : "", to: widths[i], columns[i].alignment)
            }
            return trimmingTrailingSpaces(parts.joined(separator: spacer))
        }
    }

    private func pad(_ text: String, to width: Int, _ alignment: TerminalColumn.Alignment) -> String {
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return alignment == .left ? text + fill : fill + text
    }

    private func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// A cell as the table shows it: inert, its whitespace runs one space each.
    static func displayable(_ text: String) -> String {
        TerminalText.sanitized(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
