/// Why one input, or one record inside it, could not be read. A value the caller counts and
/// reports; it never stops the run.
///
///     IngestError(source: "feeds/a.jsonl", location: "line 3", reason: "not JSON")
///     // feeds/a.jsonl: line 3: not JSON
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or URL, or `-` for standard input).
    public var source: String
    /// Where inside it: `line 3`, `record 2 at byte 10482`. Nil when the whole input failed.
    public var location: String?
    public var reason: String

    public init(source: String, location: String? = nil, reason: String) {
        self.source = source
        self.location = location
        self.reason = reason
    }

    public var description: String {
        [source, location, reason].compactMap { $0 }.joined(separator: ": ")
    }
}
