import Foundation

/// Reads a page's title, byline, outlet, canonical URL and language from its markup.
///
/// - title: `og:title`, `twitter:title`, JSON-LD `headline`, the article's `<h1>`, `<title>` without
///   the site's name; the first of these that reads the same as an `<h1>` wins, so a headline the
///   reader saw beats a search-engine title.
/// - outlet: the container's outlet, `og:site_name`, JSON-LD publisher, `application-name`, else
///   the site's domain ("reuters.com").
/// - byline: author meta tags, JSON-LD authors, `rel=author` links, a short byline element.
/// - url: `<link rel=canonical>`, `og:url`, else the URL the page came from.
/// - language: `<html lang>`, `content-language`, `og:locale`, JSON-LD `inLanguage`, as a bare
///   language code ("en-GB" → "en").
struct MetadataExtractor {
    struct Metadata {
        var title: String?
        var byline: String?
        var outlet: String?
        var url: String?
        var language: String?
    }

    func extract(_ page: ReadPage) -> Metadata {
        let url = canonicalURL(page)
        let siteName = (page.facts.meta(["og:site_name"]) ?? page.jsonLD.publisher ?? page.facts.meta(["application-name"]))
            .map { name in name.contains("://") ? MetadataExtractor.readableDomain(name) ?? name : name }
        let domain = (url ?? page.hints.url).flatMap(MetadataExtractor.readableDomain)
        let outlet = MarkupText.nonEmpty(page.hints.outlet) ?? siteName ?? domain
        let siteNames = [siteName, page.hints.outlet, domain, domain.map { MetadataExtractor.domainStem($0) }].compactMap { $0 }
        return Metadata(title: title(page, siteNames: siteNames), byline: byline(page), outlet: outlet, url: url,
                        language: language(page))
    }

    // MARK: Title

    private func title(_ page: ReadPage, siteNames: [String]) -> String? {
        let tree = page.tree
        let inRoots = { (index: Int) in page.roots.contains { index >= $0 && index < Int(tree[$0].end) } }
        let headlineNodes = page.facts.headlines.filter { !page.traits[$0].contains(.hidden) }
        let headlines = headlineNodes.prefix(8).map { tree.text(of: $0, limit: 1000) }.filter { !$0.isEmpty }
        let articleHeadline = headlineNodes.first(where: inRoots).map { tree.text(of: $0, limit: 1000) }
            ?? headlineNodes.first { page.layout.inArticle[$0] }.map { tree.text(of: $0, limit: 1000) }
            ?? headlines.first

        let metaTitles = [page.facts.meta(["og:title"]), page.facts.meta(["twitter:title"]), page.jsonLD.headline]
            .compactMap { $0 }.map { MetadataExtractor.strippingSiteName($0, siteNames: siteNames, bySize: false) }
        let documentTitle = page.facts.titleElement.flatMap(MarkupText.nonEmpty).map {
            MetadataExtractor.strippingSiteName($0, siteNames: siteNames, bySize: true)
        }
        var candidates = metaTitles
        if let articleHeadline { candidates.append(articleHeadline) }
        if let documentTitle { candidates.append(documentTitle) }
        candidates = candidates.compactMap(MarkupText.nonEmpty)

        let headlineKeys = Set(headlines.map(MarkupText.comparisonKey))
        if let matching = candidates.first(where: { headlineKeys.contains(MarkupText.comparisonKey($0)) }) {
            return matching
        }
        // An <h1> that is the start of the document title ("Headline | Section | Site").
        if let documentTitle, let headline = headlines.first(where: {
            let key = MarkupText.comparisonKey($0)
            return key.count > 10 && MarkupText.comparisonKey(documentTitle).hasPrefix(key)
        }) {
            return headline
        }
        return candidates.first ?? MarkupText.nonEmpty(page.hints.title)
    }

    private static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / ", " ~ "]

    /// Removes a site name before or after a separator ("Headline | Site", "Site - Headline").
    /// With `bySize`, a short last part (four words or fewer, after a longer headline) also goes,
    /// as `<title>` tends to end with a section or site.
    static func strippingSiteName(_ title: String, siteNames: [String], bySize: Bool) -> String {
        var current = MarkupText.collapsed(title)
        let names = Set(siteNames.map(MarkupText.comparisonKey).filter { !$0.isEmpty })
        for _ in 0..<2 {
            guard let (head, tail) = split(current, last: true) else { break }
            let tailKey = MarkupText.comparisonKey(tail)
            let isSite = names.contains(tailKey) || names.contains(where: { tailKey.contains($0) && $0.count >= 4 })
                || tail.contains(".com") || tail.contains(".org") || tail.contains(".net")
            if isSite || (bySize && MarkupText.wordCount(tail) <= 4 && MarkupText.wordCount(head) > MarkupText.wordCount(tail)) {
                current = head
            } else {
                break
            }
        }
        if let (head, tail) = split(current, last: false), names.contains(MarkupText.comparisonKey(head)),
           MarkupText.wordCount(tail) >= 2 {
            current = tail
        }
        return current
    }

