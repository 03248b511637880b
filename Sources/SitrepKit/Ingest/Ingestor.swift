/// The first stage: finds the documents in files, folders and standard input, whatever container
/// they come in (HTML, text, Markdown, JSONL, WARC, RSS, Atom; any of them gzipped).
///
///     let ingestor = Ingestor()
///     let plan = ingestor.plan(["seeds/", "crawl.warc.gz"])
///     for file in plan.files {
///         try ingestor.read(file, document: { try store.add($0) }, failure: { errors.append($0) })
///     }
///
/// A bad file or record is reported through `failure` and skipped; reading goes on. Containers
/// are streamed: memory holds one document at a time, never a whole WARC or JSONL file.
public struct Ingestor: Sendable {
    /// The largest single document accepted (an HTML or text file, a JSONL line, a WARC payload,
    /// a feed item). Anything larger is reported and skipped without being read into memory.
    public var maxDocumentBytes: Int

    public init(maxDocumentBytes: Int = 16 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// Expands paths into the files to read: files as given, folders recursively (sorted by name,
    /// skipping hidden entries such as `.git`), `-` for standard input. Missing paths become errors.
    public func plan(_ paths: [String]) -> InputPlan {
        var expander = PathExpander()
        for path in paths { expander.add(path) }
        return expander.plan
    }

    /// Streams the documents of one input.
    ///
    /// - Parameters:
    ///   - document: called for each document found; an error it throws (the store failing)
    ///     stops reading and propagates. Nothing else throws.
    ///   - failure: called for each unreadable file or record; reading goes on with the next
    ///     record when the format allows it.
    ///   - progress: called now and then with the input bytes consumed so far in this file
    ///     (compressed bytes for a gzip file), and once at the end.
    public func read(_ input: InputFile,
                     document: (SourceDocument) throws -> Void,
                     failure: (IngestError) -> Void,
                     progress: (Int) -> Void = { _ in }) rethrows {
        let opened: OpenedInput
        switch OpenedInput.open(input) {
        case .success(let success): opened = success
        case .failure(let error):
            failure(error)
            return
        }
        switch sniff(opened) {
        case .failure(let error):
            failure(error)
        case .success(let format):
            try read(format, from: opened, document: document, failure: failure, progress: progress)
        }
        progress(opened.bytesConsumed)
    }

    private func read(_ format: InputFormat, from input: OpenedInput,
                      document: (SourceDocument) throws -> Void,
                      failure: (IngestError) -> Void,
                      progress: (Int) -> Void) rethrows {
        switch format {
        case .html:
            try SingleDocumentReader(format: .html, limit: maxDocumentBytes)
                .read(input, document: document, failure: failure, progress: progress)
        case .text, .markdown:
            let documentFormat: DocumentFormat = format == .markdown || hasMarkdownName(input.name) ? .markdown : .text
            try SingleDocumentReader(format: documentFormat, limit: maxDocumentBytes)
                .read(input, document: document, failure: failure, progress: progress)
        case .jsonl:
            try JSONLReader(limit: maxDocumentBytes)
                .read(input, document: document, failure: failure, progress: progress)
        case .warc:
            try WARCReader(limit: maxDocumentBytes)
                .read(input, document: document, failure: failure, progress: progress)
        case .rss, .atom:
            try FeedReader(limit: maxDocumentBytes)
                .read(input, document: document, failure: failure, progress: progress)
        }
    }

    /// The input's format from its first bytes, or why it has none.
    private func sniff(_ input: OpenedInput) -> Result<InputFormat, IngestError> {
        let prefix = input.reader.peek(FormatSniffer.prefixLength)
        let failure = input.reader.failure
        if prefix.isEmpty {
            return .failure(input.error(failure ?? "empty file"))
        }
        // A damaged stream is sniffed anyway: the records before the damage are worth reading.
        let wholeInputSeen = prefix.count < FormatSniffer.prefixLength && failure == nil
        if wholeInputSeen && FormatSniffer.firstSignificantIndex(prefix) == prefix.count {
            return .failure(input.error("empty file"))
        }
        guard let format = FormatSniffer.sniff(prefix) else {
            return .failure(input.error(failure ?? "binary file (not HTML, text, JSONL, WARC or a feed)"))
        }
        // A sitemap, a config file or a pretty-printed JSON export would otherwise pass for a
        // text article full of markup.
        if format == .text && MarkupPrologue.startsWithXMLDeclaration(prefix) {
            return .failure(input.error("XML, but not an RSS or Atom feed nor XHTML"))
        }
        if format == .text && FormatSniffer.looksLikeJSONDocument(prefix) {
            return .failure(input.error("JSON, but not JSON Lines (one article object per line)"))
        }
        return .success(format)
    }

    /// The name decides only between text and Markdown, where the content may not.
    private func hasMarkdownName(_ path: String) -> Bool {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        return name.hasSuffix(".md") || name.hasSuffix(".markdown")
    }
}
