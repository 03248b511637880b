import ArgumentParser
import Foundation
import SitrepKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print one file's article: the body, or everything as JSON. Nothing is stored.",
        discussion: """
            With --batch INDIR OUTDIR, writes OUTDIR/NAME.txt (the body) for every NAME.html, \
            NAME.html.gz or NAME.txt in INDIR, in one process; with --json, OUTDIR/NAME.json instead.

            With --date-only, the publication date alone: the day (or the moment, when the page \
            gives a time) and where it came from, the same date a full extraction finds. Pages \
            that declare their date in meta tags or JSON-LD are not parsed, which makes this many \
            times faster for sorting an archive by date.
            """
    )

    @Argument(help: "An HTML, text or Markdown file (a container prints each of its articles); with --batch, INDIR OUTDIR.")
    var paths: [String]

    @Option(help: "The page's URL, when known: one more signal for date and outlet.")
    var url: String?

    @Option(help: "With --batch: a JSON object mapping file names (NAME.html…) to their URLs.")
    var urlMap: String?

    @Flag(help: "Print the article with its metadata, spans and removed segments as JSON.")
    var json = false

    @Flag(help: "Find the publication date alone (with --json: its source and reliability too).")
    var dateOnly = false

    @Flag(help: "Extract every page in INDIR into OUTDIR.")
    var batch = false

    @Flag(help: "With --batch: print to standard error the seconds spent in the pipeline itself (no file reading or writing), for benchmarks.")
    var timing = false

    func validate() throws {
        if batch && paths.count != 2 { throw ValidationError("--batch takes INDIR and OUTDIR") }
        if !batch && paths.count != 1 { throw ValidationError("give one file (or --batch INDIR OUTDIR)") }
        if !batch && (urlMap != nil || timing) { throw ValidationError("--url-map and --timing go with --batch") }
        if batch && url != nil { throw ValidationError("--url names one page; with --batch, use --url-map") }
    }

    func run() throws {
        let extraction = Extraction(json: json, dateOnly: dateOnly)
        if batch {
            let urls = try urlMap.map(Self.loadURLMap) ?? [:]
            let (failed, pipelineTime) = try extraction.batch(from: paths[0], to: paths[1], urls: urls)
            if timing { FileHandle.standardError.write(Data("pipeline seconds: \(pipelineTime.seconds)\n".utf8)) }
            if failed > 0 { throw ExitCode(1) }
        } else {
            var failed = false
            extraction.each(in: paths[0], url: url, output: { print($0) }, failure: { error in
                failed = true
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            })
            if failed { throw ExitCode(1) }
        }
    }

    static func loadURLMap(_ path: String) throws -> [String: String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let map = try JSONSerialization.jsonObject(with: data) as? [String: String] else {
            throw ValidationError("\(path): expected a JSON object of file name to URL")
        }
        return map
    }
}

/// Runs the pipeline on files without a store, printing or writing what it finds.
struct Extraction {
    var json: Bool
    var dateOnly = false
    let pipeline = Pipeline()

    /// What one document gives: its article, or with `dateOnly` its date alone.
    enum Result {
        case article(ProcessedArticle)
        case date(PublicationDate?, SourceDocument)
    }

    func process(_ document: SourceDocument) throws -> Result {
        dateOnly ? .date(try pipeline.publicationDate(document), document) : .article(try pipeline.process(document))
    }

    /// The body, or the date as a plain day or moment ("-" for none); with `json`, everything.
    func render(_ result: Result) throws -> String {
        switch result {
        case let .article(processed):
            return json ? try encoded(ArticleJSON(processed)) : processed.article.text
        case let .date(date, document):
            guard json else { return date?.value ?? "-" }
            return try encoded(PublicationDateJSON(source: document.source, url: document.hints.url, date: date))
        }
    }

    private func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Every article in one file (one for a page, several for a container). Returns the time
    /// spent in the pipeline alone.
    @discardableResult
    func each(in path: String, url: String?, output: (String) -> Void, failure: (any Error) -> Void) -> Duration {
        var pipelineTime = Duration.zero
        Ingestor().read(InputFile(path: path), document: { document in
            var document = document
            if let url { document.hints.url = url }
            do {
                let clock = ContinuousClock()
                let start = clock.now
                let result = try process(document)
                pipelineTime += clock.now - start
                output(try render(result))
            } catch {
                failure(error)
            }
        }, failure: failure)
        return pipelineTime
    }

    /// Extracts every page of a folder into another; returns how many failed, and the time spent
    /// in the pipeline alone.
    func batch(from input: String, to output: String, urls: [String: String]) throws -> (failed: Int, pipelineTime: Duration) {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: input).sorted()
        var failed = 0
        var pipelineTime = Duration.zero
        for name in names {
            guard let stem = Self.stem(of: name) else { continue }
            var texts: [String] = []
            pipelineTime += each(in: (input as NSString).appendingPathComponent(name), url: urls[name],
                 output: { texts.append($0) },
                 failure: { error in
                     failed += 1
                     FileHandle.standardError.write(Data("\(error)\n".utf8))
                 })
            let target = (output as NSString).appendingPathComponent(stem + (json ? ".json" : ".txt"))
            // An empty file still marks the page as seen, so a scorer counts it as extracted-nothing.
            if let problem = Self.writeFile(Array(texts.joined(separator: "\n\n").utf8), to: target) {
                failed += 1
                FileHandle.standardError.write(Data("\(target): cannot write: \(problem)\n".utf8))
            }
        }
        return (failed, pipelineTime)
    }

    /// Writes a file with plain POSIX calls; nil, or what went wrong. Foundation's writes sync
    /// every file to disk, which costs more than extracting the page, and a half-written output
    /// of a killed batch is simply written again by the next.
    static func writeFile(_ bytes: [UInt8], to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                let problem = String(cString: strerror(errno))
                close(descriptor)
                return problem
            }
            written += result
        }
        return close(descriptor) == 0 ? nil : String(cString: strerror(errno))
    }

    /// NAME for NAME.html, NAME.htm, NAME.html.gz and NAME.txt; nil for anything else.
    static func stem(of name: String) -> String? {
        for suffix in [".html.gz", ".htm.gz", ".html", ".htm", ".txt"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return nil
    }
}
