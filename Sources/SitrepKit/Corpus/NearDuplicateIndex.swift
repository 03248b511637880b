import Foundation

/// Locality-sensitive hashing over MinHash signatures: finds, among many documents, the pairs
/// whose estimated Jaccard similarity reaches a threshold, without comparing every pair.
///
///     var index = NearDuplicateIndex(threshold: 0.5)
///     for (id, text) in documents {
///         let matches = index.insert(id, Shingles.hashes(of: text))   // earlier near-copies of it
///     }
///
/// A signature is cut into bands of rows; documents sharing any whole band become candidates, and
/// candidates are kept only if their signatures agree on at least `threshold` of positions. Band
/// and row counts put the 50% point of the candidate probability curve below the threshold:
/// candidates are verified anyway, so a missed pair costs recall while an extra one costs only a
/// comparison. Buckets live in one dictionary and a chain array, not an array per bucket, so
/// memory grows by a few bytes per band per document.
public struct NearDuplicateIndex: Sendable {
    public let threshold: Double
    public let bands: Int
    public let rows: Int
    private let hasher: MinHasher
    private var signatures: [[UInt32]] = []
    private var ids: [Int] = []
    /// Last entry (document position × bands + band) filed under each band hash.
    private var bucketHead: [UInt64: Int] = [:]
    /// For each entry, the previous entry in the same bucket, or -1.
    private var bucketNext: [Int] = []

    public init(threshold: Double = 0.5, permutations: Int = 128) {
        self.threshold = threshold
        (bands, rows) = Self.banding(threshold: threshold * 0.8, permutations: permutations)
        hasher = MinHasher(permutations: bands * rows)
    }

    public var count: Int { ids.count }

    /// Adds a document and returns the ids of earlier documents it nearly duplicates, with their
    /// estimated similarity, most similar first.
    @discardableResult
    public mutating func insert(_ id: Int, _ shingles: [UInt64]) -> [(id: Int, similarity: Double)] {
        let signature = hasher.signature(shingles)
        let position = ids.count
        var candidates = Set<Int>()
        for band in 0..<bands {
            let key = bandKey(signature, band)
            var entry = bucketHead[key] ?? -1
            while entry >= 0 {
                candidates.insert(entry / bands)
                entry = bucketNext[entry]
            }
            bucketNext.append(bucketHead[key] ?? -1)
            bucketHead[key] = position * bands + band
        }
        signatures.append(signature)
        ids.append(id)
        var matches: [(id: Int, similarity: Double)] = []
        for candidate in candidates {
            let similarity = MinHasher.similarity(signature, signatures[candidate])
            if similarity >= threshold { matches.append((ids[candidate], similarity)) }
        }
        return matches.sorted { $0.similarity > $1.similarity }
    }

    private func bandKey(_ signature: [UInt32], _ band: Int) -> UInt64 {
        var h = Shingles.mix(UInt64(band) &+ 0x5bd1_e995)
        for row in 0..<rows { h = Shingles.mix(h ^ UInt64(signature[band * rows + row])) }
        return h
    }

    /// The bands × rows split of at most `permutations` whose S-curve (1 - (1 - s^r)^b) crosses
    /// one half nearest the threshold.
    static func banding(threshold: Double, permutations: Int) -> (bands: Int, rows: Int) {
        var best = (bands: permutations, rows: 1)
        var bestDistance = Double.infinity
        for rows in 1...permutations {
            let bands = permutations / rows
            guard bands >= 1 else { break }
            let crossing = pow(1 - pow(0.5, 1 / Double(bands)), 1 / Double(rows))
            if abs(crossing - threshold) < bestDistance {
                bestDistance = abs(crossing - threshold)
                best = (bands, rows)
            }
        }
        return best
    }
}
