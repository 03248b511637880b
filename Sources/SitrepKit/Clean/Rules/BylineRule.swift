/// "By Jane Doe", "Articles by: X", "Written by X", "Author: X": who wrote it, not what it says.
struct BylineRule: LineRule {
    static let prefixes = PhraseList(["by ", "articles by", "written by ", "author:", "authors:", "posted by ", "reporting by "])

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        // "By nightfall, the rebels had withdrawn." starts like a byline but is a sentence.
        guard line.wordCount <= 12, !line.endsSentence, line.starts(withAnyOf: Self.prefixes),
              let name = Self.name(in: line), name.first?.isUppercase == true else { return nil }
        return .byline
    }

    /// The name a byline line gives.
    static func name(in line: TextLine) -> String? {
        guard let prefix = prefixes.prefix(of: line.lowered) else { return nil }
        // The prefixes are ASCII, whose lowercasing keeps byte lengths: the offset holds in `plain`.
        let rest = String(decoding: line.plain.utf8.dropFirst(prefix.count), as: UTF8.self).drop(while: { $0 == ":" || $0 == " " })
        let name = String(rest).trimmingWhitespace()
        return name.isEmpty ? nil : name
    }
}
