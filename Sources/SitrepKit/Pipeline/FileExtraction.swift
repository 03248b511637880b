/// Runs extract → clean → read on the documents of one file without a store: each one's
/// article, or with `.dateOnly` its publication date alone, rendered as text or JSON.
///
///     let extraction = FileExtraction(reading: .dateOnly)
///     extraction.each(in: "seeds/000_c6759c875045c675.txt", url: nil,
///                     output: { print($0) }, failure: { print($0) })   // 2016-12-06
///
/// A page gives one document; a container (JSONL, WARC, a feed) gives one per record.
public struct FileExtraction: Sendable {
    /// What is read from each document.
    public enum Reading: Sendable {
        /// The whole article: body, metadata, spans and removed segments.
        case article
        /// The publication date alone, the one the whole article would give; much faster on
        /// pages that declare it (see ``Pipeline/publicationDate(_:)``).
        case dateOnly
    }

    public var reading: Reading
    public var format: ExtractionFormat
    public var pipeline: Pipeline
    public var ingestor: Ingestor

    public init(reading: Reading = .article, format: ExtractionFormat = .text,
                pipeline: Pipeline = Pipeline(), ingestor: Ingestor = Ingestor()) {
        self.reading = reading
        self.format = format
        self.pipeline = pipeline
        self.ingestor = ingestor
    }

    public func process(_ document: SourceDocument) throws(IngestError) -> ExtractionResult {
        switch reading {
        case .article: .article(try pipeline.process(document))
        case .dateOnly: .date(try pipeline.publicationDate(document), document)
        }
    }

    /// Extracts every document in the file at `path`, giving each rendered result to `output`
    /// and each unreadable file, record or document to `failure`. `url`, when given, is every
    /// document's URL. Returns the time spent in the pipeline alone, without reading the file
    /// or rendering, which is what a benchmark of the extraction itself compares.
    @discardableResult
    public func each(in path: String, url: String?, output: (String) -> Void,
                     failure: (any Error) -> Void) -> Duration {
        var pipelineTime = Duration.zero
        let clock = ContinuousClock()
        ingestor.read(InputFile(path: path), document: { document in
            var document = document
            if let url { document.hints.url = url }
            do {
                let start = clock.now
                let result = try process(document)
                pipelineTime += clock.now - start
                output(try result.rendered(as: format))
            } catch {
                failure(error)
            }
        }, failure: failure)
        return pipelineTime
    }
}
