import ArgumentParser
import SitrepKit

@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Turn a pile of scraped news about one event into a cross-checked situation report.",
        subcommands: [IngestCommand.self, ReportCommand.self, SearchCommand.self, ExportCommand.self, ExtractCommand.self,
                      DuplicatesCommand.self, StoriesCommand.self, FiguresCommand.self]
    )
}

/// The store every command that reads or writes the corpus opens.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file.")
    var db: String = "sitrep.sqlite"

    func open() throws -> SQLiteStore {
        try SQLiteStore(path: db)
    }
}
