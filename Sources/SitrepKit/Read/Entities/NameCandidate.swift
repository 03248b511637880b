/// A stretch of tokens that names something, as ``NameFinder`` finds it, before the reader has
/// decided what it names.
///
///     // "Russian Deputy Foreign Minister Sergei Ryabkov said"
///     // candidate "Russian" (tokens 0..<1), candidate "Sergei Ryabkov" (4..<6, role 1..<4)
struct NameCandidate: Sendable {
    /// Token indices of the name itself, without "the" or a possessive.
    var tokens: Range<Int>
    /// Token indices of the title or role written before the name ("Deputy Foreign Minister").
    var role: Range<Int>?
    /// Whether the name opens its sentence, where a capital proves nothing.
    var opensSentence: Bool
    /// The evidence for each kind, added up over the cues around this mention.
    var votes: [EntityKind: Int] = [:]
    /// The country a nationality word ("Syrian") belongs to.
    var nationality: String?
    /// A place opening a longer name ("Cottonport" of "Cottonport Fire Station"), read beside it.
    var isInner = false

    init(tokens: Range<Int>, role: Range<Int>? = nil, opensSentence: Bool) {
        self.tokens = tokens
        self.role = role
        self.opensSentence = opensSentence
    }

    mutating func vote(_ kind: EntityKind, _ weight: Int) { votes[kind, default: 0] += weight }

    /// The kind with the most evidence; ties go to the kind listed first in ``EntityKind``.
    var bestKind: EntityKind? {
        var best: (EntityKind, Int)?
        for kind in EntityKind.allCases {
            if let v = votes[kind], v > (best?.1 ?? 0) { best = (kind, v) }
        }
        return best?.0
    }
}
