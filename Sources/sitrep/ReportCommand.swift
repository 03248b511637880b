import ArgumentParser
import SitrepKit

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the corpus as a report: self-contained HTML, Markdown or JSON."
    )

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "html, md or json. Default: from the output file's extension, else md.")
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let db = try store.open()
        let chosen = format ?? output.flatMap(ReportFormat.init(fileName:)) ?? .md
        let sink = try output.map(ReportOutput.init(path:)) ?? .standardOutput()
        defer { sink.close() }
        try chosen.renderer.render(db, to: sink)
    }
}
