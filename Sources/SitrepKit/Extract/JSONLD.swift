/// What a page's JSON-LD (schema.org) blocks say about its article.
///
/// Looks through every `<script type="application/ld+json">` block, `@graph` lists and nested
/// objects for the first article-typed object (`NewsArticle`, `BlogPosting`, `Report`, …) and
/// resolves `{"@id": …}` references (a publisher given by reference in a Yoast graph).
///
///     let info = JSONLDArticle(blocks: [Array(#"{"@type":"NewsArticle","headline":"Talks resume"}"#.utf8)[...]])
///     info.headline   // "Talks resume"
struct JSONLDArticle {
    var headline: String?
    var articleBody: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var language: String?
    var url: String?
    /// `datePublished` of a `WebPage` object, for pages whose article object has none.
    var pageDatePublished: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle",
        "livebloposting", "liveblogposting", "report", "scholarlyarticle", "techarticle",
        "socialmediaposting", "discussionforumposting", "satiricalarticle", "advertisercontentarticle",
    ]

    init(blocks: [ArraySlice<UInt8>]) {
        let (objects, references) = JSONLDArticle.collectObjects(blocks)
        let articles = objects.filter { object in
            JSONLDArticle.types(of: object).contains { JSONLDArticle.articleTypes.contains($0) }
        }
        let article = articles.first { $0["articleBody"]?.stringValue != nil } ?? articles.first
        if let article {
            headline = MarkupText.nonEmpty((article["headline"] ?? article["name"])?.stringValue)
            articleBody = article["articleBody"]?.stringValue
            datePublished = (article["datePublished"] ?? article["dateCreated"])?.stringValue
            for entry in (article["author"] ?? article["creator"])?.arrayValue ?? [] {
                if let found = JSONLDArticle.name(of: entry, references: references), !authors.contains(found) {
                    authors.append(found)
                }
            }
            for entry in (article["publisher"] ?? article["sourceOrganization"])?.arrayValue ?? [] where publisher == nil {
                publisher = JSONLDArticle.name(of: entry, references: references)
            }
            if let value = article["inLanguage"] {
                language = value.stringValue ?? value["alternateName"]?.stringValue ?? value["name"]?.stringValue
            }
            url = article["url"]?.stringValue
            if url == nil, let page = article["mainEntityOfPage"] { url = page.stringValue ?? page["@id"]?.stringValue }
        }
        for object in objects where JSONLDArticle.types(of: object).contains("webpage") {
            if pageDatePublished == nil { pageDatePublished = object["datePublished"]?.stringValue }
            if language == nil { language = object["inLanguage"]?.stringValue }
        }
        for object in objects where language == nil { language = object["inLanguage"]?.stringValue }
    }

    /// Every object in the blocks, outermost first, found without recursion; and the objects that
    /// carry an `@id` with more than a reference's worth of members.
    private static func collectObjects(_ blocks: [ArraySlice<UInt8>]) -> ([LenientJSON], [String: LenientJSON]) {
        var objects: [LenientJSON] = []
        var references: [String: LenientJSON] = [:]
        for block in blocks {
            guard let root = LenientJSON.parse(block) else { continue }
            var pending: [LenientJSON] = [root]
            var visited = 0
            while visited < 10_000, let value = pending.popLast() {
                visited += 1
                switch value {
                case let .array(items):
                    pending.append(contentsOf: items.reversed())
                case let .object(members):
                    objects.append(value)
                    if let id = value["@id"]?.stringValue, members.count > 1, references[id] == nil { references[id] = value }
                    for member in members.reversed() where member.0 != "articleBody" {
                        switch member.1 {
                        case .object, .array: pending.append(member.1)
                        default: break
                        }
                    }
                default:
                    break
                }
            }
        }
        return (objects, references)
    }

    /// A person's or organisation's name: a string, an object's `name`, or the `name` of the object
    /// an `@id` reference points to.
    private static func name(of value: LenientJSON, references: [String: LenientJSON]) -> String? {
        if let text = value.stringValue { return MarkupText.nonEmpty(text) }
        var target = value
        if value["name"] == nil, let id = value["@id"]?.stringValue, let found = references[id] { target = found }
        return MarkupText.nonEmpty(target["name"]?.stringValue)
    }

    /// The lowercase local names of an object's `@type` ("schema:NewsArticle" and
    /// "http://schema.org/NewsArticle" both give "newsarticle").
    static func types(of object: LenientJSON) -> [String] {
        guard let type = object["@type"] else { return [] }
        return type.arrayValue.compactMap { $0.stringValue }.map { value in
            let local = value.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last.map(String.init) ?? value
            return local.lowercased()
        }
    }
}
