/// The evidence for what a name names, read from the name itself and the few tokens around it.
/// Each cue votes for a kind with a weight; the reader adds the votes of every mention of one
/// name in the article and takes the kind with the most.
///
///     // "… the al-Watan newspaper reported …"   outlet (the noun after it)
///     // "Deputy Foreign Minister Sergei Ryabkov" person (the role before it)
///     // "Fatah Halab militant coalitions"        organisation (the nouns after it)
///     // "the Nusra Front"                        organisation (its head noun)
///
/// Weights: 5 for what the name says of itself or a role before it, 3–4 for a telling noun beside
/// it, 1–2 for weaker hints (a verb of saying, a preposition), 1 for the default.
struct NameCues {
    let document: ReadingDocument
    let words: WordClasses
    /// Keys of the article's own outlet, as its metadata names it.
    let outletKeys: Set<String>
    /// Where paragraphs start, for datelines.
    let paragraphStarts: Set<Int>

    init(document: ReadingDocument, words: WordClasses) {
        self.document = document
        self.words = words
        var keys = Set<String>()
        for name in [document.article.outlet, document.article.byline].compactMap({ $0 }) {
            let key = NameKey.key(name.split(separator: " "))
            if !key.isEmpty { keys.insert(key) }
        }
        outletKeys = keys
        paragraphStarts = Set(document.article.paragraphs.map(\.start))
    }

    func vote(_ candidate: inout NameCandidate, key: String) {
        let tokens = document.tokens
        let name = tokens[candidate.tokens]
        // The name's words without its connectors, by token index.
        let inner = candidate.tokens.filter { tokens[$0].kind == .word && !words[$0].contains(.connector) }
        guard let firstAt = inner.first, let lastAt = inner.last else { return }
        let first = tokens[firstAt]
        let count = inner.count

        if candidate.role != nil { candidate.vote(.person, 5) }
        if outletKeys.contains(key) { candidate.vote(.outlet, 6) }

        // The name's own words.
        if words[lastAt].contains(.organisationHead) || words[firstAt].contains(.foreignHead) && count >= 2
            || words[firstAt].contains(.organisationHead) && name.contains(where: { $0.norm == "of" || $0.norm == "for" }) {
            candidate.vote(.organisation, 4)
        }
        if count >= 2, inner.contains(where: { words[$0].contains(.outletHead) && !tokens[$0].isAllCaps })
            || words[firstAt].contains(.outletOpener) && count >= 2 {
            candidate.vote(.outlet, 4)
        }
        if count >= 2, words[lastAt].contains(.placeHead) { candidate.vote(.place, 4) }
        if count == 1, first.isAllCaps { candidate.vote(.organisation, 2) }
        if count >= 2, count <= 4, words[firstAt].contains(.firstName), !first.isAllCaps,
           words[lastAt].isDisjoint(with: [.organisationHead, .placeHead]) {
            candidate.vote(.person, 3)
        }

        // The words after the name.
        let after = candidate.tokens.upperBound
        if after < tokens.count {
            let next = tokens[after]
            let nextWord = next.kind == .word && !next.isCapitalised ? next.norm : nil
            let next2 = after + 1 < tokens.count ? tokens[after + 1].norm : ""
            let next2Word = after + 1 < tokens.count ? words[after + 1] : []
            if let w = nextWord {
                let word = words[after]
                if word.contains(.outletCue) || w == "news" && next2Word.contains(.outletCue) {
                    candidate.vote(.outlet, w == "agency" || w == "agencies" ? 2 : 4)
                }
                if word.contains(.groupCue) || next2Word.contains(.groupCue) && next2 != "held" && !w.hasSuffix("ly") && w != "'s" && w != "’s" {
                    candidate.vote(.organisation, 3)
                }
                if word.contains(.placeCue) { candidate.vote(.place, 3) }
                if word.contains(.reportingVerb) { candidate.vote(.outlet, 2) }
                if word.contains(.sayingVerb) { candidate.vote(.person, 1) }
            }
            if next.norm == "-" || next.norm == "‑", after + 1 < tokens.count, next.touches(tokens[after + 1]),
               NameWords.groupCues.contains("-" + tokens[after + 1].norm) {
                candidate.vote(.organisation, 2)
            }
            if next.norm == "," { appositionVote(&candidate, from: after + 1) }
            if next.norm == "(", after + 1 < tokens.count, tokens[after + 1].norm == "a" || tokens[after + 1].norm == "an" {
                appositionVote(&candidate, from: after + 1)
            }
        }

        // The words before it.
        let before = candidate.tokens.lowerBound
        if before > 0 {
            let prev = tokens[before - 1]
            switch prev.norm {
            case "year-old", "named", "dubbed", "mr", "mrs", "ms", "dr":
                candidate.vote(.person, 3)
            default:
                break
            }
            if prev.norm == "told", candidate.role == nil, !words[firstAt].contains(.firstName) { candidate.vote(.outlet, 2) }
            if prev.kind == .number, count == 1 { candidate.vote(.organisation, 2) }
            if prev.norm == "(", before >= 1, after < tokens.count, tokens[after].norm == ")",
               before - 1 == 0 || paragraphStarts.contains(tokens[before - 1].span.start) {
                candidate.vote(.outlet, 4)   // a dateline: "(Reuters) Syrian rebels …"
            }
            if before >= 2, prev.norm == "of", words[before - 2].contains(.placeCue) {
                candidate.vote(.place, 3)    // "the province of Idlib"
            }
        }

        // Defaults: a few capitalised words with no head read as a person's name, a word alone as a group's.
        if count >= 2, count <= 4, !name.contains(where: { $0.norm == "of" || $0.norm == "for" || $0.norm == "the" }),
           !inner.contains(where: { tokens[$0].isAllCaps }) {
            candidate.vote(.person, 1)
        } else {
            candidate.vote(.organisation, 1)
        }
    }

    /// ", an expert in …", ", a war monitoring group", "(a local coalition of militant groups …)":
    /// the noun of an apposition within a few words says what the name is.
    private func appositionVote(_ candidate: inout NameCandidate, from start: Int) {
        let tokens = document.tokens
        guard start < tokens.count, ["a", "an", "the"].contains(tokens[start].norm) else { return }
        var i = start + 1
        while i < min(tokens.count, start + 5) {
            let t = tokens[i]
            guard t.kind == .word else { return }
            // A possessive is no head: "Raqqa, the group's stronghold" is a stronghold, not a group.
            if i + 1 < tokens.count, tokens[i + 1].norm == "'s" || tokens[i + 1].norm == "’s" { i += 2; continue }
            let word = words[i]
            if word.contains(.personNoun) { candidate.vote(.person, 3); return }
            if !word.isDisjoint(with: [.groupCue, .organisationHead]) { candidate.vote(.organisation, 3); return }
            if word.contains(.outletCue) { candidate.vote(.outlet, 3); return }
            if word.contains(.placeCue) { candidate.vote(.place, 3); return }
            i += 1
        }
    }
}
