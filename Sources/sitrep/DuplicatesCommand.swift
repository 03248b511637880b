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
        var clusters = NearDuplicateClusters(threshold: threshold)
        var articles: [ArticleSummary] = []
        try store.open().forEachArticle { processed in
            let a = processed.article
            clusters.add(articles.count, text: a.text)
            articles.append(ArticleSummary(id: a.id, title: a.title, outlet: a.outlet, published: a.published?.day, source: a.source))
        }
        let groups = clusters.groups()
        if groups.isEmpty { print("no near-duplicates among \(articles.count) articles") }
        for group in groups {
            // Articles come in publication order, so the first member is the earliest copy.
            print("\(group.count) copies, earliest first:")
            for position in group {
                let a = articles[position]
                print("  \(a.id)  \(a.published ?? "undated")  \(a.outlet ?? "unknown outlet")  \(a.title ?? "(untitled)")")
            }
        }
    }

    private func pairsInInputs() throws {
        let ingestor = Ingestor()
        var clusters = NearDuplicateClusters(threshold: threshold)
        var sources: [String] = []
        var spent = Duration.zero
        let clock = ContinuousClock()
        for file in ingestor.plan(from).files {
            ingestor.read(file, document: { document in
                let text = String(decoding: document.payload, as: UTF8.self)
                let start = clock.now
                clusters.add(sources.count, text: text)
                spent += clock.now - start
                sources.append(document.hints.url ?? document.source)
            }, failure: { error in
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            })
        }
        var out = ""
        for pair in clusters.pairs {
            out += "\(sources[pair.first])\t\(sources[pair.second])\t\(String(format: "%.3f", pair.similarity))\n"
            if out.utf8.count > 1 << 16 { print(out, terminator: ""); out = "" }
        }
        print(out, terminator: "")
        if timing { FileHandle.standardError.write(Data("matching seconds: \(spent.seconds)\n".utf8)) }
    }
}
