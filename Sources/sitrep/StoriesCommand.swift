import ArgumentParser
import SitrepKit

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the corpus's stories: label, days, articles, outlets and who reported first.",
        discussion: "A table at most 100 columns wide, or with --json the JSON report's stories[] records as one array."
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the stories as a JSON array, as the JSON report writes them.")
    var json = false

    func run() throws {
        let listing = StoryListing(format: json ? .json : .table)
        print(try listing.render(store.open()), terminator: "")
    }
}
