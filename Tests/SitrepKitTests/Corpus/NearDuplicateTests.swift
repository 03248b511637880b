import Foundation
import Testing
@testable import SitrepKit

@Suite struct NearDuplicateTests {
    static let words = ("harbour storm levee river council convoy border bridge market school valley road night "
        + "morning officials residents families homes engineers pumps sandbags forecast rain wind").split(separator: " ")

    /// A deterministic text of `count` words, different for each seed.
    static func text(seed: UInt64, count: Int = 300) -> String {
        var state = seed
        return (0..<count).map { _ -> String in
            state = Shingles.mix(state)
            return String(words[Int(state % UInt64(words.count))])
        }.joined(separator: " ")
    }

    /// Replaces every `every`-th word.
    static func edited(_ text: String, every: Int) -> String {
        text.split(separator: " ").enumerated().map { $0.offset % every == 0 ? "changed\($0.offset)" : String($0.element) }
            .joined(separator: " ")
    }

    @Test func shinglesIgnoreCaseAndPunctuation() {
        #expect(Shingles.hashes(of: "The River, rose!", size: 2) == Shingles.hashes(of: "the river rose", size: 2))
        #expect(Shingles.hashes(of: "one two three four", size: 2).count == 3)
        #expect(Shingles.hashes(of: "", size: 2).isEmpty)
    }

    @Test func signatureAgreementEstimatesJaccard() {
        let hasher = MinHasher(permutations: 256)
        let a = Array(0..<1000).map { Shingles.mix(UInt64($0)) }
        let b = Array(500..<1500).map { Shingles.mix(UInt64($0)) }   // Jaccard 500/1500 = 1/3
        let estimate = MinHasher.similarity(hasher.signature(a), hasher.signature(b))
        #expect(abs(estimate - 1.0 / 3.0) < 0.08)
        #expect(MinHasher.similarity(hasher.signature(a), hasher.signature(a)) == 1)
    }

    @Test func findsLightlyEditedCopiesAndNotStrangers() {
        var index = NearDuplicateIndex(threshold: 0.5)
        let original = Self.text(seed: 1)
        #expect(index.insert(0, Shingles.hashes(of: original)).isEmpty)
        for seed in 2...50 { index.insert(seed, Shingles.hashes(of: Self.text(seed: UInt64(seed)))) }
        // One word in 20 changed leaves about 60% of 5-word shingles intact.
        let copy = index.insert(100, Shingles.hashes(of: Self.edited(original, every: 20)))
        #expect(copy.map(\.id) == [0])
        let stranger = index.insert(101, Shingles.hashes(of: Self.text(seed: 999)))
        #expect(stranger.isEmpty)
    }

    @Test func bandingCrossesHalfNearTheTarget() {
        let (bands, rows) = NearDuplicateIndex.banding(threshold: 0.5, permutations: 128)
        #expect(bands * rows <= 128)
        let crossing = pow(1 - pow(0.5, 1 / Double(bands)), 1 / Double(rows))
        #expect(abs(crossing - 0.5) < 0.06)
    }
}
