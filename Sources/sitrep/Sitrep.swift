import ArgumentParser
import SitrepKit

@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Turn a pile of scraped news about one event into a cross-checked situation report.",
        subcommands: []
    )
}
