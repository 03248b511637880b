import ArgumentParser
import Foundation
import SitrepKit

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over stored articles, best matches first."
    )

    @Argument(help: "Words to find (all must match; stemmed, accents ignored).")
    var query: [String]

    @OptionGroup var store: StoreOptions

    @Option(name: .shortAndLong, help: "How many matches to show.")
    var limit = 10

    @Flag(help: "Print matches as JSON.")
    var json = false

    func run() throws {
        let hits = try store.open().search(query.joined(separator: " "), limit: limit)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(hits), as: UTF8.self))
            return
        }
        if hits.isEmpty { print("no matches") }
        for hit in hits {
            print("\(hit.id)  \(hit.day ?? "undated")  \(hit.outlet ?? "unknown outlet")")
            print("  \(hit.title ?? "(untitled)")")
            print("  \(hit.marked(open: "[", close: "]").split(whereSeparator: \.isNewline).joined(separator: " "))\n")
        }
    }
}
