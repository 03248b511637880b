/// MinHash signatures: a fixed-size sketch of a shingle set whose agreement rate between two
/// documents estimates their Jaccard similarity.
///
///     let hasher = MinHasher(permutations: 128)
///     let a = hasher.signature(Shingles.hashes(of: textA))
///     let b = hasher.signature(Shingles.hashes(of: textB))
///     MinHasher.similarity(a, b)   // ≈ Jaccard(shingles A, shingles B)
///
/// One permutation hashing: each shingle's (already well-mixed) 64-bit hash picks one of the
/// `permutations` bins with its high bits and competes for that bin's minimum with its low bits,
/// so a shingle costs one comparison instead of one hash per permutation. Bins no shingle reached
/// borrow the value of a non-empty bin chosen by a hash of the bin and the attempt ("optimal
/// densification", Shrivastava 2017), which keeps the estimate unbiased for small documents.
public struct MinHasher: Sendable {
    public let permutations: Int
    private let seed: UInt64

    public init(permutations: Int = 128, seed: UInt64 = 1) {
        precondition(permutations > 0, "a signature needs at least one bin")
        self.permutations = permutations
        self.seed = seed
    }

    public func signature(_ shingles: [UInt64]) -> [UInt32] {
        var minimums = [UInt32](repeating: .max, count: permutations)
        var filled = [Bool](repeating: false, count: permutations)
        let bins = UInt64(permutations)
        for shingle in shingles {
            let h = Shingles.mix(shingle ^ seed)
            // Multiply-shift maps the high 32 bits onto the bins without a division's bias.
            let bin = Int(((h >> 32) &* bins) >> 32)
            let value = UInt32(truncatingIfNeeded: h)
            if value < minimums[bin] { minimums[bin] = value }
            filled[bin] = true
        }
        guard filled.contains(true) else { return minimums }
        for bin in 0..<permutations where !filled[bin] {
            var attempt: UInt64 = 0
            var source = bin
            repeat {
                attempt += 1
                let h = Shingles.mix(UInt64(bin) &* 0x9e37_79b9_7f4a_7c15 ^ attempt ^ seed)
                source = Int(((h >> 32) &* bins) >> 32)
            } while !filled[source]
            minimums[bin] = minimums[source]
        }
        return minimums
    }

    /// The share of positions where two signatures agree: an estimate of Jaccard similarity.
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        precondition(a.count == b.count, "signatures of different sizes")
        guard !a.isEmpty else { return 0 }
        var same = 0
        for i in 0..<a.count where a[i] == b[i] { same += 1 }
        return Double(same) / Double(a.count)
    }
}
