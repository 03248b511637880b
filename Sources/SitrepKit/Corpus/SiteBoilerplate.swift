/// Learns the lines a site prints around every article — a disclaimer, a membership appeal, a
/// standing editor's note — from the corpus itself: a paragraph that recurs word for word in
/// several articles of one site is the site's, not any article's.
///
///     var learner = SiteBoilerplate()
///     for article in articles { learner.observe(article) }
///     learner.recurringParagraphs()   // ["example.org": [hash of "Disclaimer: …", …]]
///
/// A site is the republisher when the copy names one, else the URL's host, else the outlet. A
/// paragraph counts once per article; it is the site's when at least `minimumArticles` of its
/// articles, and at least `minimumShare` of them, carry it. Paragraphs are counted by hash, so
/// memory grows by about 16 bytes per distinct paragraph (up to `longestParagraphWords` words).
public struct SiteBoilerplate: Sendable {
    public var minimumArticles = 3
    public var minimumShare = 0.3
    public var longestParagraphWords = 150

    private var articlesPerSite: [String: Int] = [:]
    private var paragraphCounts: [String: [Int: Int]] = [:]

    public init() {}

    public static func site(of processed: ProcessedArticle) -> String? {
        site(republisher: processed.republication?.by, url: processed.article.url, outlet: processed.article.outlet)
    }

    /// The site from the stored fields it derives from (the store keeps it beside them, so a
    /// corpus pass can read one site's articles).
    static func site(republisher: String?, url: String?, outlet: String?) -> String? {
        if let republisher { return republisher }
        if let url, let host = MetadataExtractor.readableDomain(url) { return host }
        return outlet
    }

    public mutating func observe(_ processed: ProcessedArticle) {
        guard let site = Self.site(of: processed) else { return }
        articlesPerSite[site, default: 0] += 1
        let a = processed.article
        var seen = Set<Int>()
        // What an earlier pass already cleaned out still counts, or a later run would forget it.
        let learned = processed.removed.filter { $0.reason == .recurring }
            .flatMap { $0.text.split(separator: "\n") }
            .map { InlineMarkup.strip(String($0)).collapsingWhitespace }
            .filter { !$0.isEmpty }
        for paragraph in Self.paragraphs(of: a) + learned where Self.words(in: paragraph) <= longestParagraphWords {
            let key = paragraph.hashValue
            guard seen.insert(key).inserted else { continue }
            paragraphCounts[site, default: [:]][key, default: 0] += 1
        }
    }

    /// The hashes of each site's recurring paragraphs, for sites that have any. (Hashes of this
    /// process: compare them only with ``recurring(in:_:)`` in the same run.)
    func recurringParagraphs() -> [String: Set<Int>] {
        var result: [String: Set<Int>] = [:]
        for (site, counts) in paragraphCounts {
            let articles = articlesPerSite[site] ?? 0
            guard articles >= minimumArticles else { continue }
            let recurring = counts.filter { $0.value >= minimumArticles && Double($0.value) >= minimumShare * Double(articles) }.keys
            if !recurring.isEmpty { result[site] = Set(recurring) }
        }
        return result
    }

    /// The paragraphs of an article among `recurring` (hashes from ``recurringParagraphs()``).
    static func recurring(in processed: ProcessedArticle, _ recurring: Set<Int>) -> Set<String> {
        Set(paragraphs(of: processed.article).filter { recurring.contains($0.hashValue) })
    }

    /// The body's paragraphs; assembly already left single spaces between their words.
    static func paragraphs(of article: Article) -> [String] {
        let text = ScalarText(article.text)
        return article.paragraphs.map { text[$0] }
    }

    private static func words(in paragraph: String) -> Int {
        paragraph.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }
    }
}
