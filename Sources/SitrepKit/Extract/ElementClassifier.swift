/// Reads ``ElementTraits`` for every element of a tree in one pass.
///
/// A class attribute is split into items (`class="entry-content share-enabled"` has two) and each
/// item into tokens at `-` and `_`. An item with a furniture token is negative even when it also
/// names content (`post-footer`, `comment-body`); an element is boilerplate when it has a negative
/// item and no positive one, so `class="entry-content share-enabled"` stays article text.
enum ElementClassifier {
    static func classify(_ tree: HTMLTree) -> [ElementTraits] {
        var traits = [ElementTraits](repeating: [], count: tree.count)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(256)
        // Pages repeat a few hundred class values over thousands of elements.
        var classCache = ClassCache()
        for index in 0..<tree.count {
            let node = tree[index]
            guard node.tag != .text, node.count > 0 else { continue }
            var found: ElementTraits = []
            for attribute in tree.attributes[Int(node.start)..<Int(node.start + node.count)] {
                let value = tree.bytes[Int(attribute.start)..<Int(attribute.start + attribute.count)]
                switch attribute.name {
                case .hidden:
                    if !ASCIIBytes.equals(value, "until-found") { found.insert(.hidden) }
                case .ariaHidden:
                    if ASCIIBytes.equals(value, "true") { found.insert(.hidden) }
                case .style:
                    if hidesElement(value, scratch: &scratch) { found.insert(.hidden) }
                case .class:
                    found.formUnion(classCache.traits(of: value) { value in
                        var fromClass: ElementTraits = []
                        classify(value, into: &fromClass, scratch: &scratch)
                        return fromClass
                    })
                case .id:
                    classifyItem(value, into: &found, scratch: &scratch)
                case .role:
                    classifyRole(value, into: &found)
                case .itemprop:
                    if ASCIIBytes.contains(value, "articlebody") {
                        found.insert(.articleBody)
                        found.insert(.positive)
                    } else if ASCIIBytes.contains(value, "datepublished") {
                        found.insert(.dateline)
                    } else if ASCIIBytes.contains(value, "datemodified") {
                        found.insert(.modified)
                    } else if ASCIIBytes.contains(value, "author") || ASCIIBytes.contains(value, "creator") {
                        found.insert(.byline)
                    }
                default:
                    break
                }
            }
            traits[index] = found
        }
        return traits
    }

    private static func hidesElement(_ style: ArraySlice<UInt8>, scratch: inout [UInt8]) -> Bool {
        scratch.removeAll(keepingCapacity: true)
        for byte in style where !ASCIIBytes.isSpace(byte) { scratch.append(ASCIIBytes.lower(byte)) }
        return ASCIIBytes.contains(scratch, "display:none") || ASCIIBytes.contains(scratch, "visibility:hidden")
    }

    private static func classify(_ value: ArraySlice<UInt8>, into found: inout ElementTraits, scratch: inout [UInt8]) {
        var start = value.startIndex
        while start < value.endIndex {
            while start < value.endIndex, ASCIIBytes.isSpace(value[start]) { start += 1 }
            var end = start
            while end < value.endIndex, !ASCIIBytes.isSpace(value[end]) { end += 1 }
            if end > start { classifyItem(value[start..<end], into: &found, scratch: &scratch) }
            start = end
        }
    }

    private static func classifyRole(_ role: ArraySlice<UInt8>, into found: inout ElementTraits) {
        for word: StaticString in ["navigation", "banner", "contentinfo", "complementary", "search", "menu",
                                   "menubar", "dialog", "alertdialog", "toolbar"] where ASCIIBytes.equals(role, word) {
            found.insert(.negative)
        }
        if ASCIIBytes.equals(role, "main") || ASCIIBytes.equals(role, "article") { found.insert(.positive) }
    }

    /// One class name or id.
    private static func classifyItem(_ item: ArraySlice<UInt8>, into found: inout ElementTraits, scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        for byte in item { scratch.append(ASCIIBytes.lower(byte)) }
        let whole = scratch[...]
        for word: StaticString in ["hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden",
                                   "screen-reader-text", "screenreader", "invisible", "is-hidden", "u-hidden",
                                   "offscreen", "element-invisible", "show-for-sr"] where ASCIIBytes.equals(whole, word) {
            found.insert(.hiddenClass)
            return
        }
        var negative = false, positive = false
        var start = 0
        while start < scratch.count {
            while start < scratch.count, !ASCIIBytes.isAlphanumeric(scratch[start]) { start += 1 }
            var end = start
            while end < scratch.count, ASCIIBytes.isAlphanumeric(scratch[end]) { end += 1 }
            if end > start {
                let token = scratch[start..<end]
                if isNegative(token) { negative = true }
                if isPositive(token) { positive = true }
                if isDateline(token) { found.insert(.dateline) }
                if isModified(token) { found.insert(.modified) }
                if bylineParts.containedIn(token) { found.insert(.byline) }
            }
            start = end
        }
        if negative {
            found.insert(.negative)
        } else if positive {
            found.insert(.positive)
        }
    }

