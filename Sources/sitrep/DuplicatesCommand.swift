import ArgumentParser
import Foundation
import SitrepKit

struct DuplicatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Find near-duplicate articles: copies, syndications and light edits of one text.",
        discussion: """
            Compares word 5-gram shingles with MinHash and LSH banding; pairs whose estimated Jaccard \
            similarity reaches --threshold are grouped. Reads the stored articles' clean text, or with \
            --from the raw text of input files (no cleaning) and prints one pair per line.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Estimated Jaccard similarity (0–1) at which two texts count as near-duplicates.")
    var threshold = 0.5

    @Option(parsing: .upToNextOption, help: "Read these inputs instead of the store, and print matching pairs (URL or source, URL or source, similarity).")
    var from: [String] = []

    @Flag(help: "Print to standard error the seconds spent shingling, hashing and matching.")
    var timing = false

    func validate() throws {
        guard (0.05...1).contains(threshold) else { throw ValidationError("--threshold must be between 0.05 and 1") }
        if timing && from.isEmpty { throw ValidationError("--timing measures matching over --from inputs") }
    }

    func run() throws {
        if from.isEmpty { try clustersInStore() } else { try pairsInInputs() }
    }

    private func clustersInStore() throws {
        let found = try NearDuplicateArticles(store: store.open(), threshold: threshold)
        let groups = found.groups()
        if groups.isEmpty { print("no near-duplicates among \(found.articles.count) articles") }
        for group in groups {
            print("\(group.count) copies, earliest first:")
            for a in group {
                print("  \(a.id)  \(a.published ?? "undated")  \(a.outlet ?? "unknown outlet")  \(a.title ?? "(untitled)")")
            }
        }
    }

    private func pairsInInputs() throws {
        let found = InputNearDuplicates(threshold: threshold).find(in: from, failure: { error in
            FileHandle.standardError.write(Data("\(error)\n".utf8))
        })
        // Printed in large pieces: a corpus with many planted copies has millions of pairs.
        var out = ""
        for pair in found.pairs {
            out += "\(pair.first)\t\(pair.second)\t\(String(format: "%.3f", pair.similarity))\n"
            if out.utf8.count > 1 << 16 { print(out, terminator: ""); out = "" }
        }
        print(out, terminator: "")
        if timing { FileHandle.standardError.write(Data("matching seconds: \(found.matchingTime.seconds)\n".utf8)) }
    }
}
