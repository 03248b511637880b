/// Claims whose cue is a mark or a phrase rather than a reporting verb: a name and a colon
/// opening a paragraph (a headline's "Sanders: Clinton needs to …", a transcript's "PENCE: …"),
/// a name and a dash before a quote or after one ("Jane Doe ― “…”", "“…” ― Jane Doe"), and "X called
/// for Y" / "X called on Y to Z".
extension ClaimReading {
    /// Words that open a paragraph before a colon without being anyone: a label of the page.
    static let pageLabels: Set<String> = ["update", "updated", "breaking", "note", "editor's", "watch", "read", "video",
                                          "photos", "photo", "listen", "related", "correction", "warning", "source",
                                          "sources", "live", "exclusive", "opinion", "analysis", "q", "a", "clarification",
                                          "the"]

    /// "NAME: …" or "NAME ― “…”" at the start of a paragraph: the name at most four words, a
    /// person, organisation or outlet the entity reader found, or written in capitals.
    mutating func labelled(in range: Range<Int>, _ sentence: Span) -> Annotation<Claim>? {
        let paragraphs = document.article.paragraphs
        let p = paragraphs.partitionIndex { $0.end <= sentence.start }
        guard p < paragraphs.count, paragraphs[p].start == sentence.start else { return nil }
        var mark = range.lowerBound
        while mark < range.upperBound, mark - range.lowerBound < 5, tokens[mark].kind == .word || tokens[mark].norm == "." {
            mark += 1
        }
        guard mark > range.lowerBound, mark < range.upperBound else { return nil }
        let cueMark = tokens[mark].norm
        guard cueMark == ":" || cueMark == "―" || cueMark == "—" else { return nil }
        let name = range.lowerBound..<mark
        let words = tokens[name].filter { $0.kind == .word }
        guard let first = words.first, !Self.pageLabels.contains(first.norm), words.allSatisfy(\.isCapitalised) else { return nil }
        // A person named whole, or a short organisation or outlet: a longer title-case phrase
        // before a colon is a heading ("Veto Power Impedes Peace Efforts: …").
        let whole = span(name)
        let named = mentions.indices(startingIn: whole).contains {
            let m = mentions[$0]
            guard m.span == whole else { return false }
            return m.value.kind == .person || words.count <= 2 && (m.value.kind == .organisation || m.value.kind == .outlet)
        }
        guard named || words.allSatisfy(\.isAllCaps) && words.count <= 2 else { return nil }
        takeContext(before: tokens[name.lowerBound].span.start)
        let content: Span
        if cueMark == ":" {
            // The rest of the paragraph, at least three words.
            guard mark + 1 < range.upperBound else { return nil }
            let start = tokens[mark + 1].span.start
            guard document.tokenIndices(in: Span(start: start, end: paragraphs[p].end)).count >= 3 else { return nil }
            content = Span(start: start, end: paragraphs[p].end)
        } else {
            // A dash names the speaker only before a quotation ("WASHINGTON ― …" is a dateline).
            guard mark + 1 < range.upperBound, let quote = quotes.containing(tokens[mark + 1].span.start) else { return nil }
            content = quote
        }
        return make(speaker: name, cue: tokens[mark].span, lemma: cueMark, tense: nil, content: content,
                    range: range, via: nil)
    }

    /// "“…” ― Sonya Herridge" closing its paragraph: a reader's or a witness's signed quote.
    mutating func signedQuote(at c: Int, in range: Range<Int>) -> Annotation<Claim>? {
        guard c > range.lowerBound, ["”", "\""].contains(tokens[c - 1].norm),
              let quote = quotes.containing(tokens[c - 1].span.start) else { return nil }
        let paragraphs = document.article.paragraphs
        let p = paragraphs.partitionIndex { $0.end <= tokens[c].span.start }
        guard p < paragraphs.count else { return nil }
        var end = c + 1
        while end < range.upperBound, end - c <= 5, tokens[end].kind == .word, tokens[end].isCapitalised || tokens[end].norm == "." {
            end += 1
        }
        // The name ends the paragraph (marks aside), and is at most four words.
        guard end > c + 1, end - c <= 5 else { return nil }
        var k = end
        while k < tokens.count, tokens[k].span.start < paragraphs[p].end, tokens[k].kind == .mark { k += 1 }
        guard k == tokens.count || tokens[k].span.start >= paragraphs[p].end else { return nil }
        takeContext(before: tokens[c].span.start)
        return make(speaker: (c + 1)..<end, cue: tokens[c].span, lemma: "―", tense: nil, content: quote,
                    range: range, via: nil)
    }

    /// "The union called for a general strike", "Rights groups called on the junta to free them":
    /// the content runs to the clause's end.
    mutating func callFor(at c: Int, in range: Range<Int>) -> Annotation<Claim>? {
        let t = tokens[c]
        if t.norm == "call" {
            guard c > range.lowerBound, ["they", "we", "i", "you", "will", "would", "groups", "leaders"].contains(tokens[c - 1].norm) else {
                return nil
            }
        }
        // Only a speaker before the cue makes it a call: "a dish called for by the recipe" is none.
        guard let speaker = subject(before: c, in: range), isSpeakerPhrase(speaker) else { return nil }
        takeContext(before: t.span.start)
        var end = c + 2
        while end < range.upperBound, end - c < 40, ![";", ".", "!", "?", "—", "–"].contains(tokens[end].norm),
              !(tokens[end].norm == "," && end + 1 < range.upperBound && ["but", "while", "as", "which", "who"].contains(tokens[end + 1].norm)) {
            end += 1
        }
        guard end > c + 2 else { return nil }
        let cue = Span(start: t.span.start, end: tokens[c + 1].span.end)
        return make(speaker: speaker, cue: cue, lemma: "call " + tokens[c + 1].norm, tense: t.norm == "called" ? .past : .present,
                    content: span((c + 2)..<end), range: range, via: nil)
    }
}
