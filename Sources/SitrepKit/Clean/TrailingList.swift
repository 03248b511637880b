/// Finds a list appended after the article: a forum's "latest posts" sidebar, related headlines,
/// a tag cloud. It is a long run of short lines at the end of the document that read like list
/// items (bullets, "… at 7:09 am by someone", headlines without sentence punctuation) rather than prose.
enum TrailingList {
    static let bullets: Set<Unicode.Scalar> = ["»", "•", "·", "▪", "►", "-", "*", "–", "—", "›", "+"]

    /// The index of the first line of the trailing list, or nil when the document ends in prose.
    static func start(of lines: [TextLine], minimumItems: Int = 8) -> Int? {
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        var items = 0
        var marked = 0
        var start: Int?
        var position = nonBlank.count
        while position > 0 {
            position -= 1
            let line = lines[nonBlank[position]]
            if isListItem(line) {
                items += 1
                if isMarkedItem(line) { marked += 1 }
                start = nonBlank[position]
                continue
            }
            // A prose-looking line inside the list (a long headline) is tolerated when list items
            // go on above it; prose above it means the article has been reached.
            let above = nonBlank[max(0, position - 2)..<position]
            if above.count < 2 || !above.allSatisfy({ isListItem(lines[$0]) }) { break }
        }
        return items >= minimumItems && marked * 2 >= items ? start : nil
    }

    static func isListItem(_ line: TextLine) -> Bool {
        isMarkedItem(line) || (line.wordCount <= 15 && !line.endsSentence && !line.plain.contains(". "))
    }

    /// A line that announces itself as a list item: a bullet, or a timestamp with a poster's name.
    static func isMarkedItem(_ line: TextLine) -> Bool {
        guard let first = line.plain.unicodeScalars.first else { return false }
        return bullets.contains(first) || (line.wordCount <= 8 && isTimestampByline(line))
    }

    /// "Today at 7:09 am by Rocky", "Thu 12 Dec 2024, 5:07 am by Rocky", "2 hours ago".
    static func isTimestampByline(_ line: TextLine) -> Bool {
        let text = String(decoding: line.lowered, as: UTF8.self)
        let hasClock = text.contains(" am") || text.contains(" pm") || text.contains(":")
        return (hasClock && text.contains(" by ")) || text.hasSuffix(" ago") || text.hasPrefix("today at")
            || text.hasPrefix("yesterday at")
    }
}