    /// The title split at its last (or first) separator, both parts trimmed.
    private static func split(_ title: String, last: Bool) -> (String, String)? {
        let bytes = Array(title.utf8)
        var best: Range<Int>?
        for separator in titleSeparatorBytes {
            var start = last ? bytes.count - separator.count : 0
            while start >= 0, start + separator.count <= bytes.count {
                if bytes[start] == separator[0], bytes[start..<(start + separator.count)].elementsEqual(separator) {
                    if best == nil || (last ? start > best!.lowerBound : start < best!.lowerBound) {
                        best = start..<(start + separator.count)
                    }
                    break
                }
                start += last ? -1 : 1
            }
        }
        guard let best else { return nil }
        let head = MarkupText.trimmed(String(decoding: bytes[..<best.lowerBound], as: UTF8.self))
        let tail = MarkupText.trimmed(String(decoding: bytes[best.upperBound...], as: UTF8.self))
        guard !head.isEmpty, !tail.isEmpty else { return nil }
        return (head, tail)
    }

    private static let titleSeparatorBytes = titleSeparators.map { Array($0.utf8) }

    // MARK: Byline

    private func byline(_ page: ReadPage) -> String? {
        var candidates: [String] = []
        if let author = page.facts.meta(["author", "article:author", "byl", "sailthru.author", "parsely-author",
                                         "dc.creator", "dcterms.creator", "citation_author"]) {
            candidates.append(author)
        }
        if !page.jsonLD.authors.isEmpty { candidates.append(page.jsonLD.authors.joined(separator: ", ")) }
        candidates += page.facts.authorLinks
        let tree = page.tree
        let headline = page.facts.headlines.first ?? -1
        for index in page.facts.bylineElements where Int(tree[index].end) - index < 40 {
            // Near the headline or inside the article: not a comment form's "Name" label.
            let near = page.layout.inArticle[index] || page.roots.contains { index > $0 && index < Int(tree[$0].end) }
                || (headline >= 0 && index > headline - 60 && index < headline + 400)
            guard near, tree[index].tag != .label, !MetadataExtractor.isInsideForm(index, tree) else { continue }
            candidates.append(tree.text(of: index, limit: 300))
        }
        if let hint = page.hints.byline { candidates.append(hint) }
        for candidate in candidates {
            if let cleaned = MetadataExtractor.cleanedByline(candidate) { return cleaned }
        }
        return nil
    }

    private static func isInsideForm(_ index: Int, _ tree: HTMLTree) -> Bool {
        var cursor = Int(tree[index].parent)
        var steps = 0
        while cursor > 0, steps < 64 {
            if tree[cursor].tag == .form { return true }
            cursor = Int(tree[cursor].parent)
            steps += 1
        }
        return false
    }

    /// "By Jane Doe and John Roe" → "Jane Doe and John Roe"; nil for URLs, handles and long text.
    static func cleanedByline(_ value: String) -> String? {
        var bytes = Array(MarkupText.collapsed(value).utf8)
        for prefix in ["written by ", "posted by ", "reported by ", "story by ", "words by ", "by: ", "by ", "author: "]
        where bytes.count > prefix.utf8.count && ASCIIBytes.hasPrefix(bytes, prefix) {
            bytes.removeFirst(prefix.utf8.count)
            break
        }
        // "Jane Doe Published 11:11 PM EST Nov 19, 2019", "Jane Doe | Reuters": keep the name part.
        for marker in [" published", " updated", " posted", " | ", " • ", " · "] {
            if let cut = ASCIIBytes.firstIndex(of: marker, in: bytes) { bytes.removeSubrange(cut...) }
        }
        let text = MarkupText.trimmed(String(decoding: bytes, as: UTF8.self))
        guard !text.isEmpty, text.count <= 100, !text.contains("://"), !text.hasPrefix("@"), !text.hasPrefix("www."),
              text.contains(where: { $0.isLetter }) else { return nil }
        return text
    }

    // MARK: URL, outlet, language

    private func canonicalURL(_ page: ReadPage) -> String? {
        let base = page.hints.url.flatMap { URL(string: $0) }
        for candidate in [page.facts.canonical, page.facts.meta(["og:url"])].compactMap({ $0 }) {
            let trimmed = MarkupText.trimmed(candidate)
            guard !trimmed.isEmpty, let resolved = URL(string: trimmed, relativeTo: base)?.absoluteURL,
                  let scheme = resolved.scheme?.lowercased(), scheme == "http" || scheme == "https",
                  resolved.host != nil else { continue }
            return resolved.absoluteString
        }
        return MarkupText.nonEmpty(page.hints.url)
    }

    /// "https://www.reuters.com/article/…" → "reuters.com".
    static func readableDomain(_ url: String) -> String? {
        guard let host = URL(string: MarkupText.trimmed(url))?.host?.lowercased(), host.contains(".") else { return nil }
        for prefix in ["www.", "www1.", "www2.", "m.", "mobile.", "amp.", "edition."] where host.hasPrefix(prefix) {
            return String(host.dropFirst(prefix.count))
        }
        return host
    }

    /// "reuters.com" → "reuters", to recognise "Reuters" as the site in a title.
    static func domainStem(_ domain: String) -> String {
        String(domain.split(separator: ".").first ?? Substring(domain))
    }

    private func language(_ page: ReadPage) -> String? {
        let candidates = [page.facts.htmlLanguage,
                          page.facts.meta(["content-language", "language", "dc.language", "dcterms.language"]),
                          page.facts.meta(["og:locale"]), page.jsonLD.language, page.hints.language]
        for candidate in candidates.compactMap({ $0 }) {
            if let code = MetadataExtractor.languageCode(candidate) { return code }
        }
        return nil
    }

    /// "en-US", "en_GB", "EN" → "en"; nil unless it starts with a two- or three-letter code.
    static func languageCode(_ value: String) -> String? {
        let first = MarkupText.trimmed(value).split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == " " }).first
        guard let code = first?.lowercased(), (2...3).contains(code.count),
              code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return code
    }
}
