import Foundation

/// JSON Lines: one article per line, as scrapers and Spark jobs write them.
///
/// Each line is parsed on its own, so one bad line costs only itself. A line over the limit is
/// skipped while it streams past, never held whole.
struct JSONLReader: FormatReader {
    var limit: Int

    func read(_ input: OpenedInput,
              document: (SourceDocument) throws -> Void,
              failure: (IngestError) -> Void,
              progress: (Int) -> Void) rethrows {
        var lineNumber = 0
        var streamFailureReported = false
        var skippedDamage = 0
        while let line = input.reader.readLine(maxLength: limit) {
            lineNumber += 1
            // A damaged gzip member skipped: the lines in it are lost, and this one may be spliced.
            if input.reader.skippedDamage > skippedDamage {
                skippedDamage = input.reader.skippedDamage
                failure(input.error(at: "line \(lineNumber)", "corrupt gzip data: a damaged member was skipped, and the lines in it lost"))
                continue
            }
            // Built only when needed: a stream of blank lines should cost next to nothing.
            var location: String { "line \(lineNumber)" }
            switch line {
            case .tooLong(let length):
                failure(input.error(at: location, "line is \(ByteCount.megabytes(length)), over the \(ByteCount.megabytes(limit)) limit"))
            case .line(let bytes, _) where bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }):
                continue
            case .line(let bytes, let terminated):
                // A last line without its newline in a damaged stream is a fragment, not an article.
                if !terminated, let reason = input.reader.failure {
                    failure(input.error(at: location, reason))
                    streamFailureReported = true
                    break
                }
                switch JSONLArticle.parse(bytes, isFirstLine: lineNumber == 1) {
                case .blank:
                    break
                case .invalid(let reason):
                    failure(input.error(at: location, reason))
                case .article(let article):
                    try document(article.document(source: "\(input.name):\(location)"))
                }
            }
            input.reportProgress(progress)
        }
        if !streamFailureReported, let reason = input.reader.failure {
            failure(input.error(at: "line \(lineNumber + 1)", reason))
        }
    }
}
