/// Turns an HTML page into its article text and metadata: the extract stage.
///
/// The bytes are decoded (``HTMLCharset``), parsed by libxml2 into a flat ``HTMLTree``, and read in a
/// few linear passes: element traits, the main text (``MainTextExtractor``, ``ParagraphRenderer``),
/// metadata (``MetadataExtractor``) and the publication date (``DateFinder``). It never throws and
/// never traps: input with no article text gives an empty `text`.
///
///     let extracted = HTMLExtractor().extract(Array(html.utf8), hints: .init(url: "https://example.org/a"))
///     extracted.text        // paragraphs separated by one blank line, headline left out
///     extracted.published   // PublicationDate(value: "2016-12-07", source: .meta, reliable: true)
public struct HTMLExtractor: Sendable {
    /// Today as `YYYYMMDD`; nil means the clock's today at each call.
    private let today: Int?

    public init() {
        today = nil
    }

    /// An extractor that takes `today` (`YYYYMMDD`) as the current day, for repeatable tests.
    init(today: Int) {
        self.today = today
    }

    /// Never throws and never crashes on garbage: returns empty text when no article text is found.
    public func extract(_ html: [UInt8], hints: SourceDocument.Hints = .init()) -> ExtractedText {
        extract(utf8: HTMLExtractor.utf8(html, hints: hints), hints: hints)
    }

    /// `extract` on a page already brought to UTF-8 by ``utf8(_:hints:)``.
    func extract(utf8 page: [UInt8], hints: SourceDocument.Hints) -> ExtractedText {
        let tree = HTMLTree.parse(ParserGuard.prepared(page))
        let traits = ElementClassifier.classify(tree)
        let layout = TreeLayout(tree, traits: traits)
        let facts = PageFacts(tree, traits: traits)
        let jsonLD = JSONLDArticle(blocks: facts.jsonLD)
        let selection = MainTextExtractor(tree: tree, traits: traits, layout: layout).select()

        let page = ReadPage(tree: tree, traits: traits, layout: layout, facts: facts, jsonLD: jsonLD,
                            roots: selection.roots, hints: hints)
        let metadata = MetadataExtractor().extract(page)
        let markupText = selection.rendered.joined(droppingTitle: metadata.title)
        let text = ArticleBodyChoice.choose(markup: markupText, markupCharacters: selection.rendered.characterCount,
                                            articleBody: jsonLD.articleBody, title: metadata.title)

        var urls: [String] = []
        for url in [metadata.url, hints.url].compactMap({ $0 }) where !urls.contains(url) { urls.append(url) }
        let finder = DateFinder(today: today ?? DateFinder.today())
        let published = finder.find(in: page, urls: urls)

        return ExtractedText(text: text, title: metadata.title, byline: metadata.byline, outlet: metadata.outlet,
                             published: published, url: metadata.url, language: metadata.language)
    }

    /// The date the page declares (JSON-LD, meta tags) or its container gives, found as
    /// `extract` finds it but from a byte scan of the page's declarations, without parsing it;
    /// nil when none names a date, and then only `extract` can tell.
    public func declaredDate(_ html: [UInt8], hints: SourceDocument.Hints = .init()) -> PublicationDate? {
        declaredDate(utf8: HTMLExtractor.utf8(html, hints: hints), hints: hints)
    }

    /// `declaredDate` on a page already brought to UTF-8 by ``utf8(_:hints:)``.
    func declaredDate(utf8 page: [UInt8], hints: SourceDocument.Hints) -> PublicationDate? {
        let facts = DeclarationScan(page).map(PageFacts.init) ?? PageFacts()
        return DateFinder(today: today ?? DateFinder.today())
            .declaredDate(facts: facts, jsonLD: JSONLDArticle(blocks: facts.jsonLD), hints: hints)
    }

    /// The page as UTF-8, from the charset its container or its own markup declares.
    static func utf8(_ html: [UInt8], hints: SourceDocument.Hints) -> [UInt8] {
        HTMLCharset.decode(html, declared: hints.charset).bytes
    }
}
