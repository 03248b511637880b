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
        let extraction = FileExtraction(reading: dateOnly ? .dateOnly : .article, format: json ? .json : .text)
        if batch {
            let urls = try urlMap.map(Self.loadURLMap) ?? [:]
            let summary = try BatchExtraction(extraction, urls: urls).run(from: paths[0], to: paths[1], failure: printFailure)
            if timing { FileHandle.standardError.write(Data("pipeline seconds: \(summary.pipelineTime.seconds)\n".utf8)) }
            if summary.failed > 0 { throw ExitCode(1) }
        } else {
            var failed = false
            extraction.each(in: paths[0], url: url, output: { print($0) }, failure: { error in
                failed = true
                printFailure(error)
            })
            if failed { throw ExitCode(1) }
        }
    }

    private func printFailure(_ error: any Error) {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
    }

    /// A map that is JSON of the wrong shape is a usage error, reported with the usage line.
    static func loadURLMap(_ path: String) throws -> [String: String] {
        do {
            return try URLMap.load(path)
        } catch let error as URLMap.Malformed {
            throw ValidationError(error.description)
        }
    }
}
