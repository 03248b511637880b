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
        let wrapped = TextLine.hardWrappedLines(lines)
        var best: (score: Int, range: ClosedRange<Int>)?
        var runStart: Int?
        var runScore = 0
        for index in open {
            // A hard-wrapped paragraph's lines are prose however they were cut.
            let value = wrapped.contains(index) ? lines[index].wordCount : score(lines[index])
            if runStart == nil || runScore <= 0 {
                runStart = index
                runScore = 0
            }
            runScore += value
            if runScore > (best?.score ?? 0), let start = runStart {
                best = (runScore, start...index)
            }
        }
        return best?.range
    }

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
        if line.endsSentence && line.wordCount >= 4 { return 1 }
        return -(3 + min(line.wordCount, 12) / 2)
    }

    static func isTruncated(_ line: TextLine) -> Bool {
        line.plain.hasSuffix("...") || line.plain.hasSuffix("…") || line.plain.hasSuffix("[…]") || line.plain.hasSuffix("[...]")
    }
}
