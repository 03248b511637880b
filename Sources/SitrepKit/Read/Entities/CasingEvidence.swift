/// What the whole article says about how its words are written: which are written in lower case
/// somewhere, and which are capitalised where no sentence starts. A capital that only opens a
/// sentence ("Helicopters of the Syrian Army …") is no evidence of a name when the same word is
/// written "helicopters" elsewhere, or is a dictionary word never capitalised mid-sentence.
///
///     let casing = CasingEvidence(document)
///     casing.isCommonWord("analysts")     // true: a dictionary word, never capitalised mid-sentence here
struct CasingEvidence {
    /// Norms of word tokens written with no capital.
    private(set) var lowercase: Set<String> = []
    /// Norms of capitalised word tokens that do not open a sentence.
    private(set) var capitalisedInside: Set<String> = []
    /// For each token, whether it opens its sentence (only marks before it: quotes, brackets).
    private(set) var opensSentence: [Bool]

    init(_ document: ReadingDocument) {
        let tokens = document.tokens
        opensSentence = Array(repeating: false, count: tokens.count)
        for sentence in document.article.sentences {
            var atStart = true
            for i in document.tokenIndices(in: sentence) {
                let t = tokens[i]
                if t.kind == .word || t.kind == .number {
                    if atStart { opensSentence[i] = true }
                    atStart = false
                } else if t.norm == ":" || t.norm == "—" || t.norm == "–" || t.norm == "“" || t.norm == "‘"
                            || (t.norm == "\"" && (i == 0 || !tokens[i - 1].touches(t))) {
                    // "UPDATE: According to …": a colon or dash opens a new clause, often capitalised.
                    atStart = true
                }
            }
        }
        // Sized once for the article's words: growing the sets token by token rehashed them often.
        lowercase.reserveCapacity(tokens.count / 2)
        capitalisedInside.reserveCapacity(tokens.count / 8)
        for (i, t) in tokens.enumerated() where t.kind == .word {
            if !t.isCapitalised && !t.isAllCaps {
                lowercase.insert(t.norm)
            } else if !opensSentence[i] && !t.isAllCaps {
                capitalisedInside.insert(t.norm)
            }
        }
    }

    /// Whether the word is common English here: written in lower case in this article, or a
    /// dictionary word that this article never capitalises inside a sentence.
    func isCommonWord(_ norm: String) -> Bool {
        lowercase.contains(norm) || (CommonWords.words.contains(norm) && !capitalisedInside.contains(norm))
    }
}
