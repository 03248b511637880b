/// The clean stage: recovers the article from text that a scraper or an extractor left behind.
///
///     let cleaned = TextCleaner().clean(ExtractedText(text: scrapedText))
///     cleaned.text       // the body, paragraphs separated by a blank line
///     cleaned.removed    // what was dropped, each with its reason and raw offsets
///
/// It reads the text as lines (a hard-wrapped paragraph's lines joined into one), marks lines
/// that are not body (title, bylines, datelines, labels,
/// legal notices, prompts, appeals, dumps, a second copy of the body, a trailing list), reads
/// provenance from what it marked, and builds the body from the rest.
public struct TextCleaner: Sendable {
    /// Rules for single lines, in order; the first verdict wins.
    let rules: [any LineRule] = [
        CodeDumpRule(), MetadataLabelRule(), AttributionRule(), BylineRule(), DatelineRule(),
        DonationAppealRule(), BoilerplateRule(),
    ]
    /// Rules for scraped text only: after HTML extraction the page's structure (figure captions,
    /// embedded-post markup) has already been read, better than a line's shape can tell.
    let scrapedTextRules: [any LineRule] = [CaptionRule()]
    /// Lines the document's site prints on many of its pages, learned from the corpus
    /// (``SiteBoilerplate``); each is compared with a line's plain text, spacing collapsed.
    public var recurringLines: Set<String>

    public init(recurringLines: Set<String> = []) {
        self.recurringLines = recurringLines
    }

    /// - Parameter scrapedText: the text is a whole scraped document, not an extractor's output:
    ///   a short first line is taken for the headline when none was given, captions and embedded
    ///   posts are set aside by their shape, and the article is cut out of the page's menus, lists
    ///   and footers. After HTML extraction none of this holds: the extractor set the headline
    ///   aside, read captions and embeds from the markup, and chose the main block already.
    public func clean(_ extracted: ExtractedText, scrapedText: Bool = true) -> CleanedText {
        let raw = ScalarText.scalars(of: extracted.text)
        var lines = TextLine.lines(of: raw)
        if scrapedText { lines = CaptionRule.splittingTrailingCaptions(lines, raw) }
        var verdicts = [RemovedSegment.Reason?](repeating: nil, count: lines.count)

        // A wire dateline on a line of its own is read before the headline is looked for: it is
        // the first line of many wire stories, and no headline.
        var dateline: Dateline?
        for index in lines.indices where WireDateline.mayOpen(lines[index]) {
            guard let reading = WireDateline.read(lines[index].plain), reading.isWholeLine else { continue }
            verdicts[index] = .dateline
            if dateline == nil {
                dateline = Dateline(place: reading.place, date: reading.date, agency: reading.agency, span: lines[index].span, isOwnLine: true)
            }
        }
        let title = markTitle(lines, given: extracted.title, infer: scrapedText, &verdicts)
        if !recurringLines.isEmpty {
            for index in lines.indices where verdicts[index] == nil && recurringLines.contains(lines[index].plain.collapsingWhitespace) {
                verdicts[index] = .recurring
            }
        }
        for index in RepeatedBody.repeatedLines(lines) where verdicts[index] == nil { verdicts[index] = .repeatedBody }
        if let start = TrailingList.start(of: lines) {
            for index in start..<lines.count where verdicts[index] == nil && !lines[index].isBlank { verdicts[index] = .sidebar }
        }
        if scrapedText {
            for index in EmbeddedPost.lines(lines, judged: verdicts) { verdicts[index] = .aside }
        }
        let lineRules = scrapedText ? rules + scrapedTextRules : rules
        let firstProse = lines.indices.first { verdicts[$0] == nil && lines[$0].isProse }
        for (index, line) in lines.enumerated() where verdicts[index] == nil && !line.isBlank {
            let context = LineContext(inHeader: firstProse.map { index < $0 } ?? true)
            verdicts[index] = lineRules.lazy.compactMap { $0.judge(line, context) }.first
        }
        if scrapedText, let body = MainBlock.range(of: lines, judged: verdicts) {
            for index in lines.indices where !body.contains(index) && verdicts[index] == nil && !lines[index].isBlank {
                verdicts[index] = .outsideBody
            }
        }

        keepSomething(lines, &verdicts)

        // A wire credit opens the story, though a photo caption may stand before it.
        let openingLines = Array(lines.indices.filter { verdicts[$0] == nil && !lines[$0].isBlank }.prefix(3))
        if dateline == nil {
            dateline = openingLines.lazy.compactMap { WireDateline.opening(raw, lines[$0].span) }.first
        }
        let closingLine = lines.indices.last { verdicts[$0] == nil && !lines[$0].isBlank }
        let cues = ProvenanceCues(lines: lines, verdicts: verdicts, wireAgency: dateline?.agency, closingLine: closingLine,
                                  bodyStart: openingLines.first)
        let body = ParagraphAssembler().assemble(raw, lines, kept: verdicts.map { $0 == nil })
        return CleanedText(
            text: body.text,
            paragraphs: body.paragraphs,
            removed: (removedRuns(raw, lines, verdicts) + body.markup).sorted { $0.span < $1.span },
            title: title ?? extracted.title,
            byline: cues.byline ?? extracted.byline,
            outlet: cues.outlet ?? extracted.outlet,
            republication: cues.republisher.map { Republication(kind: .republished, by: $0, on: cues.republished) }
                ?? ForumRepost.detect(lines, verdicts),
            published: extracted.published ?? cues.published,
            dateline: dateline
        )
    }

