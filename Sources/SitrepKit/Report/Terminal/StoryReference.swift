import Foundation

/// A story named on the command line, as the JSON report and `sitrep stories` print it
/// ("story:3") or by its number alone ("3").
///
///     try StoryReference.id(parsing: "story:3")   // 3
///     try StoryReference.id(parsing: "3")         // 3
///     StoryReference.text(3)                       // "story:3"
public enum StoryReference {
    public static func id(parsing text: String) throws -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // Case-insensitive so "Story:3", copied from a heading someone retyped, still works.
        let number = trimmed.lowercased().hasPrefix(prefix) ? trimmed.dropFirst(prefix.count) : Substring(trimmed)
        guard let id = Int64(number), id > 0 else { throw Malformed(text: text) }
        return id
    }

    public static func text(_ id: Int64) -> String {
        prefix + String(id)
    }

    private static let prefix = "story:"

    public struct Malformed: Error, Sendable, Hashable, CustomStringConvertible {
        public var text: String

        public var description: String {
            "not a story id: \"\(TerminalText.sanitized(text))\" (give story:3 or 3, as sitrep stories lists them)"
        }
    }
}
