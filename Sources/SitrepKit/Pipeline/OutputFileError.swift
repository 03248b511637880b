/// Why an output file could not be written, naming it.
///
///     OutputFileError(path: "out/a.txt", reason: "Permission denied")
///     // out/a.txt: cannot write: Permission denied
public struct OutputFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The system's words for it (`strerror`).
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): cannot write: \(reason)" }
}
