/// Finds a body pasted twice into one document: a run of lines that repeats an earlier run in
/// the same order. The first copy stays; the second is marked.
///
/// Lines are compared by their plain text, and only substantial lines anchor a repeat, so a
/// recurring short heading or a blank line does not start one. A pasted body repeats from its
/// top, so a repeat must start at one of the first substantial lines: an article that repeats a
/// few of its own lines further down (a recipe, a refrain) keeps them.
enum RepeatedBody {
    /// The indexes of lines that repeat an earlier run of at least `minimumRun` substantial lines.
    static func repeatedLines(_ lines: [TextLine], minimumRun: Int = 3, openingLines: Int = 3) -> Set<Int> {
        let opening = Set(lines.indices.filter { lines[$0].wordCount >= 6 }.prefix(openingLines))
        var firstSeen: [String: Int] = [:]
        var repeated = Set<Int>()
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.wordCount >= 6 {
                if let earlier = firstSeen[line.plain], opening.contains(earlier) {
                    let run = matchingRun(lines, earlier: earlier, later: index)
                    if run.substantial >= minimumRun {
                        repeated.formUnion(run.lines)
                        index = (run.lines.last ?? index) + 1
                        continue
                    }
                } else if firstSeen[line.plain] == nil {
                    firstSeen[line.plain] = index
                }
            }
            index += 1
        }
        return repeated
    }

    /// Walks both copies in step, skipping blank lines, while they agree.
    private static func matchingRun(_ lines: [TextLine], earlier: Int, later: Int) -> (lines: [Int], substantial: Int) {
        var a = earlier, b = later, substantial = 0
        var run: [Int] = []
        while a < later, b < lines.count {
            if lines[a].isBlank { a += 1; continue }
            if lines[b].isBlank { run.append(b); b += 1; continue }
            guard lines[a].plain == lines[b].plain else { break }
            if lines[b].wordCount >= 6 { substantial += 1 }
            run.append(b)
            a += 1
            b += 1
        }
        return (run, substantial)
    }
}
