/// One RSS `item` or Atom `entry`, its fields as the feed gave them.
struct FeedItem {
    var title: String?
    var link: String?
    var guid: String?
    var guidIsPermaLink = true
    /// `content:encoded` (RSS) or `content` (Atom): the full article when the feed carries it.
    var content: String?
    /// `description` (RSS) or `summary` (Atom): often only a teaser.
    var summary: String?
    var pubDate: String?
    var published: String?
    var updated: String?
    var dcDate: String?
    var authors: [String] = []

    /// The document this item stands for, or why there is none.
    func document(source: String, outlet: String?, limit: Int) -> Result<SourceDocument, FeedItemProblem> {
        guard let body = [content, summary].compactMap({ $0 }).first(where: { !$0.trimmingASCIIWhitespace().isEmpty }) else {
            return .failure(FeedItemProblem(reason: "no content, description or summary"))
        }
        let isHTML = Self.containsMarkup(body)
        // Plain text was escaped once for XML and sometimes again for HTML (`&amp;amp;`).
        let payload = Array((isHTML ? body : HTMLEntities.decode(body)).utf8)
        if payload.count > limit {
            return .failure(FeedItemProblem(
                reason: "document is \(ByteCount.megabytes(payload.count)), over the \(ByteCount.megabytes(limit)) limit"))
        }
        let hints = SourceDocument.Hints(url: url, title: title.map(HTMLEntities.decode), outlet: outlet,
                                         byline: byline, published: publicationDate)
        return .success(SourceDocument(source: source, format: isHTML ? .html : .text, payload: payload, hints: hints))
    }

    /// The item's own link, else a guid that is a permalink.
    var url: String? {
        if let link, !link.isEmpty { return link }
        if let guid, guidIsPermaLink, guid.hasPrefix("http://") || guid.hasPrefix("https://") { return guid }
        return nil
    }

    /// ISO 8601 when the feed's date could be read, else the date as the feed wrote it.
    var publicationDate: String? {
        if let pubDate { return RFC822Date.iso8601(pubDate) ?? pubDate }
        return published ?? updated ?? dcDate
    }

    /// Authors joined; RSS `author` is `email (Name)` by the spec, of which the name is wanted.
    var byline: String? {
        let names = authors.map { author -> String in
            if let open = author.firstIndex(of: "("), let close = author.lastIndex(of: ")"), open < close,
               author[..<open].contains("@") {
                return String(author[author.index(after: open)..<close]).trimmingASCIIWhitespace()
            }
            return author
        }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// Whether the text has an HTML tag in it: `<` then a letter, `/` or `!`.
    static func containsMarkup(_ text: String) -> Bool {
        var previousWasOpen = false
        for byte in text.utf8 {
            if previousWasOpen {
                let lower = byte | 0x20
                if (lower >= 0x61 && lower <= 0x7A) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") { return true }
            }
            previousWasOpen = byte == UInt8(ascii: "<")
        }
        return false
    }
}

struct FeedItemProblem: Error {
    var reason: String
}