    /// An article is never cleaned away whole by the shape of its lines: when nothing is left but
    /// lines set aside as captions or as outside the main block, the prose among them stays (a
    /// one-paragraph report whose credit made it look like a caption, a page of short lines).
    private func keepSomething(_ lines: [TextLine], _ verdicts: inout [RemovedSegment.Reason?]) {
        guard !lines.indices.contains(where: { verdicts[$0] == nil && !lines[$0].isBlank }) else { return }
        for index in lines.indices where (verdicts[index] == .aside || verdicts[index] == .outsideBody) && lines[index].wordCount >= 4 {
            verdicts[index] = nil
        }
    }

    /// The headline: the title the extractor found, or else a short first line followed by more
    /// text. Copies of it in the header (a title printed twice) go too.
    private func markTitle(_ lines: [TextLine], given: String?, infer: Bool, _ verdicts: inout [RemovedSegment.Reason?]) -> String? {
        var title = given.map { InlineMarkup.strip($0).trimmingWhitespace() }
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        if title == nil, infer, let first = nonBlank.first, nonBlank.count > 1, verdicts[first] == nil,
           !lines[first].isProse, lines[first].wordCount <= 30, !lines[first].endsSentence {
            title = lines[first].plain
        }
        guard let title, !title.isEmpty else { return nil }
        let key = Array(title.lowercased().utf8)
        for index in nonBlank.prefix(8) where lines[index].lowered == key { verdicts[index] = .title }
        return title
    }

    /// Consecutive lines removed for the same reason become one segment.
    private func removedRuns(_ raw: [Unicode.Scalar], _ lines: [TextLine], _ verdicts: [RemovedSegment.Reason?]) -> [RemovedSegment] {
        var segments: [RemovedSegment] = []
        var index = 0
        while index < lines.count {
            guard let reason = verdicts[index] else { index += 1; continue }
            var end = index
            var next = index + 1
            while next < lines.count, verdicts[next] == reason || (lines[next].isBlank && next + 1 < lines.count && verdicts[next + 1] == reason) {
                if verdicts[next] == reason { end = next }
                next += 1
            }
            let span = Span(start: lines[index].span.start, end: lines[end].span.end)
            segments.append(RemovedSegment(span: span, reason: reason, text: ScalarText.string(raw[span.start..<span.end])))
            index = end + 1
        }
        return segments
    }
}
