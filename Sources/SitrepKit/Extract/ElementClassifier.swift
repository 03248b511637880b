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
        // Pages repeat a few hundred class values over thousands of elements, and far fewer class
        // names; both are worked out once per page.
        var classCache = ClassCache()
        var itemCache = ClassCache()
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
                        classify(value, into: &fromClass, scratch: &scratch, items: &itemCache)
                        return fromClass
                    })
                case .id:
                    found.formUnion(itemTraits(value, scratch: &scratch, items: &itemCache))
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
        // Most inline styles set neither; only those that mention the values are read closely.
        guard ASCIIBytes.contains(style, "none") || ASCIIBytes.contains(style, "hidden") else { return false }
        scratch.removeAll(keepingCapacity: true)
        for byte in style where !ASCIIBytes.isSpace(byte) { scratch.append(ASCIIBytes.lower(byte)) }
        return ASCIIBytes.contains(scratch, "display:none") || ASCIIBytes.contains(scratch, "visibility:hidden")
    }

    private static func itemTraits(_ item: ArraySlice<UInt8>, scratch: inout [UInt8], items: inout ClassCache) -> ElementTraits {
        items.traits(of: item) { item in
            var traits: ElementTraits = []
            classifyItem(item, into: &traits, scratch: &scratch)
            return traits
        }
    }

    private static func classify(_ value: ArraySlice<UInt8>, into found: inout ElementTraits, scratch: inout [UInt8],
                                 items: inout ClassCache) {
        var start = value.startIndex
        while start < value.endIndex {
            while start < value.endIndex, ASCIIBytes.isSpace(value[start]) { start += 1 }
            var end = start
            while end < value.endIndex, !ASCIIBytes.isSpace(value[end]) { end += 1 }
            if end > start { found.formUnion(itemTraits(value[start..<end], scratch: &scratch, items: &items)) }
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
        splitCamelCase(item, into: &scratch)
        // `negative` from keywords inside tokens (`social`, `share`), `negativeWord` from whole words
        // (`caption`, `ad`); an embed cancels only the first kind.
        var negative = false, negativeWord = false, positive = false, embedded = false
        // `content-with-sidebar`, `has-sidebar`: a layout box that holds furniture beside the
        // text, not the furniture; tokens after `with` or `has` do not make the item negative.
        var describesLayout = false
        var start = 0
        while start < scratch.count {
            while start < scratch.count, !ASCIIBytes.isAlphanumeric(scratch[start]) { start += 1 }
            var end = start
            while end < scratch.count, ASCIIBytes.isAlphanumeric(scratch[end]) { end += 1 }
            if end > start {
                let token = scratch[start..<end]
                if ASCIIBytes.equals(token, "with") || ASCIIBytes.equals(token, "has") { describesLayout = true }
                let parts: Part = tokenParts.found(in: token)
                if !describesLayout, parts.contains(.negative) { negative = true }
                if !describesLayout, isNegativeWord(token) { negativeWord = true }
                if parts.contains(.positive) || ASCIIBytes.equals(token, "main"), !ASCIIBytes.equals(token, "tbody") {
                    positive = true
                }
                if parts.contains(.embed) { embedded = true }
                if parts.contains(.popup) { found.insert(.popup) }
                if parts.contains(.modified) {
                    found.insert(.modified)
                } else if parts.contains(.dateline) {
                    found.insert(.dateline)
                }
                if parts.contains(.byline) { found.insert(.byline) }
            }
            start = end
        }
        // `social-media-embed`, `embed-twitter`: a post the article quotes, not a share bar.
        if negativeWord || (negative && !embedded) {
            found.insert(.negative)
        } else if positive {
            found.insert(.positive)
        }
    }

    /// `newsCaption`, `bottomByline`: camel case joins words as a hyphen would, so a `-` goes
    /// where a lowercase letter meets an uppercase one, and whole-word keywords (`caption`, `ad`)
    /// are found there too. `scratch` already holds the item lowercased.
    private static func splitCamelCase(_ item: ArraySlice<UInt8>, into scratch: inout [UInt8]) {
        var previous: UInt8 = 0
        var camel = false
        for byte in item {
            if previous >= UInt8(ascii: "a"), previous <= UInt8(ascii: "z"), byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                camel = true
                break
            }
            previous = byte
        }
        guard camel else { return }
        scratch.removeAll(keepingCapacity: true)
        previous = 0
        for byte in item {
            if previous >= UInt8(ascii: "a"), previous <= UInt8(ascii: "z"), byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                scratch.append(UInt8(ascii: "-"))
            }
            scratch.append(ASCIIBytes.lower(byte))
            previous = byte
        }
    }

    /// What a keyword found inside a class or id token says.
    struct Part: OptionSet {
        let rawValue: UInt8
        static let negative = Part(rawValue: 1 << 0)
        static let positive = Part(rawValue: 1 << 1)
        static let dateline = Part(rawValue: 1 << 2)
        static let modified = Part(rawValue: 1 << 3)
        static let byline = Part(rawValue: 1 << 4)
        static let embed = Part(rawValue: 1 << 5)
        static let popup = Part(rawValue: 1 << 6)
    }

    /// Keywords looked for inside tokens, all in one scan of the token.
    private static let tokenParts = KeywordSet([
        (Part.negative.rawValue, [
            "sidebar", "footer", "comment", "related", "newsletter", "subscri", "cookie", "consent", "promo",
            "advert", "breadcrumb", "social", "share", "sharing", "disqus", "outbrain", "taboola", "sponsor",
            "masthead", "banner", "popup", "modal", "widget", "signup", "menu", "recommend", "trending",
            "popular", "byline", "dateline", "author", "timestamp", "pagination", "pager", "toolbar",
            "shoutbox", "skyscraper", "tags", "header", "login", "donat", "copyright", "disclaimer", "crumbs",
            "adsense", "adslot", "adunit", "paywall", "overlay", "follow", "readmore",
        ]),
        (Part.positive.rawValue, ["article", "content", "body", "story", "entry", "post", "text", "prose"]),
        (Part.dateline.rawValue, ["date", "time", "publish", "posted", "byline", "dateline"]),
        (Part.modified.rawValue, ["update", "modif", "edited", "revis"]),
        (Part.byline.rawValue, ["byline", "author", "writer", "reporter", "contributor"]),
        (Part.embed.rawValue, ["embed"]),
        (Part.popup.rawValue, ["tooltip", "popover", "hovercard", "rollover"]),
    ])
    /// Tokens that are furniture only as whole words (`ad`, but not `head` or `shadow`).
    private static let negativeWords = KeywordSet([(Part.negative.rawValue, [
        "ad", "ads", "adv", "dfp", "gpt", "tag", "date", "time", "meta", "rss", "print", "email", "bio",
        "sr", "skip", "aside", "extra", "extras", "utility", "tools", "links", "feed", "topbar", "caption",
        "credit", "credits", "newsfeed", "teaser", "teasers", "nocontent",
    ])])

    private static func isNegativeWord(_ token: ArraySlice<UInt8>) -> Bool {
        if token.count >= 3 && (hasPrefix(token, "nav") || hasSuffix(token, "nav")) { return true }
        return negativeWords.equalsAny(token)
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

/// A fixed set of lowercase ASCII keywords, each with a category mask, bucketed by first byte so
/// that looking for all of them in a token costs about one comparison per byte.
struct KeywordSet {
    private let words: [[UInt8]]
    private let masks: [UInt8]
    private var buckets = [[Int]](repeating: [], count: 256)

    init(_ groups: [(mask: UInt8, words: [StaticString])]) {
        var words: [[UInt8]] = [], masks: [UInt8] = []
        for group in groups {
            for word in group.words {
                words.append(word.withUTF8Buffer { Array($0) })
                masks.append(group.mask)
            }
        }
        self.words = words
        self.masks = masks
        for (index, word) in words.enumerated() { buckets[Int(word[0])].append(index) }
    }

    /// The categories of every keyword that occurs inside `token` (already lowercase).
    func found<Mask: OptionSet>(in token: ArraySlice<UInt8>) -> Mask where Mask.RawValue == UInt8 {
        var mask: UInt8 = 0
        var start = token.startIndex
        while start < token.endIndex {
            for candidate in buckets[Int(token[start])] where mask & masks[candidate] != masks[candidate] {
                let word = words[candidate]
                if token.endIndex - start >= word.count, token[start..<(start + word.count)].elementsEqual(word) {
                    mask |= masks[candidate]
                }
            }
            start += 1
        }
        return Mask(rawValue: mask)
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

/// Traits already worked out for a class attribute value, keyed by an FNV-1a hash of its bytes (the bytes
/// are kept to rule out collisions), so a lookup allocates nothing.
struct ClassCache {
    private var entries: [UInt64: (bytes: [UInt8], traits: ElementTraits)] = [:]

    mutating func traits(of value: ArraySlice<UInt8>, compute: (ArraySlice<UInt8>) -> ElementTraits) -> ElementTraits {
        // FNV-1a: class values are short, and SipHash's setup cost dominated this lookup.
        var key = 0xcbf2_9ce4_8422_2325 as UInt64
        for byte in value { key = (key ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let entry = entries[key], entry.bytes.elementsEqual(value) { return entry.traits }
        let traits = compute(value)
        entries[key] = (Array(value), traits)
        return traits
    }
}
