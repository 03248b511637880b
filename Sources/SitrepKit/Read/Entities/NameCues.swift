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
    /// Keys of the article's own outlet, as its metadata names it.
    let outletKeys: Set<String>
    /// Where paragraphs start, for datelines.
    let paragraphStarts: Set<Int>

    init(document: ReadingDocument) {
        self.document = document
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
        let words = name.filter { $0.kind == .word && !NameWords.connectors.contains($0.norm) }
        guard let first = words.first, let last = words.last else { return }

        if candidate.role != nil { candidate.vote(.person, 5) }
        if outletKeys.contains(key) { candidate.vote(.outlet, 6) }

        // The name's own words.
        if NameWords.organisationHeads.contains(last.norm) || NameKey.foreignHeadGloss(first.norm) != nil && words.count >= 2
            || NameWords.organisationHeads.contains(first.norm) && name.contains(where: { $0.norm == "of" || $0.norm == "for" }) {
            candidate.vote(.organisation, 4)
        }
        if words.count >= 2, words.contains(where: { NameWords.outletHeads.contains($0.norm) && !$0.isAllCaps })
            || NameWords.outletOpeners.contains(first.norm) && words.count >= 2 {
            candidate.vote(.outlet, 4)
        }
        if words.count >= 2, NameWords.placeHeads.contains(last.norm) { candidate.vote(.place, 4) }
        if words.count == 1, first.isAllCaps { candidate.vote(.organisation, 2) }
        if words.count >= 2, words.count <= 4, FirstNames.words.contains(first.norm), !first.isAllCaps,
           !NameWords.organisationHeads.contains(last.norm), !NameWords.placeHeads.contains(last.norm) {
            candidate.vote(.person, 3)
        }

        // The words after the name.
        let after = candidate.tokens.upperBound
        if after < tokens.count {
            let next = tokens[after]
            let nextWord = next.kind == .word && !next.isCapitalised ? next.norm : nil
            let next2 = after + 1 < tokens.count ? tokens[after + 1].norm : ""
            if let w = nextWord {
                if NameWords.outletCues.contains(w) || w == "news" && NameWords.outletCues.contains(next2) {
                    candidate.vote(.outlet, w == "agency" || w == "agencies" ? 2 : 4)
                }
                if NameWords.groupCues.contains(w) || NameWords.groupCues.contains(next2) && next2 != "held" && !w.hasSuffix("ly") && w != "'s" && w != "’s" {
                    candidate.vote(.organisation, 3)
                }
                if NameWords.placeCues.contains(w) { candidate.vote(.place, 3) }
                if NameWords.reportingVerbs.contains(w) { candidate.vote(.outlet, 2) }
                if NameWords.sayingVerbs.contains(w) { candidate.vote(.person, 1) }
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
            if prev.norm == "told", candidate.role == nil, !FirstNames.words.contains(first.norm) { candidate.vote(.outlet, 2) }
            if prev.kind == .number, words.count == 1 { candidate.vote(.organisation, 2) }
            if prev.norm == "(", before >= 1, after < tokens.count, tokens[after].norm == ")",
               before - 1 == 0 || paragraphStarts.contains(tokens[before - 1].span.start) {
                candidate.vote(.outlet, 4)   // a dateline: "(Reuters) Syrian rebels …"
            }
            if before >= 2, prev.norm == "of", NameWords.placeCues.contains(tokens[before - 2].norm) {
                candidate.vote(.place, 3)    // "the province of Idlib"
            }
        }

        // Defaults: a few capitalised words with no head read as a person's name, a word alone as a group's.
        if words.count >= 2, words.count <= 4, !name.contains(where: { $0.norm == "of" || $0.norm == "for" || $0.norm == "the" }),
           !words.contains(where: { $0.isAllCaps }) {
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
            if NameWords.personNouns.contains(t.norm) { candidate.vote(.person, 3); return }
            if NameWords.groupCues.contains(t.norm) || NameWords.organisationHeads.contains(t.norm) {
                candidate.vote(.organisation, 3); return
            }
            if NameWords.outletCues.contains(t.norm) { candidate.vote(.outlet, 3); return }
            if NameWords.placeCues.contains(t.norm) { candidate.vote(.place, 3); return }
            i += 1
        }
    }
}
