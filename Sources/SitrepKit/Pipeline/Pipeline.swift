/// The per-document pipeline: extract → clean → read, one document in, one article out.
///
///     let processed = try Pipeline().process(document)
///     processed.article.text        // the clean body
///     processed.article.sentences   // spans into it
///     processed.removed             // what cleaning dropped, and why
///
/// Stages are plain values; the pipeline never knows where an article will be stored, and the
/// stages never know where a document came from.
public struct Pipeline: Sendable {
    public var htmlExtractor = HTMLExtractor()
    public var cleaner = TextCleaner()
    public var reading = ReadingStage.standard
    /// When set, the time of each stage is added to it for every document processed.
    public var timings: StageTimings?

    public init() {}

    public func process(_ document: SourceDocument, contentHash: String? = nil) throws(IngestError) -> ProcessedArticle {
        let hash = contentHash ?? ContentHash.hex(of: document.payload)
        // CPU time of this thread: the stages run on it alone.
        let started = ThreadCPUTime.now
        let extracted = try extract(document)
        let extractedAt = ThreadCPUTime.now
        let cleaned = cleaner.clean(extracted, scrapedText: document.format != .html)
        let cleanedAt = ThreadCPUTime.now
        guard !cleaned.text.isEmpty else {
            throw IngestError(source: document.source, reason: "no article text found")
        }
        let article = Article(
            id: Article.id(forContentHash: hash),
            contentHash: hash,
            source: document.source,
            format: document.format,
            url: extracted.url ?? document.hints.url,
            title: cleaned.title,
            outlet: cleaned.outlet,
            byline: cleaned.byline,
            published: cleaned.published,
            language: extracted.language ?? document.hints.language,
            text: cleaned.text,
            paragraphs: cleaned.paragraphs
        )
        let read = reading.read(article, setAside: cleaned.removed.setAside, timings: timings)
        timings?.add(extract: extractedAt - started, clean: cleanedAt - extractedAt, read: ThreadCPUTime.now - cleanedAt)
        return ProcessedArticle(article: read, rawText: extracted.text, removed: cleaned.removed,
                                republication: cleaned.republication, readVersion: ReadingStage.version)
    }

    /// The publication date alone, the one `process` would give. A page that declares its date
    /// (JSON-LD, meta tags; most news pages) is answered from a byte scan without being parsed;
    /// any other document goes through extract and clean as in `process`, but an empty body is
    /// no error here.
    public func publicationDate(_ document: SourceDocument) throws(IngestError) -> PublicationDate? {
        let extracted: ExtractedText
        if document.format == .html {
            // Decoded once, for the scan and, when it finds nothing, the parse.
            let page = HTMLExtractor.utf8(document.payload, hints: document.hints)
            if let declared = htmlExtractor.declaredDate(utf8: page, hints: document.hints) { return declared }
            extracted = htmlExtractor.extract(utf8: page, hints: document.hints)
        } else {
            extracted = try extract(document)
        }
        // Cleaning only ever adds a date (a dateline, a credit line) to an article that has none.
        if let published = extracted.published { return published }
        return cleaner.clean(extracted, scrapedText: document.format != .html).published
    }

    /// Cleans a stored article's text again, also removing lines its site is known to repeat.
    /// Metadata found at extraction stays as it was.
    public func reclean(_ processed: ProcessedArticle, recurringLines: Set<String>) -> ProcessedArticle {
        var cleaner = self.cleaner
        cleaner.recurringLines = recurringLines
        let a = processed.article
        let cleaned = cleaner.clean(ExtractedText(text: processed.rawText, title: a.title, byline: a.byline, outlet: a.outlet,
                                                  published: a.published, url: a.url, language: a.language),
                                    scrapedText: a.format != .html)
        var result = processed
        result.article.text = cleaned.text
        result.article.paragraphs = cleaned.paragraphs
        // Every layer is read again from the new text: none may point into the old one.
        result.article = reading.read(result.article, setAside: cleaned.removed.setAside)
        result.readVersion = ReadingStage.version
        result.removed = cleaned.removed
        return result
    }

    /// The text to clean, and the metadata the format itself gives.
    func extract(_ document: SourceDocument) throws(IngestError) -> ExtractedText {
        let hints = document.hints
        switch document.format {
        case .html:
            // The extractor weighs the container's date itself, first among its sources.
            return htmlExtractor.extract(document.payload, hints: hints)
        case .text, .markdown:
            let text = try TextDecoder.decode(document.payload, source: document.source)
            // Without a named outlet, the site it was fetched from stands for it.
            let outlet = hints.outlet ?? hints.url.flatMap(MetadataExtractor.readableDomain)
            return ExtractedText(text: text, title: hints.title, byline: hints.byline, outlet: outlet,
                                 published: hints.published.flatMap(PublicationDate.init(containerValue:)),
                                 url: hints.url, language: hints.language)
        }
    }
}

extension [RemovedSegment] {
    /// The texts set beside the body (captions, embedded posts), which readers may weigh as evidence.
    var setAside: [String] { filter { $0.reason == .aside }.map(\.text) }
}

extension PublicationDate {
    /// A date a container gave (a JSONL field, a feed's pubDate), read as the extractor reads
    /// dates: ISO 8601 with its time and zone, RFC 822, or a written-out date.
    init?(containerValue value: String) {
        if let date = DateParser.parseValue(value) ?? DateParser.firstDate(in: value) {
            self.init(value: date.iso, source: .container, reliable: true)
        } else if let day = CalendarDay(iso: value) {
            // The parser's floor (1995) keeps stray numbers on web pages from passing as dates; a
            // container that states an ISO day for an archived article (1990-08-13) is taken at its word.
            self.init(value: day.iso, source: .container, reliable: true)
        } else {
            return nil
        }
    }
}
