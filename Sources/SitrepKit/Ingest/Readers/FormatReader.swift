/// Reads the documents of one container format from an opened input. One type per format, so
/// each format's framing and failure rules live in one place.
protocol FormatReader {
    func read(_ input: OpenedInput,
              document: (SourceDocument) throws -> Void,
              failure: (IngestError) -> Void,
              progress: (Int) -> Void) rethrows
}
