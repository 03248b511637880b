/// Learns the lines a site prints around every article — a disclaimer, a membership appeal, a
/// standing editor's note — from the corpus itself: a paragraph that recurs word for word in
/// several articles of one site is the site's, not any article's.
///
///     var learner = SiteBoilerplate()
///     for article in articles { learner.observe(article) }
///     learner.recurringLines()   // ["globalresearch.ca": ["Disclaimer: …", …]]
///
/// A site is the republisher when the copy names one, else the URL's host, else the outlet. A
/// paragraph counts once per article; it is the site's when at least `minimumArticles` of its
/// articles, and at least `minimumShare` of them, carry it. Memory grows with the distinct
/// paragraphs per site, which is why only paragraphs up to `longestParagraphWords` are counted.
public struct SiteBoilerplate: Sendable {
    public var minimumArticles = 3
    public var minimumShare = 0.3
    public var longestParagraphWords = 150

    private var articlesPerSite: [String: Int] = [:]
    private var paragraphCounts: [String: [String: Int]] = [:]

    public init() {}

    public static func site(of processed: ProcessedArticle) -> String? {
        if let by = processed.republication?.by { return by }
        if let url = processed.article.url, let host = host(of: url) { return host }
        return processed.article.outlet
    }

    public mutating func observe(_ processed: ProcessedArticle) {
        guard let site = Self.site(of: processed) else { return }
        articlesPerSite[site, default: 0] += 1
        let a = processed.article
        var seen = Set<String>()
        for span in a.paragraphs {
            let paragraph = String(a.text[span])
            guard paragraph.split(separator: " ").count <= longestParagraphWords, seen.insert(paragraph).inserted else { continue }
            paragraphCounts[site, default: [:]][paragraph, default: 0] += 1
        }
    }

    /// The recurring paragraphs of each site that has any.
    public func recurringLines() -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for (site, counts) in paragraphCounts {
            let articles = articlesPerSite[site] ?? 0
            guard articles >= minimumArticles else { continue }
            let lines = counts.filter { $0.value >= minimumArticles && Double($0.value) >= minimumShare * Double(articles) }.keys
            if !lines.isEmpty { result[site] = Set(lines) }
        }
        return result
    }

    /// "www.example.org" → "example.org"; nil when the string has no host.
    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        var host = String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }).lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }
}
