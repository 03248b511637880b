/// What the whole article says about how its words are written: which are written in lower case
/// somewhere, and which are capitalised where no sentence starts. A capital that only opens a
/// sentence ("Helicopters of the Syrian Army …") is no evidence of a name when the same word is
/// written "helicopters" elsewhere, or is a dictionary word never capitalised mid-sentence.
///
///     let casing = CasingEvidence(document)
///     casing.isCommonWord(i, "analysts", words)     // true: a dictionary word, never capitalised mid-sentence here
struct CasingEvidence {
    /// The article's word norms, each numbered once; hashed as bytes, not as `String`s (this
    /// runs on every token of every article).
    private var norms: ByteKeyTable
    /// By norm number: written with no capital somewhere.
    private var lowercase: [Bool] = []
    /// By norm number: capitalised somewhere it does not open a sentence.
    private var capitalisedInside: [Bool] = []
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
        norms = ByteKeyTable(expectedCount: max(16, tokens.count / 2))
        for (i, t) in tokens.enumerated() where t.kind == .word {
            var norm = t.norm
            let (id, isNew) = norm.withUTF8 { norms.insert($0) }
            if isNew { lowercase.append(false); capitalisedInside.append(false) }
            if !t.isCapitalised && !t.isAllCaps {
                lowercase[id] = true
            } else if !opensSentence[i] && !t.isAllCaps {
                capitalisedInside[id] = true
            }
        }
    }

    /// Whether the word is common English here: written in lower case in this article, or a
    /// dictionary word that this article never capitalises inside a sentence. Token `i`'s norm is
    /// `norm`; its word classes say whether it is a dictionary word.
    func isCommonWord(_ i: Int, _ norm: String, _ words: WordClasses) -> Bool {
        var norm = norm
        guard let id = norm.withUTF8({ norms.find($0) }) else { return words[i].contains(.commonWord) }
        return lowercase[id] || (words[i].contains(.commonWord) && !capitalisedInside[id])
    }
}
