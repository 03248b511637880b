/// Finds social posts embedded in a body. A card header ("Some Name @handle · Dec 4") comes
/// before the post's own short lines (text, date, link), which go with it up to the next prose or
/// four lines at most; a signature line ("— Some Name (@handle) October 9, 2018") closes a quoted
/// post and is taken alone, since what precedes it may be the article quoting the post.
enum EmbeddedPost {
    static let maximumPostLines = 4

    static func lines(_ lines: [TextLine], judged: [RemovedSegment.Reason?]) -> Set<Int> {
        var found = Set<Int>()
        var index = 0
        while index < lines.count {
            guard judged[index] == nil, isPostHeader(lines[index]) else { index += 1; continue }
            found.insert(index)
            var next = index + 1
            if lines[index].plain.contains("·") {
                var taken = 0
                while next < lines.count, taken < maximumPostLines, !lines[next].isProse {
                    if !lines[next].isBlank && judged[next] == nil {
                        found.insert(next)
                        taken += 1
                    }
                    next += 1
                }
            }
            index = next
        }
        return found
    }

    /// An account handle next to a date or a "·" separator, on a short line.
    static func isPostHeader(_ line: TextLine) -> Bool {
        guard line.wordCount <= 12, let at = line.plain.firstIndex(of: "@") else { return false }
        let handle = line.plain[line.plain.index(after: at)...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard !handle.isEmpty else { return false }
        return line.plain.contains("·") || DateMention.first(in: line.plain) != nil || line.plain.hasPrefix("—")
    }
}
