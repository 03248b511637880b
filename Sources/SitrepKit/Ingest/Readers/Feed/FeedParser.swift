import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the items of an RSS 2.0, RSS 1.0 or Atom feed from `XMLParser`'s events.
///
/// Elements are matched by their qualified names as written (`content:encoded`, `dc:creator`)
/// rather than by namespace: feeds use the conventional prefixes, and namespace processing makes
/// the parser reject feeds that forget to declare one.
final class FeedParser: NSObject, XMLParserDelegate {
    private(set) var feedTitle: String?
    private(set) var items: [FeedItem] = []
    /// Where parsing stopped on malformed XML.
    private(set) var error: (line: Int, message: String)?

    private var path: [String] = []
    private var item: FeedItem?
    private var itemDepth = 0
    private var capture: Capture?

    /// Text being collected for one field, up to the end of the element at `depth`.
    private struct Capture {
        var field: Field
        var depth: Int
        var text = ""
        /// Elements inside a body field are written back as tags: Atom `type="xhtml"` content is
        /// markup by definition, and some RSS feeds put unescaped HTML in `description`.
        var keepsTags = false
        /// Only true XHTML content has its text escaped again; in the other bodies the text is
        /// already HTML once the XML escaping is undone.
        var escapesText = false
    }

    private enum Field {
        case feedTitle, title, link, guid, content, summary, pubDate, published, updated, dcDate, author
    }

    /// Parses a whole feed. Items completed before an XML error are kept.
    static func parse(_ data: Data) -> FeedParser {
        let collector = FeedParser()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        // On Linux, parse() may return true after libxml2 recovered from an error; the error
        // itself is what counts.
        let succeeded = parser.parse()
        if collector.error == nil, !succeeded || parser.parserError != nil {
            collector.error = (parser.lineNumber, parser.parserError.map(Self.describe) ?? "malformed XML")
        }
        return collector
    }

    // MARK: XMLParserDelegate

    /// After the first error, libxml2 goes on guessing at the structure; nothing from the guess
    /// is kept, so items completed before the fault are all that count.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = (parser.lineNumber, Self.describe(parseError)) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard error == nil else { return }
        path.append(elementName)
        // Appending through `capture?` keeps the text uniquely referenced: no copy per event.
        if let keepsTags = capture?.keepsTags {
            if keepsTags {
                capture?.text += "<" + elementName + attributes.sorted(by: { $0.key < $1.key })
                    .map { " \($0.key)=\"\($0.value.htmlEscaped)\"" }.joined() + ">"
            }
            return
        }
        let name = Self.coreName(elementName)
        guard item != nil else {
            if name == "item" || name == "entry" {
                item = FeedItem()
                itemDepth = path.count
            } else if name == "title" && feedTitle == nil && ["channel", "feed"].contains(parentName) {
                startCapture(.feedTitle)
            }
            return
        }
        switch path.count - itemDepth {
        case 1:
            startItemField(elementName, coreName: name, attributes: attributes)
        case 2 where name == "name" && parentName == "author":
            startCapture(.author)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        guard error == nil, !path.isEmpty else { return }
        defer { path.removeLast() }
        if let current = capture {
            if path.count == current.depth {
                capture = nil
                finish(current)
            } else if current.keepsTags {
                capture?.text += "</" + elementName + ">"
            }
            return
        }
        if let finished = item, path.count == itemDepth {
            items.append(finished)
            item = nil
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard error == nil, let escapesText = capture?.escapesText else { return }
        capture?.text += escapesText ? string.htmlEscaped : string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard error == nil, capture != nil else { return }
        capture?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    // MARK: Fields

    private func startItemField(_ elementName: String, coreName name: String, attributes: [String: String]) {
        switch elementName {
        case "content:encoded": return startCapture(.content, isBody: true)
        case "dc:creator": return startCapture(.author)
        case "dc:date": return startCapture(.dcDate)
        default: break
        }
        guard !elementName.contains(":") || elementName.hasPrefix("atom:") else { return }
        switch name {
        case "title": startCapture(.title)
        case "link":
            if let href = attributes["href"] {
                // Atom: the page is the `alternate` link (the default relation), not `self` or `enclosure`.
                let relation = attributes["rel"] ?? "alternate"
                if relation == "alternate" && item?.link == nil { item?.link = href }
            } else {
                startCapture(.link)
            }
        case "guid":
            item?.guidIsPermaLink = attributes["isPermaLink"]?.lowercased() != "false"
            startCapture(.guid)
        case "description", "summary": startCapture(.summary, isBody: true)
        case "content": startCapture(.content, isBody: true, isXHTML: attributes["type"] == "xhtml")
        case "pubDate": startCapture(.pubDate)
        case "published": startCapture(.published)
        case "updated": startCapture(.updated)
        case "author" where !isAtom: startCapture(.author)
        default: break
        }
    }

    private var isAtom: Bool {
        path.first.map(Self.coreName) == "feed"
    }

    private var parentName: String? {
        path.count >= 2 ? Self.coreName(path[path.count - 2]) : nil
    }

    private func startCapture(_ field: Field, isBody: Bool = false, isXHTML: Bool = false) {
        capture = Capture(field: field, depth: path.count, keepsTags: isBody, escapesText: isXHTML)
    }

    private func finish(_ capture: Capture) {
        let text = capture.text.trimmingASCIIWhitespace()
        guard !text.isEmpty else { return }
        switch capture.field {
        case .feedTitle: feedTitle = HTMLEntities.decode(text)
        case .title: item?.title = text
        case .link: item?.link = text
        case .guid: item?.guid = text
        case .content: item?.content = text
        case .summary: item?.summary = text
        case .pubDate: item?.pubDate = text
        case .published: item?.published = text
        case .updated: item?.updated = text
        case .dcDate: item?.dcDate = text
        case .author: item?.authors.append(text)
        }
    }

    // MARK: Helpers

    /// `atom:entry` → `entry`; other prefixes stay, so `media:title` is not taken for a title.
    private static func coreName(_ name: String) -> String {
        name.hasPrefix("atom:") ? String(name.dropFirst(5)) : name
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty {
            return detail.trimmingASCIIWhitespace()
        }
        return xmlErrorWording[nsError.code] ?? "XML error \(nsError.code)"
    }

    /// On Linux, XMLParser passes libxml2's error numbers through (xmlerror.h) with no message,
    /// and its own ErrorCode names do not line up with them; these are the faults feeds have.
    private static let xmlErrorWording: [Int: String] = [
        3: "no XML at the start", 4: "the document is empty", 5: "extra content at the end of the document",
        9: "invalid character", 23: "an entity reference without its ';'",
        26: "undeclared entity (an HTML entity such as &nbsp; in XML?)", 38: "'<' inside an attribute value",
        39: "attribute value without quotes", 41: "attribute without a value", 42: "attribute given twice",
        68: "a name was expected", 72: "'<' expected", 73: "'>' expected",
        76: "opening and closing tags do not match", 77: "unclosed tag", 81: "invalid encoding",
        86: "extra content at the end of the document",
    ]
}
