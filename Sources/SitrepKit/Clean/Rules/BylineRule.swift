/// "By Jane Doe", "Articles by: X", "Written by X", "Author: X": who wrote it, not what it says.
struct BylineRule: LineRule {
    static let prefixes = ["by ", "articles by", "written by ", "author:", "authors:", "posted by ", "reporting by "]

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        guard line.wordCount <= 12, line.starts(withAnyOf: Self.prefixes) else { return nil }
        return .byline
    }

    /// The name a byline line gives.
    static func name(in line: TextLine) -> String? {
        let lowered = line.lowered
        guard let prefix = prefixes.first(where: { lowered.hasPrefix($0) }) else { return nil }
        let rest = line.plain.dropFirst(prefix.count).drop(while: { $0 == ":" || $0 == " " })
        let name = String(rest).trimmingWhitespace()
        return name.isEmpty ? nil : name
    }
}
