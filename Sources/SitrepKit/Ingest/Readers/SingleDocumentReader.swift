/// A file that is one document: an HTML page, a text or Markdown file.
struct SingleDocumentReader: FormatReader {
    var format: DocumentFormat
    var limit: Int

    func read(_ input: OpenedInput,
              document: (SourceDocument) throws -> Void,
              failure: (IngestError) -> Void,
              progress: (Int) -> Void) rethrows {
        let limitText = ByteCount.megabytes(limit)
        if let size = input.knownDocumentSize, size > limit {
            failure(input.error("document is \(ByteCount.megabytes(size)), over the \(limitText) limit"))
            return
        }
        guard let payload = input.reader.readToEnd(limit: limit, expectedSize: input.knownDocumentSize) else {
            failure(input.error("document is over the \(limitText) limit"))
            return
        }
        // A document cut short by a damaged gzip stream, or spliced around a damaged member, is
        // not the document.
        if let reason = input.reader.failure {
            failure(input.error(reason))
            return
        }
        if input.reader.skippedDamage > 0 {
            failure(input.error("corrupt gzip data: a damaged part of the document was skipped"))
            return
        }
        if FormatSniffer.firstSignificantIndex(payload) == payload.count {
            failure(input.error("empty file"))
            return
        }
        try document(SourceDocument(source: input.name, format: format, payload: payload))
    }
}
