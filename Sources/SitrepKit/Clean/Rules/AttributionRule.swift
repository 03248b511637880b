/// Where a republished piece came from: "The original source of this article is X",
/// "Originally published by X", "Copyright © X, 2016", "Source: X".
struct AttributionRule: LineRule {
    static let prefixes = PhraseList(["the original source of this article is", "this article was originally published",
                                      "originally published by", "originally published at", "originally published on",
                                      "originally appeared", "source:", "copyright ©", "copyright (c)", "©", "copyright"])

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        line.wordCount <= 25 && line.starts(withAnyOf: Self.prefixes) ? .attribution : nil
    }

    /// The outlet an attribution line names: the words after the cue, up to a comma or year.
    static func outlet(in line: TextLine) -> String? {
        guard let prefix = prefixes.prefix(of: line.lowered) else { return nil }
        // The prefixes lowercase to the same bytes they match, so the offset holds in `plain`.
        var rest = String(decoding: line.plain.utf8.dropFirst(prefix.count), as: UTF8.self).trimming(" :©")
        for cue in ["by ", "at ", "on ", "in "] where rest.lowercased().hasPrefix(cue) {
            rest = String(rest.dropFirst(cue.count))
        }
        var name = rest.split(separator: ",").first.map(String.init) ?? ""
        // "… by X on May 2", "… at X in 2019": the name ends where a lowercase preposition starts.
        for preposition in [" on ", " at ", " in "] {
            if let cut = name.range(of: preposition) { name = String(name[..<cut.lowerBound]) }
        }
        name = name.trimming(" .")
        guard !name.isEmpty, name.count <= 80, name.first?.isNumber == false else { return nil }
        return name
    }
}
