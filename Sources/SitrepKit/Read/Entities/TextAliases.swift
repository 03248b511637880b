/// Where the text itself says two names name one thing:
///
///     "Jabhat Fateh al-Sham, formerly known as the Nusra Front"     formerly-known-as
///     "Boko Haram, also known as ISWAP's rival JAS" / "a.k.a."        also-known-as
///     "the Arakan Army, now known as …" (the later name is the entity)
///     "National Defense Forces (NDF)"                                acronym (its initials)
///     "Tatmadaw (Myanmar Armed Forces)"                              parenthetical
///
/// Read on tokens around the candidates, one look at each candidate's end.
struct TextAliases {
    struct Found: Equatable {
        /// The candidate that is the entity (its current or full name) and the one that is its alias.
        var entity: Int
        var alias: Int
        var reason: AliasLink.Reason
        var evidence: Span
    }

    /// Phrases between two names, by token norms, with whether the first name is the current one.
    private static let phrases: [([String], AliasLink.Reason, Bool)] = [
        (["formerly", "known", "as"], .formerlyKnownAs, true),
        (["previously", "known", "as"], .formerlyKnownAs, true),
        (["once", "known", "as"], .formerlyKnownAs, true),
        (["formerly", "called"], .formerlyKnownAs, true),
        (["previously", "called"], .formerlyKnownAs, true),
        (["formerly"], .formerlyKnownAs, true),
        (["now", "known", "as"], .formerlyKnownAs, false),
        (["now", "called"], .formerlyKnownAs, false),
        (["later", "renamed"], .formerlyKnownAs, false),
        (["renamed"], .formerlyKnownAs, false),
        (["which", "renamed", "itself"], .formerlyKnownAs, false),
        (["also", "known", "as"], .alsoKnownAs, true),
        (["also", "called"], .alsoKnownAs, true),
        (["better", "known", "as"], .alsoKnownAs, true),
        (["otherwise", "known", "as"], .alsoKnownAs, true),
        (["known", "as"], .alsoKnownAs, true),
        (["aka"], .alsoKnownAs, true),
        (["a.k.a."], .alsoKnownAs, true),
        (["a.k.a"], .alsoKnownAs, true),
    ]

    static func find(_ candidates: [NameCandidate], _ tokens: [Token]) -> [Found] {
        var startingAt: [Int: Int] = [:]
        for (n, c) in candidates.enumerated() { startingAt[c.tokens.lowerBound] = n }
        var found: [Found] = []
        for (n, a) in candidates.enumerated() {
            var i = a.tokens.upperBound
            guard i < tokens.count else { continue }
            let opensParen = tokens[i].norm == "("
            if tokens[i].norm == "," || opensParen { i += 1 }
            // "X (Y)": a name filling the brackets.
            if opensParen, let b = startingAt[i], candidates[b].tokens.upperBound < tokens.count,
               tokens[candidates[b].tokens.upperBound].norm == ")" {
                let reason: AliasLink.Reason = isAcronym(candidates[b], of: a, tokens) ? .acronym : .parenthetical
                found.append(Found(entity: n, alias: b, reason: reason,
                                   evidence: Span(start: tokens[a.tokens.lowerBound].span.start,
                                                  end: tokens[candidates[b].tokens.upperBound].span.end)))
                continue
            }
            for (phrase, reason, firstIsCurrent) in phrases where matches(phrase, at: i, tokens) {
                var j = i + phrase.count
                if j < tokens.count, tokens[j].norm == "the" { j += 1 }
                guard let b = startingAt[j] else { break }
                let evidence = Span(start: tokens[a.tokens.lowerBound].span.start, end: tokens[candidates[b].tokens.upperBound - 1].span.end)
                found.append(firstIsCurrent ? Found(entity: n, alias: b, reason: reason, evidence: evidence)
                                            : Found(entity: b, alias: n, reason: reason, evidence: evidence))
                break
            }
        }
        return found
    }

    private static func matches(_ phrase: [String], at i: Int, _ tokens: [Token]) -> Bool {
        guard i + phrase.count <= tokens.count else { return false }
        for (k, word) in phrase.enumerated() where tokens[i + k].norm != word { return false }
        return true
    }

    /// Whether `short` is one word in capitals made of the initials of `long`'s words, its
    /// connectors and articles aside: "NDF" of "National Defense Forces", "SOHR" of "Syrian
    /// Observatory for Human Rights", "HTS" of "Hayat Tahrir al-Sham".
    static func isAcronym(_ short: NameCandidate, of long: NameCandidate, _ tokens: [Token]) -> Bool {
        guard short.tokens.count == 1, long.tokens.count >= 2, tokens[short.tokens.lowerBound].isAllCaps else { return false }
        let letters = NameKey.fold(tokens[short.tokens.lowerBound].norm).filter { $0.isLetter }
        return initials(long, tokens) == String(letters)
    }

    static func initials(_ name: NameCandidate, _ tokens: [Token]) -> String {
        var out = ""
        for t in tokens[name.tokens] where t.kind == .word && !NameWords.connectors.contains(t.norm) {
            var word = NameKey.fold(t.norm)
            for article in ["al-", "el-", "wal-"] where word.hasPrefix(article) { word.removeFirst(article.count) }
            if let c = word.first { out.append(c) }
        }
        return out
    }
}
