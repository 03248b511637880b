import Foundation

/// RSS 2.0, RSS 1.0 and Atom feeds: each item or entry becomes a document, the feed's title its
/// outlet. A feed is small, so it is read whole (up to four times the document limit) and parsed
/// with Foundation's XML parser; a malformed feed still yields the items before the fault.
struct FeedReader: FormatReader {
    var limit: Int

    func read(_ input: OpenedInput,
              document: (SourceDocument) throws -> Void,
              failure: (IngestError) -> Void,
              progress: (Int) -> Void) rethrows {
        let feedLimit = limit * 4
        guard let bytes = input.reader.readToEnd(limit: feedLimit, expectedSize: input.knownDocumentSize) else {
            failure(input.error("feed is over the \(ByteCount.megabytes(feedLimit)) limit"))
            return
        }
        if let reason = input.reader.failure {
            failure(input.error(reason))
            return
        }
        if input.reader.skippedDamage > 0 {
            failure(input.error("corrupt gzip data: a damaged part of the feed was skipped"))
            return
        }
        // The doctype goes before the parser sees it: no entity it declares is ever expanded.
        let feed = FeedParser.parse(Data(FeedEntityRepair.repair(FeedDoctype.removing(FeedTranscoder.utf8(bytes)))))
        for (index, item) in feed.items.enumerated() {
            let location = "item \(index + 1)"
            switch item.document(source: "\(input.name)#\(location)", outlet: feed.feedTitle, limit: limit) {
            case .success(let itemDocument): try document(itemDocument)
            case .failure(let problem): failure(input.error(at: location, problem.reason))
            }
        }
        if let error = feed.error {
            failure(input.error(at: "line \(error.line)", "malformed feed: \(error.message)"))
        }
    }
}