    private static let negativeParts = KeywordSet([
        "sidebar", "footer", "comment", "related", "newsletter", "subscri", "cookie", "consent", "promo",
        "advert", "breadcrumb", "social", "share", "sharing", "disqus", "outbrain", "taboola", "sponsor",
        "masthead", "banner", "popup", "modal", "widget", "signup", "menu", "recommend", "trending",
        "popular", "byline", "dateline", "author", "timestamp", "pagination", "pager", "toolbar",
        "shoutbox", "skyscraper", "tags", "header", "login", "donat", "copyright", "disclaimer", "crumbs",
        "adsense", "adslot", "adunit", "paywall", "overlay", "follow", "readmore",
    ])
    private static let negativeWords = KeywordSet([
        "ad", "ads", "adv", "dfp", "gpt", "tag", "date", "time", "meta", "rss", "print", "email", "bio",
        "sr", "skip", "aside", "extra", "extras", "utility", "tools", "links", "feed", "topbar", "caption",
        "credit", "credits", "newsfeed", "teaser", "teasers", "nocontent",
    ])
    private static let positiveParts = KeywordSet(["article", "content", "body", "story", "entry", "post", "text", "prose"])
    private static let datelineParts = KeywordSet(["date", "time", "publish", "posted", "byline", "dateline"])
    private static let modifiedParts = KeywordSet(["update", "modif", "edited", "revis"])
    private static let bylineParts = KeywordSet(["byline", "author", "writer", "reporter", "contributor"])

    private static func isNegative(_ token: ArraySlice<UInt8>) -> Bool {
        if token.count >= 3 && (hasPrefix(token, "nav") || hasSuffix(token, "nav")) { return true }
        return negativeWords.equalsAny(token) || negativeParts.containedIn(token)
    }

    private static func isPositive(_ token: ArraySlice<UInt8>) -> Bool {
        if ASCIIBytes.equals(token, "main") { return true }
        return positiveParts.containedIn(token) && !ASCIIBytes.equals(token, "tbody")
    }

    private static func isDateline(_ token: ArraySlice<UInt8>) -> Bool {
        datelineParts.containedIn(token) && !isModified(token)
    }

    private static func isModified(_ token: ArraySlice<UInt8>) -> Bool {
        modifiedParts.containedIn(token)
    }

    private static func hasPrefix(_ token: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        guard token.count >= prefix.utf8CodeUnitCount else { return false }
        return ASCIIBytes.equals(token.prefix(prefix.utf8CodeUnitCount), prefix)
    }

    private static func hasSuffix(_ token: ArraySlice<UInt8>, _ suffix: StaticString) -> Bool {
        guard token.count >= suffix.utf8CodeUnitCount else { return false }
        return ASCIIBytes.equals(token.suffix(suffix.utf8CodeUnitCount), suffix)
    }
}

/// A fixed set of lowercase ASCII keywords, bucketed by first byte so that looking for all of them
/// in a token costs about one comparison per byte.
struct KeywordSet {
    private let words: [[UInt8]]
    private var buckets = [[Int]](repeating: [], count: 256)

    init(_ list: [StaticString]) {
        words = list.map { word in word.withUTF8Buffer { Array($0) } }
        for (index, word) in words.enumerated() { buckets[Int(word[0])].append(index) }
    }

    /// Whether one of the keywords occurs inside `token` (already lowercase).
    func containedIn(_ token: ArraySlice<UInt8>) -> Bool {
        var start = token.startIndex
        while start < token.endIndex {
            for candidate in buckets[Int(token[start])] {
                let word = words[candidate]
                if token.endIndex - start >= word.count, token[start..<(start + word.count)].elementsEqual(word) {
                    return true
                }
            }
            start += 1
        }
        return false
    }

    /// Whether `token` (already lowercase) is one of the keywords.
    func equalsAny(_ token: ArraySlice<UInt8>) -> Bool {
        guard let first = token.first else { return false }
        for candidate in buckets[Int(first)] where words[candidate].count == token.count {
            if token.elementsEqual(words[candidate]) { return true }
        }
        return false
    }
}

/// Traits already worked out for a class attribute value, keyed by a hash of its bytes (the bytes
/// are kept to rule out collisions), so a lookup allocates nothing.
struct ClassCache {
    private var entries: [Int: (bytes: [UInt8], traits: ElementTraits)] = [:]

    mutating func traits(of value: ArraySlice<UInt8>, compute: (ArraySlice<UInt8>) -> ElementTraits) -> ElementTraits {
        var hasher = Hasher()
        value.withUnsafeBytes { hasher.combine(bytes: $0) }
        let key = hasher.finalize()
        if let entry = entries[key], entry.bytes.elementsEqual(value) { return entry.traits }
        let traits = compute(value)
        entries[key] = (Array(value), traits)
        return traits
    }
}
