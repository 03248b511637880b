/// How wide each column of a table is, given how wide its content is and the room there is.
///
///     ColumnWidths.fit(columns, content: [8, 40, 23], room: 60)
///
/// Each column first takes its content's width capped at its preferred width; the flexible one
/// then grows into whatever room is left, up to its content's width. When that is too wide, the
/// columns shrink one column at a time, always the one furthest above its minimum, so none is
/// squeezed while another keeps its slack (the flexible one included: squeezing it alone to its
/// minimum would leave the widest cell the narrowest column). When even every minimum is too
/// wide the result is too: the table cuts its lines then.
enum ColumnWidths {
    static func fit(_ columns: [TerminalColumn], content: [Int], room: Int) -> [Int] {
        precondition(columns.count == content.count)
        var widths = zip(columns, content).map { column, content in max(1, min(content, column.preferredWidth)) }
        // A column narrower than its minimum by content stays so: its minimum is a floor for
        // squeezing, not padding.
        let floors = zip(columns, widths).map { column, width in min(column.minimumWidth, width) }
        if let flexible = columns.firstIndex(where: \.isFlexible) {
            let others = widths.indices.filter { $0 != flexible }.reduce(0) { $0 + widths[$1] }
            widths[flexible] = max(widths[flexible], min(content[flexible], room - others))
        }
        var excess = widths.reduce(0, +) - room
        while excess > 0 {
            let slack = widths.indices.map { widths[$0] - floors[$0] }
            guard let widest = slack.indices.max(by: { slack[$0] < slack[$1] }), slack[widest] > 0 else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }
}
