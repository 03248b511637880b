import ArgumentParser
import Foundation
import SitrepKit

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read files, folders or standard input into the store.",
        discussion: """
            Formats are sniffed from content: HTML, plain text, Markdown, JSONL (one article per line), \
            WARC and WARC.gz, RSS and Atom, any of them gzipped. Content already stored is skipped. \
            A bad file or record is reported and skipped; the exit status is 1 when any input failed.
            """
    )

    @Argument(help: "Files or folders to read (folders recursively); - for standard input.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Reject a single document larger than this many megabytes.")
    var maxDocumentMB: Double = 16

    @Flag(name: .shortAndLong, help: "Print only the summary and failures.")
    var quiet = false

    @Flag(help: "Print the CPU seconds spent extracting, cleaning and reading (and in each reader), summed over all cores, on standard error.")
    var timing = false

    func validate() throws {
        guard maxDocumentMB > 0, maxDocumentMB <= 4096 else { throw ValidationError("--max-document-mb must be above 0 and at most 4096") }
    }

    func run() throws {
        let db = try store.open()
        // The gazetteer and word lists load once per process, when the reading stage is built:
        // timed apart from the readers' per-document work, so the stage is built here, before the job.
        let loadStarted = ThreadCPUTime.now
        if timing { _ = ReadingStage.standard }
        let loadSeconds = (ThreadCPUTime.now - loadStarted).seconds
        var job = IngestJob(ingestor: Ingestor(maxDocumentBytes: Int(maxDocumentMB * 1_048_576)))
        let timings = StageTimings()
        if timing { job.pipeline.timings = timings }
        let display = ProgressDisplay(quiet: quiet)
        let summary = try job.run(paths, into: db) { display.show($0) }
        display.finish()
        let p = summary.progress
        print("ingested \(p.ingested), already present \(p.alreadyPresent), failed \(p.failed)"
              + String(format: " in %.1f s", p.elapsed.seconds) + " → \(db.path)")
        if timing {
            let t = timings.totals
            FileHandle.standardError.write(Data(String(format: "stage seconds: extract %.4f clean %.4f read %.4f documents %d\n",
                                                       t.extract.seconds, t.clean.seconds, t.read.seconds, t.documents).utf8))
            let readers = t.readers.map { "\($0.name) " + String(format: "%.4f", $0.time.seconds) }.joined(separator: " ")
            FileHandle.standardError.write(Data("reader seconds: \(readers)\n".utf8))
            FileHandle.standardError.write(Data(String(format: "reading stage load seconds (gazetteer, word lists): %.4f\n", loadSeconds).utf8))
            let c = summary.corpusPass
            FileHandle.standardError.write(Data(String(format: "corpus pass seconds: %.4f sites %.4f read-again %.4f entities %.4f stories %.4f\n",
                                                       c.total.seconds, c.sites.seconds, c.readAgain.seconds, c.entities.seconds,
                                                       c.stories.seconds).utf8))
        }
        if !summary.failures.isEmpty {
            // Every failure was logged as it happened; the summary repeats the first ones.
            let shown = 20
            print("failures:")
            for failure in summary.failures.prefix(shown) { print("  \(failure)") }
            if summary.failures.count > shown { print("  … and \(summary.failures.count - shown) more") }
            throw ExitCode(1)
        }
    }
}
