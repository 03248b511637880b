/// The inputs a run will read, expanded from the paths a user gave, and the paths that could not
/// be used. A progress bar can be sized from ``totalBytes`` before anything is read.
///
///     let plan = Ingestor().plan(["articles/", "extra.jsonl", "-"])
///     plan.errors.forEach { print($0) }          // missing.html: no such file or directory
///     for file in plan.files { … }
public struct InputPlan: Sendable {
    /// Files in the order to read them: paths as given, each folder's files sorted by name.
    public var files: [InputFile]
    public var errors: [IngestError]
    /// The sum of the known file sizes (standard input and pipes count as 0).
    public var totalBytes: Int

    public init(files: [InputFile] = [], errors: [IngestError] = [], totalBytes: Int = 0) {
        self.files = files
        self.errors = errors
        self.totalBytes = totalBytes
    }
}
