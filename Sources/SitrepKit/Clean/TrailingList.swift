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
        // Rows of figures ("- Province: 1,204") make a table, which is the article's.
        guard !line.isFigureRow else { return false }
        return isMarkedItem(line) || (line.wordCount <= 15 && !line.endsSentence && !line.plain.contains(". "))
    }

    /// A line that announces itself as a list item: a bullet, or a timestamp with a poster's name.
    static func isMarkedItem(_ line: TextLine) -> Bool {
        guard let first = line.plain.unicodeScalars.first else { return false }
        return bullets.contains(first) || (line.wordCount <= 8 && isTimestampByline(line))
    }

    /// "Today at 7:09 am by someone", "Thu 12 Dec 2024, 5:07 am by someone", "2 hours ago".
    static func isTimestampByline(_ line: TextLine) -> Bool {
        let text = String(decoding: line.lowered, as: UTF8.self)
        return (hasClock(text) && text.contains(" by ")) || text.hasSuffix(" ago") || text.hasPrefix("today at")
            || text.hasPrefix("yesterday at")
    }

    /// A time of day: "7:09", "5 pm", "11am".
    static func hasClock(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for i in bytes.indices where isDigit(bytes[i]) {
            if i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: ":"), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]) { return true }
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
            if j + 1 < bytes.count, bytes[j] == UInt8(ascii: "a") || bytes[j] == UInt8(ascii: "p"), bytes[j + 1] == UInt8(ascii: "m"),
               j + 2 == bytes.count || !isLetter(bytes[j + 2]) {
                return true
            }
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
}
