import ArgumentParser
import SitrepKit

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List each story's aligned figures: every value of a measure, who gives it, and whether the sources agree.",
        discussion: """
            Per figure a heading (id, measure, place, AGREEMENT, CONTRADICTION, TREND or DISPUTED, a \
            trend's direction) and a table of its values at most 100 columns wide, or with --json the \
            JSON report's figures[] records as one array.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Only this story's figures: story:3 or 3, as sitrep stories lists them.", transform: StoryReference.id(parsing:))
    var story: Int64?

    @Flag(help: "Print the figures as a JSON array, as the JSON report writes them.")
    var json = false

    func run() throws {
        let listing = FigureListing(format: json ? .json : .table, story: story)
        print(try listing.render(store.open()), terminator: "")
    }
}
