/// The parts of a claim that are not a clause: a judging verb's object ("condemned the strike"),
/// a source's finding ("the poll shows Clinton leading"), the subject a participle hangs on, a
/// plural subject before a base form, the paragraph a colon announces.
extension ClaimReading {
    /// Prepositions after which a noun phrase is a place or a time, not the one named.
    private static let prepositions: Set<String> = ["to", "for", "on", "in", "at", "with", "from", "of", "by", "into",
                                                    "onto", "over", "under", "during", "after", "before", "off", "out"]

    /// Words that open a question: what "questioned" reports ("questioned whether the vote was fair").
    private static let questionWords: Set<String> = ["whether", "if", "why", "how", "what", "who", "when", "where", "the"]

    /// The content a judging or naming verb takes, to the clause's end; nil when the words do not
    /// fit the verb: "called" names only with a second phrase ("called the vote a sham", not "called
    /// the police"), "described" only "as" something, "questioned" only a question or a definite
    /// thing ("questioned whether …", "questioned the ruling", not "police questioned three men").
    func objectContent(from start: Int, lemma: String, in range: Range<Int>) -> Span? {
        var i = start
        while i < range.upperBound, tokens[i].norm == "," || tokens[i].norm == ":" { i += 1 }
        guard i < range.upperBound, !Self.prepositions.contains(tokens[i].norm) else { return nil }
        // The clause ends at a semicolon, a dash, the sentence's end, or a comma opening another clause.
        var end = i
        while end < range.upperBound, end - i < 40, ![";", ".", "!", "?", "—", "–"].contains(tokens[end].norm),
              !(tokens[end].norm == "," && end + 1 < range.upperBound
                  && (["but", "while", "which", "who", "and", "as", "after", "before"].contains(tokens[end + 1].norm)
                      || ReportingCues.participles[tokens[end + 1].norm] != nil)) {
            end += 1
        }
        guard end > i else { return nil }
        let words = tokens[i..<end].filter { $0.kind != .mark }
        guard words.count >= 2 || lemma == "cite" || lemma == "mention", !words.isEmpty else { return nil }
        switch lemma {
        case "call", "dub", "label":
            guard isNaming(i..<end) else { return nil }
        case "describe":
            guard tokens[i..<end].contains(where: { $0.norm == "as" }) else { return nil }
        case "question":
            guard Self.questionWords.contains(tokens[i].norm) else { return nil }
        default:
            break
        }
        return span(i..<end)
    }

    /// "the vote a sham", "Clinton a “champion”", "them ''anchors''": a phrase, then a second one
    /// opened by an article or a quotation mark that follows a noun, not a preposition or a
    /// conjunction ("called the embassy and the ministry", "called the police to the scene").
    private func isNaming(_ phrase: Range<Int>) -> Bool {
        guard phrase.count >= 2 else { return false }
        for k in (phrase.lowerBound + 1)..<min(phrase.upperBound, phrase.lowerBound + 16)
        where Self.namingOpeners.contains(tokens[k].norm) && !Self.governors.contains(tokens[k - 1].norm) {
            return true
        }
        return false
    }

    private static let namingOpeners: Set<String> = ["a", "an", "the", "“", "\"", "‘", "'"]
    /// Words after which an article opens no second phrase of the naming.
    private static let governors = prepositions.union(["and", "or", "the", "a", "an"])

    /// Whether the words after a verb of showing are a finding rather than a picture or a way.
    func isFinding(from start: Int, in range: Range<Int>) -> Bool {
        guard start < range.upperBound, !Self.prepositions.contains(tokens[start].norm) else { return false }
        let first = tokens[start..<min(start + 3, range.upperBound)]
        return !first.contains { ReportingCues.pictureNouns.contains($0.norm) } && wordCount(start..<range.upperBound, upTo: 3) >= 3
    }

    /// Words ending in -s that are no plural noun.
    private static let notPlurals: Set<String> = ["always", "perhaps", "sometimes", "towards", "afterwards", "besides", "thus",
                                                  "news", "series", "nevertheless", "whereas", "unless", "across", "its",
                                                  "his", "hers", "ours", "yours", "theirs", "was", "has", "does", "is", "this",
                                                  "us", "as", "yes", "regardless", "nonetheless", "sides"]

    /// "Democrats say", "his aides say", "many voters said": a plural noun before a cue is people
    /// speaking, and makes a base form finite.
    func isPluralSpeaker(_ t: Token) -> Bool {
        let n = t.norm
        guard t.kind == .word, n.count > 3, n.hasSuffix("s"), !Self.notPlurals.contains(n),
              !["ss", "us", "is", "ous", "'s", "’s"].contains(where: { n.hasSuffix($0) }) else { return false }
        return true
    }

    /// The sentence's subject when it opens with a phrase that can speak: the words up to its first
    /// auxiliary or past-tense verb ("A New York judge has rejected …, saying …").
    func openingSubject(from first: Int, before c: Int, in range: Range<Int>) -> Range<Int>? {
        var end = first
        while end < c, end - first < 10, tokens[end].kind == .word {
            let n = tokens[end].norm
            if end > first, ReportingCues.auxiliaries.contains(n) || !tokens[end].isCapitalised && n.hasSuffix("ed") { break }
            end += 1
        }
        guard end > first, end < c, end - first < 10, tokens[end].kind == .word else { return nil }
        let phrase = first..<end
        return isSpeakerPhrase(phrase) ? phrase : nil
    }

    /// The paragraph after the sentence, when the sentence closes its own with a colon.
    func paragraph(after range: Range<Int>) -> Span? {
        guard range.upperBound < tokens.count, tokens[range.upperBound - 1].norm == ":" else { return nil }
        let paragraphs = document.article.paragraphs
        let next = tokens[range.upperBound].span.start
        let p = paragraphs.partitionIndex { $0.end <= next }
        guard p < paragraphs.count, paragraphs[p].start == next, p > 0,
              paragraphs[p - 1].end <= tokens[range.upperBound - 1].span.end + 1 else { return nil }
        return wordCount(document.tokenIndices(in: paragraphs[p]), upTo: 3) >= 3 ? paragraphs[p] : nil
    }
}
