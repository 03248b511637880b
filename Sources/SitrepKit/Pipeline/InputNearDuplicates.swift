/// Near-duplicate pairs among inputs read directly, with no store and no cleaning: each
/// document's payload is compared as it stands, and named by its URL when it has one, else by
/// its source.
///
///     let found = InputNearDuplicates(threshold: 0.5).find(in: ["crawl.warc.gz"], failure: { print($0) })
///     for pair in found.pairs { print(pair.first, pair.second, pair.similarity) }
///     // https://a.example/story  https://b.example/copy  0.91
///
/// For measuring the matching itself against other tools on raw corpora; ``NearDuplicateArticles``
/// groups stored, cleaned articles.
public struct InputNearDuplicates: Sendable {
    public var threshold: Double
    public var ingestor: Ingestor

    public init(threshold: Double = 0.5, ingestor: Ingestor = Ingestor()) {
        self.threshold = threshold
        self.ingestor = ingestor
    }

    public struct Pair: Sendable, Hashable {
        /// The document read first: a URL, or a source such as `crawl.warc#record 3`.
        public var first: String
        public var second: String
        /// The estimated Jaccard similarity of their word shingles.
        public var similarity: Double
    }

    public struct Found: Sendable {
        /// Every matching pair, each once, in the order the second of them was read.
        public var pairs: [Pair]
        /// Time spent shingling, hashing and matching, without reading the inputs.
        public var matchingTime: Duration
    }

    /// Reads the files and folders at `paths`; each unreadable file or record goes to `failure`
    /// and reading goes on. Paths that do not exist are passed over.
    public func find(in paths: [String], failure: (IngestError) -> Void) -> Found {
        var clusters = NearDuplicateClusters(threshold: threshold)
        var names: [String] = []
        var matchingTime = Duration.zero
        let clock = ContinuousClock()
        for file in ingestor.plan(paths).files {
            ingestor.read(file, document: { document in
                let text = String(decoding: document.payload, as: UTF8.self)
                let start = clock.now
                clusters.add(names.count, text: text)
                matchingTime += clock.now - start
                names.append(document.hints.url ?? document.source)
            }, failure: failure)
        }
        let pairs = clusters.pairs.map { Pair(first: names[$0.first], second: names[$0.second], similarity: $0.similarity) }
        return Found(pairs: pairs, matchingTime: matchingTime)
    }
}
