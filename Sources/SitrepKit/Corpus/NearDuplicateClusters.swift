/// Groups documents into clusters of near-duplicates: copies, syndications and light edits of one
/// text. Pairs come from a ``NearDuplicateIndex``; clusters are their connected components.
///
///     var clusters = NearDuplicateClusters(threshold: 0.5)
///     for (position, text) in texts.enumerated() { clusters.add(position, text: text) }
///     clusters.groups()   // [[0, 7, 12], [3, 4]]: ids, each group sorted, largest group first
public struct NearDuplicateClusters: Sendable {
    private var index: NearDuplicateIndex
    private var parent: [Int: Int] = [:]
    /// Every matching pair found, each once, with its estimated similarity.
    public private(set) var pairs: [(first: Int, second: Int, similarity: Double)] = []

    public init(threshold: Double = 0.5, permutations: Int = 128) {
        index = NearDuplicateIndex(threshold: threshold, permutations: permutations)
    }

    public mutating func add(_ id: Int, text: String) {
        add(id, shingles: Shingles.hashes(of: text))
    }

    public mutating func add(_ id: Int, shingles: [UInt64]) {
        parent[id] = id
        // A text without words has nothing to share; its empty signature would match every other.
        guard !shingles.isEmpty else { return }
        for match in index.insert(id, shingles) {
            pairs.append((match.id, id, match.similarity))
            union(match.id, id)
        }
    }

    /// Clusters of two or more, each sorted by id, largest first.
    public func groups() -> [[Int]] {
        var members: [Int: [Int]] = [:]
        for id in parent.keys { members[root(id), default: []].append(id) }
        return members.values.filter { $0.count > 1 }.map { $0.sorted() }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    private func root(_ id: Int) -> Int {
        var current = id
        while let up = parent[current], up != current { current = up }
        return current
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (root(a), root(b))
        guard ra != rb else { return }
        parent[max(ra, rb)] = min(ra, rb)
        // Path halving keeps later lookups short.
        var current = a
        while let up = parent[current], up != current {
            parent[current] = parent[up]
            current = up
        }
    }
}
