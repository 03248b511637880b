/// MinHash signatures: a fixed-size sketch of a shingle set whose agreement rate between two
/// documents estimates their Jaccard similarity.
///
///     let hasher = MinHasher(permutations: 128)
///     let a = hasher.signature(Shingles.hashes(of: textA))
///     let b = hasher.signature(Shingles.hashes(of: textB))
///     MinHasher.similarity(a, b)   // ≈ Jaccard(shingles A, shingles B)
///
/// Each permutation is a multiply-add over 64-bit integers keeping the high 32 bits (a
/// multiply-shift hash family), which the compiler vectorises across permutations.
public struct MinHasher: Sendable {
    public let permutations: Int
    private let multipliers: [UInt64]
    private let addends: [UInt64]

    public init(permutations: Int = 128, seed: UInt64 = 1) {
        self.permutations = permutations
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            return Shingles.mix(state)
        }
        multipliers = (0..<permutations).map { _ in next() | 1 }
        addends = (0..<permutations).map { _ in next() }
    }

    public func signature(_ shingles: [UInt64]) -> [UInt32] {
        var minimums = [UInt32](repeating: .max, count: permutations)
        minimums.withUnsafeMutableBufferPointer { mins in
            multipliers.withUnsafeBufferPointer { a in
                addends.withUnsafeBufferPointer { b in
                    for shingle in shingles {
                        for i in 0..<mins.count {
                            let value = UInt32(truncatingIfNeeded: (shingle &* a[i] &+ b[i]) >> 32)
                            mins[i] = min(mins[i], value)
                        }
                    }
                }
            }
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
