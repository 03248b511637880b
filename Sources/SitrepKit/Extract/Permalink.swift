/// A link target reduced to what says which page it is: host (without `www.`) and path with its
/// query, lowercased, without trailing slash. Used to tell a stamp linked to the page itself from
/// the stamps of replies and teasers, which link elsewhere.
///
///     Permalink(url: "https://www.example.org/a/b/?x=1")        // host "example.org", path "/a/b?x=1"
///     Permalink(url: "/a/b")                                    // host nil: relative to the page
///     Permalink(url: "https://example.org/")                    // nil: a site's front is no permalink
///     Permalink(url: "/a/b#comment-5")                          // nil: a place in the page, a comment's
///     Permalink(page: "https://example.org/a/b#top")            // the page's own address, fragment dropped
struct Permalink: Hashable {
    /// Nil for a link relative to the page's own host.
    var host: String?
    var path: String

    /// The address of the page itself: a fragment there says nothing about which page it is.
    init?(page url: String) {
        self.init(url: String(url.prefix { $0 != "#" }))
    }

    /// A link's target. One with a fragment points at a place in a page (a comment's
    /// `#comment-5`), so it is no link to the page as a whole.
    init?(url: String) {
        var rest = Substring(MarkupText.trimmed(url).lowercased())
        if let hash = rest.firstIndex(of: "#") {
            guard rest.index(after: hash) == rest.endIndex else { return nil }
            rest = rest[..<hash]
        }
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            var host = rest[..<slash]
            if host.hasPrefix("www.") { host = host.dropFirst(4) }
            guard !host.isEmpty else { return nil }
            self.host = String(host)
            rest = rest[slash...]
        } else if rest.hasPrefix("//") {
            return nil   // protocol-relative links name another host's page as often as this one
        } else {
            guard rest.hasPrefix("/") else { return nil }
            host = nil
        }
        while rest.count > 1, rest.hasSuffix("/") { rest = rest.dropLast() }
        if let query = rest.firstIndex(of: "?"), query > rest.startIndex, rest[rest.index(before: query)] == "/" {
            rest.remove(at: rest.index(before: query))
        }
        guard rest.count > 1 else { return nil }
        path = String(rest)
    }

    /// The same page, a relative link standing for any host.
    func matches(_ other: Permalink) -> Bool {
        guard path == other.path else { return false }
        guard let host, let otherHost = other.host else { return true }
        return host == otherHost
    }
}
