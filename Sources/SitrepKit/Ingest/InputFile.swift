/// One input to read: a file found by ``Ingestor/plan(_:)``, or standard input.
///
///     let input = InputFile(path: "crawl/CC-NEWS-2016.warc.gz", size: 1_048_576_000)
///     try Ingestor().read(input, document: { store.add($0) }, failure: { print($0) })
public struct InputFile: Sendable, Hashable {
    /// A file path, or `-` for standard input.
    public var path: String
    /// Size in bytes on disk (compressed size for a gzip file); nil for standard input and pipes.
    public var size: Int?

    public init(path: String, size: Int? = nil) {
        self.path = path
        self.size = size
    }

    /// Standard input.
    public static let standardInput = InputFile(path: "-")
}
