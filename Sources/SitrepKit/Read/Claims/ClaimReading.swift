/// One article's pass of ``ClaimReader``: the sentence at hand, and what earlier sentences left
/// for resolving pronouns (the last person and organisation named).
struct ClaimReading {
    let document: ReadingDocument
    let tokens: [Token]
    let quotes: QuoteSpans
    private(set) var claims = Layer<Claim>(.claims)
    /// The mentions in text order, and how far they have been taken in as context.
    let mentions: Layer<EntityMention>
    private var nextMention = 0
    private var lastPerson: EntityID?
    private var lastOrganisation: EntityID?

    init(_ document: ReadingDocument) {
        self.document = document
        tokens = document.tokens
        quotes = QuoteSpans(document.text, paragraphs: document.article.paragraphs)
        mentions = document.article.layers.mentions
    }

    /// The words that bound a speaker's noun phrase on its left.
    private static let phraseBreaks: Set<String> = [",", ";", ":", "(", ")", "“", "”", "\"", "—", "–", "and", "but", "that",
                                                    "which", "while", "as", "because", "when", "if", "after", "before", "so", "what",
                                                    "though", "although", "whereas"]

    /// Words that open a sentence with an adverbial before its subject.
    private static let openers: Set<String> = ["during", "after", "before", "in", "on", "at", "when", "while", "meanwhile",
                                               "but", "yet", "still", "however", "later", "earlier", "since", "despite", "with"]

    /// Words that join a second reporting verb to the first: "said … and added", "… but noted that".
    static let coordinators: Set<String> = ["and", "but", "though", "although", "while", "whereas", ",", ";", "—", "yet"]

