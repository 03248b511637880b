/// Finds the article inside whole-page text: the stretch of lines where running prose outweighs
/// everything else. Menus, headers, "related" lists and footers are runs of short lines; the
/// article is a run of long, punctuated ones, with the odd heading or caption between them.
///
/// Each line scores by its length when it reads as prose and a small penalty when it does not;
/// the article is the stretch with the greatest total (the maximum-sum segment, found in one pass).
/// A heading or an ad line inside the article costs less than the paragraphs around it earn, so
/// it stays; a menu of twenty short lines costs more than any one paragraph, so it goes.
enum MainBlock {
    /// The lines of the best segment, or nil when nothing scores (no prose at all) or the text is
    /// too short to be a whole page.
    static func range(of lines: [TextLine], judged: [RemovedSegment.Reason?], minimumLines: Int = 8) -> ClosedRange<Int>? {
        let open = lines.indices.filter { !lines[$0].isBlank && judged[$0] == nil }
        guard open.count >= minimumLines else { return nil }
        var best: (score: Int, range: ClosedRange<Int>)?
        var runStart: Int?
        var runScore = 0
        for (position, index) in open.enumerated() {
            // A row of figures next to another is a table's: short, yet no furniture, it neither
            // earns nor costs. (A lone "label: number" line is judged like any other.)
            let inTable = lines[index].isFigureRow
                && (position > 0 && lines[open[position - 1]].isFigureRow || position + 1 < open.count && lines[open[position + 1]].isFigureRow)
            let value = inTable ? 0 : score(lines[index])
            if runStart == nil || runScore <= 0 {
                runStart = index
                runScore = 0
            }
            runScore += value
            if runScore > (best?.score ?? 0), let start = runStart {
                best = (runScore, start...index)
            }
        }
        return best.map { withAdjoiningTables($0.range, lines, judged) }
    }

    /// The block with the tables of figures that adjoin it, above or below (blank lines and one
    /// heading line, "Casualties by province:", between): a table closing an article scores
    /// nothing, so the best segment stops short of it, yet it is the article's.
    static func withAdjoiningTables(_ range: ClosedRange<Int>, _ lines: [TextLine], _ judged: [RemovedSegment.Reason?]) -> ClosedRange<Int> {
        func isOpen(_ index: Int) -> Bool { judged[index] == nil && !lines[index].isBlank }
        func isRow(_ index: Int) -> Bool { isOpen(index) && lines[index].isFigureRow }
        // What may stand between the block and a table: a heading ("Casualties by province:"),
        // or a line cleaning removed (a site's standard heading, a label).
        func isGap(_ index: Int) -> Bool {
            !lines[index].isBlank && !lines[index].isFigureRow && (judged[index] != nil || lines[index].wordCount <= 8 && !lines[index].isProse)
        }

        var upper = range.upperBound
        while true {
            var index = upper + 1
            while index < lines.count, lines[index].isBlank { index += 1 }
            if index < lines.count, isGap(index) {
                index += 1
                while index < lines.count, lines[index].isBlank { index += 1 }
            }
            var rows = 0
            var lastRow = index
            while index < lines.count, isRow(index) || (lines[index].isBlank && rows > 0) {
                if !lines[index].isBlank { rows += 1; lastRow = index }
                index += 1
            }
            guard rows >= minimumTableRows else { break }
            upper = lastRow
        }
        var lower = range.lowerBound
        while true {
            var index = lower - 1
            while index >= 0, lines[index].isBlank { index -= 1 }
            if index >= 0, isGap(index) {
                index -= 1
                while index >= 0, lines[index].isBlank { index -= 1 }
            }
            var rows = 0
            var firstRow = index
            while index >= 0, isRow(index) || (lines[index].isBlank && rows > 0) {
                if !lines[index].isBlank { rows += 1; firstRow = index }
                index -= 1
            }
            guard rows >= minimumTableRows else { break }
            lower = firstRow
            while index >= 0, lines[index].isBlank { index -= 1 }
            if index >= 0, isGap(index), judged[index] == nil { lower = index }
        }
        return lower...upper
    }

    /// Fewer rows than this are a counter or a label, not a table.
    static let minimumTableRows = 2

    static func score(_ line: TextLine) -> Int {
        // A teaser cut off mid-sentence ("… which provide you with a way to…") is a link to
        // another story, however long.
        // So is a run of capitalised words: a menu flattened into one line, or a headline.
        if isTruncated(line) || line.isTitleCased { return -(3 + min(line.wordCount, 12) / 2) }
        if line.isProse {
            if line.endsSentence || line.plain.hasSuffix(":") { return line.wordCount }
            // Many words and hardly a full stop: headlines or dates run together, not prose.
            let stops = line.plain.components(separatedBy: ". ").count - 1
            return stops * 30 < line.wordCount ? -(3 + min(line.wordCount, 12) / 2) : line.wordCount / 3
        }
        // A short sentence, or one introducing what follows ("The ministry gave these figures:").
        if (line.endsSentence || line.plain.hasSuffix(":") && line.wordCount >= 6) && line.wordCount >= 4 { return 1 }
        return -(3 + min(line.wordCount, 12) / 2)
    }

    static func isTruncated(_ line: TextLine) -> Bool {
        line.plain.hasSuffix("...") || line.plain.hasSuffix("…") || line.plain.hasSuffix("[…]") || line.plain.hasSuffix("[...]")
    }
}
