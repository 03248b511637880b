import ArgumentParser
import SitrepKit

extension LayerExport.Layer: ExpressibleByArgument {}
extension LayerExport.Format: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one layer of the corpus as CSV or JSON Lines: entities, mentions, dates, quantities, claims or events (events in CSV take ACLED's column names).",
        discussion: "One row per record with its article id, outlet and the text it covers, streamed from the store."
    )

    @Argument(help: "entities, mentions, dates, quantities, claims or events.")
    var layer: LayerExport.Layer

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "csv or jsonl. Default: from the output file's extension, else csv.")
    var format: LayerExport.Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let db = try store.open()
        let chosen = format ?? output.flatMap(LayerExport.Format.init(fileName:)) ?? .csv
        let sink = try output.map(ReportOutput.init(path:)) ?? .standardOutput()
        defer { sink.close() }
        try LayerExport(layer: layer, format: chosen).write(db, to: sink)
    }
}