    /// Verbs that open a relative clause inside a speaker's phrase ("groups that are present in Aleppo").
    private static let relativeVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "remain", "remains",
                                                     "operate", "operates", "fight", "fights", "work", "works", "live", "lives"]

    /// Words after which a reporting verb's base form is a finite cue.
    private static let baseFormSubjects: Set<String> = ["they", "we", "i", "you", "will", "would", "sources", "officials",
                                                        "analysts", "experts", "residents", "activists", "witnesses", "critics",
                                                        "police", "people", "others", "many", "some", "both", "whom", "most",
                                                        "few", "all"]

    /// Nouns that say a phrase before a noun-like cue ("sources claim", "the ministry states") is its subject.
    static let speakerHeads: Set<String> = [
        "officials", "official", "sources", "source", "spokesman", "spokeswoman", "spokesperson", "ministry", "police",
        "army", "military", "government", "witnesses", "witness", "residents", "activists", "analysts", "experts",
        "report", "statement", "study", "survey", "poll", "agency", "group", "observatory", "monitor", "media",
        "newspaper", "channel", "television", "radio", "campaign", "committee", "office", "department", "authorities",
        "researchers", "scientists", "doctors", "medics", "rebels", "insurgents", "militants", "forces", "commander",
        "worker", "workers", "diplomat", "diplomats", "envoy", "reporter", "correspondent", "lawyer", "lawyers", "resident",
        "survivor", "survivors", "daily", "paper", "website", "outlet", "network", "broadcaster", "statement", "people",
        "man", "woman", "men", "women", "soldier", "soldiers", "fighter", "fighters", "protesters", "organisers", "organizers",
        "percent", "mediator", "mediators", "negotiator", "negotiators", "judge", "judges", "prosecutor", "prosecutors",
    ]

    mutating func read(_ sentence: Span) {
        let range = document.tokenIndices(in: sentence)
        var i = range.lowerBound
        if let labelled = labelled(in: range, sentence) {
            claims.append(labelled)
            let resume = tokens.partitionIndex { $0.span.start < labelled.value.content.end }
            i = max(i + 1, min(resume, range.upperBound))
        }
        while i < range.upperBound {
            if let claim = claim(at: i, in: range, sentence) {
                // A quote announced by "X said:" before it and attributed again after it is one claim.
                let content = claim.value.content
                if !claims.items.suffix(4).contains(where: { $0.value.content == content }) {
                    claims.append(Annotation(span: claim.span, value: claim.value))
                }
                // Cues inside the content are the speaker's own reporting, read as part of it.
                let resume = tokens.partitionIndex { $0.span.start < claim.value.content.end }
                i = max(i + 1, min(resume, range.upperBound))
            } else {
                i += 1
            }
        }
    }

    // MARK: One cue

    private mutating func claim(at c: Int, in range: Range<Int>, _ sentence: Span) -> Annotation<Claim>? {
        let t = tokens[c]
        // A dash right after a closing quote may sign it with a name ("“…” ― Jane Doe").
        if t.norm == "―" || t.norm == "—" { return signedQuote(at: c, in: range) }
        guard t.kind == .word else { return nil }
        if t.norm == "according", c + 1 < range.upperBound, tokens[c + 1].norm == "to" {
            return according(at: c, in: range, sentence)
        }
        if ["call", "calls", "called"].contains(t.norm), c + 1 < range.upperBound, ["for", "on"].contains(tokens[c + 1].norm) {
            return callFor(at: c, in: range)
        }
        if let lemma = ReportingCues.participles[t.norm], c > range.lowerBound, ReportingCues.participleLinks.contains(tokens[c - 1].norm) {
            return participle(at: c, lemma: lemma, in: range, sentence)
        }
        // A capitalised form opening no sentence is a name's word ("United States", "Says Law").
        if t.isCapitalised, c > range.lowerBound { return nil }
        guard let form = ReportingCues.verb(t.norm) else { return nil }
        // A base form is a cue after a plural subject or a modal ("they say", "will deny"); else it
        // is mostly an infinitive or a noun ("to say", "a say").
        if t.norm == form.lemma {
            guard c > range.lowerBound, Self.baseFormSubjects.contains(tokens[c - 1].norm) || isPluralSpeaker(tokens[c - 1]) else { return nil }
        }
        // "Asked whether …, the official said": a participle opening the sentence, not its cue.
        if c == range.lowerBound, form.tense == .past, c + 1 < range.upperBound,
           ["about", "whether", "if", "what", "how", "why", "when", "on", "for", "by"].contains(tokens[c + 1].norm) {
            return nil
        }
        takeContext(before: t.span.start)

        var cueEnd = c + 1
        // "pauses were declared by Damascus": a passive's subject said nothing.
        if c > range.lowerBound, ["was", "were", "been", "being", "be", "is", "are"].contains(tokens[c - 1].norm),
           form.lemma != "quote", form.lemma != "cite" {
            return nil
        }
        // "comments reported by RIA", "a statement carried by state media": a participle before
        // "by" names who relayed the words (``relay(in:outside:)``), not a new speaker.
        if form.tense == .past, c + 1 < range.upperBound, tokens[c + 1].norm == "by" { return nil }
        var speaker = subject(before: c, in: range).flatMap { isSpeakerPhrase($0) ? $0 : nil }
        // "His aides say it is too early but noted that …": a second verb of the same speaker.
        if speaker == nil, c > range.lowerBound + 1, Self.coordinators.contains(tokens[c - 1].norm) {
            speaker = speakerOfClaim(endingBefore: c - 1, in: sentence)
        }
        if ReportingCues.nounLike.contains(t.norm), speaker == nil { return nil }
        var via: Claim.Via?
        // "A quoted B as saying …": B is the speaker, A relayed the words.
        if form.lemma == "quote" || form.lemma == "cite", let asAt = (c + 1..<min(c + 10, range.upperBound)).first(where: { tokens[$0].norm == "as" }),
           asAt + 1 < range.upperBound, ["saying", "telling", "stating", "writing"].contains(tokens[asAt + 1].norm) {
            if asAt > c + 1, let relayer = speaker {
                via = .outlet(span(relayer), entity(in: relayer))
                speaker = (c + 1)..<asAt
            }
            cueEnd = asAt + 2
        }
        var inverted = false
        // A judging verb is never inverted ("…, condemned the ministry" has no speaker).
        if ReportingCues.objectContent.contains(form.lemma), speaker == nil, via == nil { return nil }
        // "a militia called Mai-Mai", "so-called": a name given, not words said.
        if ["call", "dub", "label"].contains(form.lemma), let s = speaker,
           ["a", "an"].contains(tokens[s.lowerBound].norm) || ["so", "-"].contains(tokens[c - 1].norm) {
            return nil
        }
        if speaker == nil {
            // "“…,” said the minister", "…, says X": the speaker after the cue.
            speaker = objectPhrase(after: c, in: range)
            if let s = speaker { cueEnd = s.upperBound; inverted = true }
        }
        // Inverted ("…,” said X") or after a quote the sentence opens in ("“…,” he said in
        // comments reported by RIA"), the content is before; else after the cue, or before the speaker.
        let opensWithQuote = quotes.containing(tokens[range.lowerBound].span.start).map {
            $0.end <= tokens[speaker?.lowerBound ?? c].span.start
        } ?? false
        let contentStart = skipReportingClause(from: cueEnd, lemma: form.lemma, in: range)
        // "responded to the mother by saying …": whom one answers is no content.
        if ["respond", "reply"].contains(form.lemma), contentStart < range.upperBound, tokens[contentStart].norm == "to" { return nil }
        // "State television showed footage", "the attack threatens to inflict a blow": these verbs
        // report only a that-clause, a colon or a quote; with anything else they are no speech.
        if ReportingCues.clauseOnly.contains(form.lemma) {
            guard contentStart < range.upperBound else { return nil }
            if !["that", ":", "“", "\""].contains(tokens[contentStart].norm) {
                // "The poll shows Clinton leading": a source's finding, said without "that".
                guard ReportingCues.findingVerbs.contains(form.lemma), speaker != nil, !inverted,
                      isFinding(from: contentStart, in: range) else { return nil }
            }
        }
        // "She continued, “…”", "“…,” he continued": only beside a quotation.
        if ReportingCues.quoteOnly.contains(form.lemma) {
            var open = contentStart
            while open < range.upperBound, [",", ":"].contains(tokens[open].norm) { open += 1 }
            let quoteAfter = open < range.upperBound && ["“", "\""].contains(tokens[open].norm)
            guard quoteAfter || opensWithQuote else { return nil }
        }
        // "condemned the strike": a judging verb's content may be a noun phrase, and is never before it.
        let takesObject = ReportingCues.objectContent.contains(form.lemma)
        let object = takesObject && !inverted && !opensWithQuote ? objectContent(from: contentStart, lemma: form.lemma, in: range) : nil
        if takesObject, !inverted, !opensWithQuote, object == nil { return nil }
        var content = inverted || opensWithQuote ? nil : takesObject ? object : self.content(from: contentStart, in: range, sentence)
        if content == nil, !inverted, cueEnd < range.upperBound, tokens[cueEnd].norm == ":" {
            // "X said:" closing its paragraph: the quote that opens the next one is the content, or
            // the next paragraph whole (a transcript, a block quotation).
            guard let next = quoteOpening(after: range) ?? paragraph(after: range) else { return nil }
            content = next
        }
        if content == nil {
            // "…, X said.": the content runs from the sentence (or its quote) to the speaker.
            let before = inverted ? c : speaker?.lowerBound ?? c
            content = self.content(before: before, in: range, sentence)
        }
        guard var contentSpan = content else { return nil }
        // A cue inside a quotation is the quoted speaker's own words: its content stays inside.
        if let quote = quotes.containing(t.span.start), quote.start < t.span.start {
            guard contentSpan.start >= quote.start else { return nil }
            contentSpan.end = min(contentSpan.end, quote.end - 1)
            guard contentSpan.end > contentSpan.start + 2 else { return nil }
        }
        if form.lemma == "quote" || form.lemma == "cite", via == nil, speaker == nil { return nil }

        return make(speaker: speaker, cue: tokens[c].span, lemma: form.lemma, tense: tense(of: form, at: c, in: range),
                    content: contentSpan, range: range, via: via)
    }

    private func tense(of form: ReportingCues.Form, at c: Int, in range: Range<Int>) -> Claim.Tense {
        c > range.lowerBound && ["will", "would"].contains(tokens[c - 1].norm) ? .future : form.tense
    }

    /// "…, saying the talks had failed", "by saying …": the speaker is that of the claim the
    /// participle follows, else the sentence's subject (past an opening adverbial) when it is a
    /// pronoun, a name or a phrase that can speak.
    private mutating func participle(at c: Int, lemma: String, in range: Range<Int>, _ sentence: Span) -> Annotation<Claim>? {
        takeContext(before: tokens[c].span.start)
        var from = skipReportingClause(from: c + 1, lemma: lemma, in: range)
        // "calling for talks": what is called for.
        if lemma == "call", from < range.upperBound, ["for", "on"].contains(tokens[from].norm) { from += 1 }
        let content = ReportingCues.objectContent.contains(lemma)
            ? objectContent(from: from, lemma: lemma, in: range) : self.content(from: from, in: range, sentence)
        guard let content else { return nil }
        var first = range.lowerBound
        while first < c, tokens[first].kind == .mark { first += 1 }
        // "During a speech on Monday, Trump attacked Clinton, saying …": past the opening adverbial.
        if first < c, Self.openers.contains(tokens[first].norm),
           let comma = (first..<min(c, first + 20)).first(where: { tokens[$0].norm == "," }), comma + 1 < c {
            first = comma + 1
        }
        var speaker: Range<Int>?
        if let previous = speakerOfClaim(endingBefore: c - 1, in: sentence) {
            // "“…,” the mayor said, adding that …": the speaker of the claim the participle follows.
            speaker = previous
        } else if first < c, ReportingCues.pronouns[tokens[first].norm] != nil {
            speaker = first..<(first + 1)
        } else if let m = mentions.indices(startingIn: Span(start: tokens[first].span.start, end: tokens[first].span.end)).first {
            let end = tokens.partitionIndex { $0.span.start < mentions[m].span.end }
            if end <= c { speaker = first..<end }
        } else if let opening = openingSubject(from: first, before: c, in: range) {
            speaker = opening
        }
        guard let speaker else { return nil }
        return make(speaker: speaker, cue: tokens[c].span, lemma: lemma, tense: nil, content: content,
                    range: range, via: nil)
    }

    /// "According to X, …" and "…, according to X".
    private mutating func according(at c: Int, in range: Range<Int>, _ sentence: Span) -> Annotation<Claim>? {
        takeContext(before: tokens[c].span.start)
        var end = c + 2
        while end < range.upperBound, ![",", ";", ".", ":", "—"].contains(tokens[end].norm), end - c < 14 { end += 1 }
        // No comma after the source ("According to SANA 8 people were killed"): the source is the
        // name the reader found there, or its capitalised words.
        if end == range.upperBound || end - c >= 14 {
            let at = mentions.indices(startingIn: Span(start: tokens[c + 2].span.start, end: tokens[c + 2].span.end))
            if let m = at.first {
                end = tokens.partitionIndex { $0.span.start < mentions[m].span.end }
            } else {
                end = c + 2
                while end < range.upperBound, end - c < 8, tokens[end].isCapitalised { end += 1 }
            }
        }
        guard end > c + 2 else { return nil }
        let speaker = (c + 2)..<end
        let cue = Span(start: tokens[c].span.start, end: tokens[c + 1].span.end)
        let content: Span?
        // At the clause's start ("According to X, …", "UPDATE: According to X …"), the content follows.
        if c == range.lowerBound || tokens[c - 1].kind == .mark && [":", "—", "–", "(", "“", "\""].contains(tokens[c - 1].norm)
            || c == range.lowerBound + 1 && tokens[range.lowerBound].kind == .mark {
            content = self.content(from: min(tokens[end].norm == "," ? end + 1 : end, range.upperBound), in: range, sentence)
        } else {
            var stop = c
            while stop > range.lowerBound, tokens[stop - 1].kind == .mark { stop -= 1 }
            content = stop > range.lowerBound ? span(range.lowerBound..<stop) : nil
        }
        guard let content else { return nil }
        return make(speaker: speaker, cue: cue, lemma: "according to", tense: nil, content: content,
                    range: range, via: nil)
    }

    // MARK: Parts

    /// The noun phrase right before a cue, past its auxiliaries ("has also said"); nil when none.
    func subject(before c: Int, in range: Range<Int>) -> Range<Int>? {
        var end = c
        while end > range.lowerBound, tokens[end - 1].kind == .word,
              ReportingCues.auxiliaries.contains(tokens[end - 1].norm)
                || tokens[end - 1].norm.hasSuffix("ly") && !tokens[end - 1].isCapitalised && !Self.speakerHeads.contains(tokens[end - 1].norm) {
            end -= 1
        }
        var start = end
        // "Israel Shamir, an expert in Middle Eastern affairs, told": the name and its apposition.
        if end > range.lowerBound, tokens[end - 1].norm == "," {
            var k = end - 1
            while k > range.lowerBound, end - k < 14, tokens[k - 1].norm != "," { k -= 1 }
            guard k > range.lowerBound, end - k < 14, k - 1 > range.lowerBound else { return nil }
            var nameStart = k - 1
            while nameStart > range.lowerBound, k - 1 - nameStart < 8, tokens[nameStart - 1].isCapitalised || tokens[nameStart - 1].norm == "." {
                nameStart -= 1
            }
            // A name with lower-case connectors ("Syrian Observatory for Human Rights") is the mention the entity reader found.
            let last = tokens[k - 2].span
            if let m = mentions.indices(startingIn: Span(start: tokens[range.lowerBound].span.start, end: last.end)).last,
               mentions[m].span.end == last.end {
                nameStart = min(nameStart, tokens.partitionIndex { $0.span.start < mentions[m].span.start })
            }
            guard nameStart < k - 1, tokens[nameStart].isCapitalised else { return nil }
            return nameStart..<(end - 1)
        }
        while start > range.lowerBound, end - start < 12 {
            let p = tokens[start - 1]
            if Self.phraseBreaks.contains(p.norm) || p.kind == .mark && p.norm != "'" && p.norm != "’" && p.norm != "." && p.norm != "-" { break }
            start -= 1
        }
        // "one of the officials with rebel groups that are present in Aleppo said": a relative
        // clause is part of the phrase it follows.
        if start > range.lowerBound + 1, start < end, ["that", "who", "which"].contains(tokens[start - 1].norm),
           Self.relativeVerbs.contains(tokens[start].norm) {
            var head = start - 1
            while head > range.lowerBound, end - head < 20 {
                let p = tokens[head - 1]
                if Self.phraseBreaks.contains(p.norm) || p.kind == .mark && p.norm != "'" && p.norm != "’" && p.norm != "." && p.norm != "-" { break }
                head -= 1
            }
            if head < start - 1 { start = head }
        }
        // Whether the phrase can speak is the caller's test (isSpeakerPhrase); here only its bounds.
        guard start < end else { return nil }
        let phrase = start..<end
        if !tokens[phrase].contains(where: { $0.kind == .word }) { return nil }
        return phrase
    }

    /// The noun phrase after a cue that opens no content: "said the minister", "says Rami Abdel Rahman".
    private func objectPhrase(after c: Int, in range: Range<Int>) -> Range<Int>? {
        var end = c + 1
        while end < range.upperBound, end - c <= 12,
              ![",", ";", ".", ":", "(", "“", "”", "\"", "that", "on", "in", "at"].contains(tokens[end].norm)
                // "said Mr. Holtz-Eakin": a title's period goes on with the name.
                || tokens[end].norm == "." && SentenceSplitter.abbreviations.contains(tokens[end - 1].norm) {
            end += 1
        }
        guard end > c + 1 else { return nil }
        let phrase = (c + 1)..<end
        // "said they had misgivings": a clause after the cue is its content, not an inverted speaker.
        if isClause(phrase) || phrase.count > 1 && ReportingCues.pronouns[tokens[phrase.lowerBound].norm] != nil { return nil }
        return isSpeakerPhrase(phrase) ? phrase : nil
    }

    /// Whether the words may name a speaker: a name, a pronoun, or a phrase ending in a speaker noun.
    func isSpeakerPhrase(_ phrase: Range<Int>) -> Bool {
        let words = tokens[phrase].filter { $0.kind == .word }
        guard let last = words.last else { return false }
        if words.count == 1, ReportingCues.pronouns[last.norm] != nil { return true }
        // "Many voters said", "his aides say": people, counted in the plural.
        if isPluralSpeaker(last) { return true }
        return last.isCapitalised || Self.speakerHeads.contains(last.norm) || NameWords.roleHeads.contains(last.norm)
            || NameWords.organisationHeads.contains(last.norm)
            || NameWords.personNouns.contains(last.norm)
            || mentions.indices(startingIn: span(phrase)).isEmpty == false && !isClause(phrase)
    }

    /// Whether the words are a clause rather than a noun phrase: a finite auxiliary inside them
    /// that no relative pronoun opens ("Trump is defending his", but "the coalition, which is made up of investors").
    private func isClause(_ phrase: Range<Int>) -> Bool {
        for k in phrase where k + 1 < phrase.upperBound {
            let n = tokens[k].norm
            if ["who", "which", "that", "whose"].contains(n) { return false }
            if ["is", "are", "was", "were", "has", "have", "had"].contains(n) { return true }
        }
        return false
    }

    /// Where the content starts after a cue: past a recipient ("told Reuters", "told reporters")
    /// and the reporting clause's own phrases ("on Sunday", "in a statement", "late on Tuesday").
    private func skipReportingClause(from start: Int, lemma: String, in range: Range<Int>) -> Int {
        var i = start
        let bound = min(range.upperBound, start + 12)
        func opener(_ j: Int) -> Int? {
            (j..<min(j + 6, bound)).first { ["that", ":", "“", "\"", ","].contains(tokens[$0].norm) }
        }
        // The recipient of "told", "warned", "urged": up to the words that open the content.
        if ["tell", "ask", "warn", "urge", "assure", "inform", "remind"].contains(lemma) {
            // "told Reuters in Geneva.": with no opener the rest is the recipient, and the content is before.
            guard let open = opener(i) else { return range.upperBound - i <= 6 ? range.upperBound : i }
            i = open
        }
        let dates = document.article.layers.dates
        while i < bound {
            // A date of the reporting clause ("on Sunday"), whole.
            let at = dates.indices(startingIn: Span(start: tokens[i].span.start, end: tokens[i].span.end))
            if let d = at.first, dates[d].span.start == tokens[i].span.start {
                i = tokens.partitionIndex { $0.span.start < dates[d].span.end }
                continue
            }
            // "in a statement", "at a news conference", "on Twitter": a short phrase, then the content's opener.
            if ["in", "on", "at", "during", "via", "through"].contains(tokens[i].norm), let open = opener(i + 1), open - i <= 5 {
                i = open
                continue
            }
            break
        }
        return min(i, range.upperBound)
    }

    /// The content after a cue: a quote, what follows "that" or a colon, or a clause of three words or more.
    private func content(from start: Int, in range: Range<Int>, _ sentence: Span) -> Span? {
        var i = start
        while i < range.upperBound, tokens[i].norm == "," || tokens[i].norm == ":" { i += 1 }
        guard i < range.upperBound else { return nil }
        // "said in comments carried by state television": still the reporting clause, no content.
        if ["in", "on", "at", "during", "via", "through"].contains(tokens[i].norm) { return nil }
        if ["“", "\""].contains(tokens[i].norm), let quote = quotes.containing(tokens[i].span.start) {
            return quote
        }
        // "…, saying …", "…, adding that …", "by saying …", "… though she noted …": a participle or
        // a second reporting verb opens a claim of its own. Looked for over the next 200 tokens
        // only, so that a sentence of many cues stays linear.
        var end = range.upperBound
        for k in (i + 2)..<max(i + 2, min(range.upperBound, i + 200)) {
            if let stop = claimOpening(at: k) { end = max(stop, i + 1); break }
        }
        while end > i, tokens[end - 1].kind == .mark, !["”", "\"", ")"].contains(tokens[end - 1].norm) { end -= 1 }
        let words = wordCount(i..<end, upTo: 3)
        guard words >= 3 || tokens[i].norm == "that" && words >= 2 else { return nil }
        var content = span(i..<end)
        // A quote that opens in the content and runs past the sentence is taken whole.
        if let quote = quotes.containing(content.end - 1), quote.start >= content.start, quote.end > content.end {
            content.end = quote.end
        }
        return content
    }

    /// Where a content ends when the token at `k` opens a claim of its own: a participle after a
    /// comma or a preposition (the content ends before it), or a finite reporting verb after a
    /// conjunction, with or without a pronoun ("and said", "but noted", "though she noted"; the
    /// content ends before the conjunction). Nil when `k` opens nothing.
    private func claimOpening(at k: Int) -> Int? {
        let n = tokens[k].norm
        if ReportingCues.participles[n] != nil { return ReportingCues.participleLinks.contains(tokens[k - 1].norm) ? k : nil }
        guard let form = ReportingCues.verb(n), n != form.lemma, !ReportingCues.nounLike.contains(n), !tokens[k].isCapitalised else {
            return nil
        }
        var j = k - 1
        while j > 0, ReportingCues.auxiliaries.contains(tokens[j].norm) { j -= 1 }
        if ReportingCues.pronouns[tokens[j].norm] != nil, j > 0 { j -= 1 }
        return ["and", "but", "though", "although", "whereas", "yet"].contains(tokens[j].norm) ? j : nil
    }

    /// The speaker of the claim of this sentence that ends at or after token `end`: who goes on speaking.
    private func speakerOfClaim(endingBefore end: Int, in sentence: Span) -> Range<Int>? {
        guard let last = claims.items.last, let said = last.value.speaker, said.start >= sentence.start,
              tokens.partitionIndex(where: { $0.span.start < last.span.end }) >= end else { return nil }
        let start = tokens.partitionIndex { $0.span.start < said.start }
        return start..<tokens.partitionIndex { $0.span.start < said.end }
    }

    /// The content before a speaker or cue that ends the sentence: from the sentence's start, or
    /// the start of the quote it closes, to the comma before the speaker.
    private func content(before end: Int, in range: Range<Int>, _ sentence: Span) -> Span? {
        var stop = end
        while stop > range.lowerBound, tokens[stop - 1].kind == .mark { stop -= 1 }
        guard stop > range.lowerBound else { return nil }
        guard wordCount(range.lowerBound..<stop, upTo: 2) >= 2 else { return nil }
        var content = span(range.lowerBound..<stop)
        // "“First sentence. Second,” he said": the quote that closes before the speaker, whole.
        var closing = stop
        while closing < end, tokens[closing].kind == .mark, !["”", "\""].contains(tokens[closing].norm) { closing += 1 }
        if closing < end, let quote = quotes.containing(tokens[closing].span.start), quote.start < content.start || quote.end <= tokens[closing].span.end {
            content = Span(start: min(quote.start, content.start), end: max(content.end, quote.end))
            // "“First part,” he said. “Second part.”": the quote goes on after the attribution.
            if let next = continuation(after: range) { content.end = next.end }
        }
        return content
    }

    /// The quote that opens the next paragraph, right after the sentence ends its own.
    private func quoteOpening(after range: Range<Int>) -> Span? {
        guard range.upperBound < tokens.count, ["“", "\""].contains(tokens[range.upperBound].norm) else { return nil }
        let open = tokens[range.upperBound].span.start
        guard let quote = quotes.containing(open), quote.start == open else { return nil }
        return quote
    }

    /// The quote that opens right after the sentence, in the same paragraph.
    private func continuation(after range: Range<Int>) -> Span? {
        guard range.upperBound < tokens.count, ["“", "\""].contains(tokens[range.upperBound].norm) else { return nil }
        let open = tokens[range.upperBound].span.start
        let gap = tokens[range.upperBound - 1].span.end..<open
        guard !gap.contains(where: { document.text.scalars[$0] == "\n" }), let quote = quotes.containing(open), quote.start == open else {
            return nil
        }
        return quote
    }

    /// The words and numbers in `range`, counted up to `limit` only: every cue of a sentence asks,
    /// and a count to the sentence's end each time would make a long sentence quadratic.
    func wordCount(_ range: Range<Int>, upTo limit: Int) -> Int {
        var n = 0
        for i in range where tokens[i].kind != .mark {
            n += 1
            if n == limit { break }
        }
        return n
    }

    // MARK: The claim

    func make(speaker: Range<Int>?, cue: Span, lemma: String, tense: Claim.Tense?, content: Span,
                      range: Range<Int>, via: Claim.Via?) -> Annotation<Claim>? {
        let speakerSpan = speaker.map(span)
        let speakerEntity = speaker.flatMap(entity(in:)) ?? speaker.flatMap(resolve)
        var parts = [cue, content]
        if let speakerSpan { parts.append(speakerSpan) }
        let whole = Span(start: parts.map(\.start).min()!, end: parts.map(\.end).max()!)
        // The reporting clause's relay, hedge and date are looked for within 40 tokens of the cue and content,
        // and inside its content over its first 30 only: a sentence of a thousand claims would
        // otherwise cost a thousand passes over it.
        let from = max(range.lowerBound, tokens.partitionIndex { $0.span.start < min(cue.start, content.start) } - 40)
        let to = min(range.upperBound, tokens.partitionIndex { $0.span.start < max(cue.end, content.end) } + 40)
        let contentFrom = max(from, tokens.partitionIndex { $0.span.start < content.start })
        let contentTo = min(to, max(contentFrom, tokens.partitionIndex { $0.span.start < content.end }))
        let before = from..<contentFrom, after = contentTo..<to
        let relayed = via ?? relay(in: before, outside: content) ?? relay(in: after, outside: content)
        var claim = Claim(speaker: speakerSpan, speakerEntity: speakerEntity, cue: cue, cueLemma: lemma, tense: tense,
                          content: content, quote: isQuote(content), via: relayed)
        claim.stance = ReportingCues.denials.contains(lemma) || isNegated(content) ? .deny : .assert
        let hedgeRange = from..<min(to, max(contentFrom, contentFrom + 30))
        claim.hedge = (tokens[hedgeRange].first { ReportingCues.hedges.contains($0.norm) }
            ?? tokens[after].first { ReportingCues.hedges.contains($0.norm) })?.norm
        claim.date = from < to ? date(in: Span(start: tokens[from].span.start, end: tokens[to - 1].span.end), outside: content) : nil
        return Annotation(span: whole, value: claim)
    }

    private func isQuote(_ content: Span) -> Bool {
        guard content.end > content.start else { return false }
        let first = document.text.scalars[content.start]
        return first == "“" || first == "\"" || quotes.containing(content.start).map { $0.start == content.start } ?? false
    }

    /// Whether the content's proposition is negated: a negation among the first words of one of
    /// its first sentences ("“The issue is separate. This agreement has not yet been reached”"),
    /// denying what was or is, not ruling out what will be ("nobody will be harmed" is a promise).
    private func isNegated(_ content: Span) -> Bool {
        let range = document.tokenIndices(in: content)
        guard !range.isEmpty else { return false }
        // Each of the first three sentences looked at over its first eight words only, found by
        // binary search: a long content costs no more than a short one.
        let sentences = document.article.sentences
        var s = sentences.partitionIndex { $0.end <= content.start }
        var from = range.lowerBound
        for _ in 0..<3 {
            var words = 0
            var i = from
            while i < range.upperBound, words < 8 {
                if tokens[i].kind == .word {
                    if ReportingCues.negations.contains(tokens[i].norm), !isFuture(around: i, in: range) { return true }
                    words += 1
                }
                i += 1
            }
            guard s < sentences.count, sentences[s].end < content.end else { break }
            s += 1
            from = tokens.partitionIndex { $0.span.start < sentences[s].start }
            guard from < range.upperBound else { break }
        }
        return false
    }

    /// Whether a future modal stands beside the negation: "will not", "won't", "nobody will".
    private func isFuture(around i: Int, in range: Range<Int>) -> Bool {
        if ["won't", "wouldn't", "shan't"].contains(tokens[i].norm) { return true }
        let modals: Set<String> = ["will", "would", "shall", "wo"]
        return i > range.lowerBound && modals.contains(tokens[i - 1].norm)
            || i + 1 < range.upperBound && modals.contains(tokens[i + 1].norm)
    }

    /// "… in comments reported by RIA", "… carried by state media": the outlet that relayed the words.
    private func relay(in range: Range<Int>, outside content: Span) -> Claim.Via? {
        for i in range where i + 1 < range.upperBound && tokens[i + 1].norm == "by"
            && ["reported", "carried", "quoted", "cited", "published", "broadcast", "aired"].contains(tokens[i].norm) {
            guard tokens[i].span.start >= content.end || tokens[i].span.end <= content.start else { continue }
            var end = i + 2
            while end < range.upperBound, end - i < 8, tokens[end].kind == .word || tokens[end].norm == "-" { end += 1 }
            guard end > i + 2 else { continue }
            return .outlet(span((i + 2)..<end), entity(in: (i + 2)..<end))
        }
        return nil
    }

    /// The date of the reporting clause: a date near the claim (``make``), outside its content.
    private func date(in sentence: Span, outside content: Span) -> AnnotationID? {
        let dates = document.article.layers.dates
        for index in dates.indices(startingIn: sentence) {
            let d = dates[index].span
            if d.end <= content.start || d.start >= content.end { return AnnotationID(layer: .dates, index: index) }
        }
        return nil
    }

    // MARK: Entities

    /// The entity of the last mention inside the phrase (the head of "Russia's Deputy Foreign Minister Sergei Ryabkov").
    private func entity(in phrase: Range<Int>) -> EntityID? {
        let s = span(phrase)
        // A place in the phrase says where the speaker is ("officials in Aleppo"), not who.
        let inside = mentions.indices(startingIn: s).filter {
            mentions[$0].span.end <= s.end && mentions[$0].value.kind != .nationality && mentions[$0].value.kind != .place
        }
        return inside.last.map { mentions[$0].value.entity }
    }

    /// A pronoun or role noun's entity: the last person (or organisation) named before it.
    private func resolve(_ phrase: Range<Int>) -> EntityID? {
        let words = tokens[phrase].filter { $0.kind == .word }
        guard let last = words.last else { return nil }
        if words.count == 1, let kind = ReportingCues.pronouns[last.norm] {
            return kind == .person ? lastPerson : kind == .organisation ? lastOrganisation : nil
        }
        if words.count <= 3, words.first?.norm == "the", NameWords.roleHeads.contains(last.norm) { return lastPerson }
        return nil
    }

    /// Takes in the mentions that end before `offset` as context for pronouns.
    mutating func takeContext(before offset: Int) {
        while nextMention < mentions.count, mentions[nextMention].span.end <= offset {
            let m = mentions[nextMention].value
            switch m.kind {
            case .person: lastPerson = m.entity
            case .organisation, .outlet: lastOrganisation = m.entity
            default: break
            }
            nextMention += 1
        }
    }

    func span(_ range: Range<Int>) -> Span {
        Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }
}
