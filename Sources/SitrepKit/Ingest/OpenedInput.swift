/// An input opened for reading: its bytes (gunzipped when the file is gzip, whatever its name),
/// the name errors and documents carry, and the progress so far.
final class OpenedInput {
    /// The path as given, `-` for standard input: the `source` of every error and document.
    let name: String
    let reader: ByteReader
    let isGzip: Bool
    private let file: FileByteStream
    private var reportedBytes = 0

    /// How often, in input bytes, readers pass progress on: a few times per second at ingest speed.
    private static let progressStep = 1 << 20

    private init(name: String, file: FileByteStream, reader: ByteReader, isGzip: Bool) {
        self.name = name
        self.file = file
        self.reader = reader
        self.isGzip = isGzip
    }

    /// Opens the file and looks at its first two bytes for the gzip magic number.
    static func open(_ input: InputFile) -> Result<OpenedInput, IngestError> {
        switch FileByteStream.open(input.path) {
        case .failure(let failure):
            return .failure(IngestError(source: input.path, reason: failure.reason))
        case .success(let file):
            let raw = ByteReader(file)
            guard FormatSniffer.isGzip(raw.peek(2)) else {
                return .success(OpenedInput(name: input.path, file: file, reader: raw, isGzip: false))
            }
            let gzip = GzipByteStream(source: file, pending: raw.peek(raw.bufferedCount))
            return .success(OpenedInput(name: input.path, file: file, reader: ByteReader(gzip), isGzip: true))
        }
    }

    /// The size of the document in a single-document file, when known before reading it.
    var knownDocumentSize: Int? {
        isGzip ? nil : file.regularFileSize
    }

    /// Bytes not yet read from an uncompressed regular file; nil for gzip and for streams.
    var bytesLeft: Int? {
        guard !isGzip, let size = file.regularFileSize else { return nil }
        return max(0, size - (file.bytesConsumed - reader.bufferedCount))
    }

    /// Input bytes consumed so far: compressed bytes for a gzip file.
    var bytesConsumed: Int { file.bytesConsumed }

    /// Passes the bytes consumed on to `progress` when they have grown by a step since last time.
    func reportProgress(_ progress: (Int) -> Void) {
        let consumed = file.bytesConsumed
        guard consumed - reportedBytes >= Self.progressStep else { return }
        reportedBytes = consumed
        progress(consumed)
    }

    /// An error about the whole input.
    func error(_ reason: String) -> IngestError {
        IngestError(source: name, reason: reason)
    }

    /// An error about one record, line or item inside the input.
    func error(at location: String, _ reason: String) -> IngestError {
        IngestError(source: name, location: location, reason: reason)
    }
}
