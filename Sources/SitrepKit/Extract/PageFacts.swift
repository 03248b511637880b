/// The metadata-bearing parts of a page, gathered in one pass over the tree: `<meta>` and `<link>`
/// tags, the `<title>`, headings, `<time>` elements, byline and dateline elements, JSON-LD blocks.
struct PageFacts {
    struct Meta {
        /// The lowercase `name`, `property`, `itemprop` or `http-equiv`.
        var key: String
        var content: String
    }

    var htmlLanguage: String?
    var titleElement: String?
    var metas: [Meta] = []
    var canonical: String?
    /// Link texts of `<a rel="author">`.
    var authorLinks: [String] = []
    /// `<h1>` elements, in document order.
    var headlines: [Int] = []
    /// `<time>` elements and elements with `itemprop="datePublished"`.
    var timeElements: [Int] = []
    /// Elements whose class or itemprop says author or byline.
    var bylineElements: [Int] = []
    /// Elements whose class says date, time, published or dateline (not "updated").
    var datelineElements: [Int] = []
    var jsonLD: [ArraySlice<UInt8>] = []

    /// At most this many of each kind of element are kept.
    static let limit = 64

    /// A page with no facts.
    init() {}

    /// The facts a ``DeclarationScan`` gathers: language, meta tags and JSON-LD, nothing else.
    init(_ scan: DeclarationScan) {
        htmlLanguage = scan.htmlLanguage
        metas = scan.metas
        jsonLD = scan.jsonLD
    }

    init(_ tree: HTMLTree, traits: [ElementTraits]) {
        for index in 0..<tree.count {
            let node = tree[index]
            switch node.tag {
            case .text, .document:
                continue
            case .html:
                if htmlLanguage == nil {
                    htmlLanguage = tree.string(.lang, of: index) ?? tree.string(.xmlLang, of: index)
                }
            case .title:
                if titleElement == nil, node.end > Int32(index + 1) { titleElement = tree.text(of: index, limit: 2000) }
            case .meta:
                guard let content = tree.string(.content, of: index) else { break }
                for attribute in [HTMLAttribute.name, .property, .itemprop, .httpEquiv] {
                    if let key = tree.string(attribute, of: index) {
                        metas.append(Meta(key: MarkupText.trimmed(key.lowercased()), content: content))
                    }
                }
            case .link:
                if canonical == nil, let rel = tree.attribute(.rel, of: index), ASCIIBytes.contains(rel, "canonical") {
                    canonical = tree.string(.href, of: index)
                }
            case .script:
                if node.end > Int32(index + 1) {
                    let first = index + 1
                    if tree[first].tag == .text, jsonLD.count < PageFacts.limit { jsonLD.append(tree.textBytes(of: first)) }
                }
            case .h1:
                if headlines.count < PageFacts.limit { headlines.append(index) }
            case .time:
                if timeElements.count < PageFacts.limit { timeElements.append(index) }
            case .a:
                if authorLinks.count < 8, let rel = tree.attribute(.rel, of: index), ASCIIBytes.contains(rel, "author") {
                    authorLinks.append(tree.text(of: index, limit: 200))
                }
            default:
                if timeElements.count < PageFacts.limit, DateFinder.epochAttributes.contains(where: { tree.attribute($0, of: index) != nil }) {
                    timeElements.append(index)
                }
            }
            let found = traits[index]
            if found.contains(.byline), bylineElements.count < PageFacts.limit { bylineElements.append(index) }
            if found.contains(.dateline), !found.contains(.modified), node.tag != .time, node.tag != .meta,
               datelineElements.count < PageFacts.limit {
                if let itemprop = tree.attribute(.itemprop, of: index), ASCIIBytes.contains(itemprop, "datepublished"),
                   timeElements.count < PageFacts.limit {
                    timeElements.append(index)   // itemprop="datePublished" on a span or div
                } else {
                    datelineElements.append(index)
                }
            }
        }
    }

    /// The first non-empty content of a meta tag with one of the keys, in the keys' order.
    func meta(_ keys: [String]) -> String? {
        for key in keys {
            for meta in metas where meta.key == key {
                if let value = MarkupText.nonEmpty(meta.content) { return value }
            }
        }
        return nil
    }
}
