/// Reads what comes first in a markup file (an XML declaration, comments, a doctype, the first
/// element) to tell HTML from RSS and Atom, and counts HTML tags for pages that start mid-markup.
enum MarkupPrologue {
    /// The format announced at `start` (which holds a `<`), or nil when the markup says nothing.
    static func classify(_ bytes: [UInt8], from start: Int) -> InputFormat? {
        var index = start
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                guard FormatSniffer.isASCIIWhitespace(bytes[index]) else { return nil }
                index += 1
                continue
            }
            if matches(bytes, at: index, "<?") {
                index = end(of: "?>", in: bytes, from: index + 2)
            } else if matches(bytes, at: index, "<!--") {
                index = end(of: "-->", in: bytes, from: index + 4)
            } else if matches(bytes, at: index, "<!doctype") {
                let name = word(in: bytes, from: skipSpaces(bytes, from: index + 9))
                if name == "html" { return .html }
                guard let after = endOfDoctype(bytes, from: index + 9) else {
                    // The prefix ends inside a long internal subset: the doctype's name is all
                    // there is to go by.
                    return name == "rss" ? .rss : nil
                }
                index = after
            } else {
                return classifyElement(named: word(in: bytes, from: index + 1), bytes: bytes)
            }
        }
        return nil
    }

    private static func classifyElement(named name: String, bytes: [UInt8]) -> InputFormat? {
        switch name {
        case "rss":
            return .rss
        case "rdf:rdf":
            // RSS 1.0: items and their fields carry the same names as in RSS 2.0.
            return bytes.index(ofBytes: Array("purl.org/rss/1.0".utf8)) != nil ? .rss : nil
        case "feed":
            return bytes.index(ofBytes: Array("http://www.w3.org/2005/Atom".utf8)) != nil ? .atom : nil
        default:
            return htmlTags.contains(name) ? .html : nil
        }
    }

    /// Whether the bytes open with `<?xml`, after an optional byte order mark and whitespace.
    static func startsWithXMLDeclaration(_ bytes: [UInt8]) -> Bool {
        matches(bytes, at: FormatSniffer.firstSignificantIndex(bytes), "<?xml")
    }

    /// A page that starts with neither a doctype nor `<html>` (a fragment, a body saved alone) is
    /// still HTML when known tags are everywhere: at least one per 200 bytes.
    static func isDenseWithHTMLTags(_ bytes: [UInt8]) -> Bool {
        var tags = 0
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            var nameStart = open + 1
            if nameStart < bytes.count && bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
            if htmlTags.contains(word(in: bytes, from: nameStart)) { tags += 1 }
            index = open + 1
        }
        return tags >= 3 && tags * 200 >= bytes.count
    }

    /// Element names that begin HTML documents or fill them.
    static let htmlTags: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "script", "style", "base", "noscript",
        "div", "span", "p", "a", "br", "hr", "img", "table", "tr", "td", "th", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer", "nav", "main",
        "aside", "figure", "figcaption", "form", "input", "button", "iframe", "blockquote", "pre",
        "b", "i", "em", "strong", "center", "font", "small", "time", "picture", "source", "label",
    ]

    // MARK: Byte helpers

    /// Whether `text` (ASCII) is at `index`, ignoring ASCII case.
    static func matches(_ bytes: [UInt8], at index: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pattern = text.utf8Start
        for offset in 0..<count where lowercased(bytes[index + offset]) != lowercased(pattern[offset]) {
            return false
        }
        return true
    }

    /// The lower-cased name at `index`: letters, digits, `:`, `-`.
    static func word(in bytes: [UInt8], from index: Int) -> String {
        var end = index
        while end < bytes.count && end - index < 32 {
            let byte = bytes[end]
            let isNameByte = (byte >= 0x30 && byte <= 0x39) || (lowercased(byte) >= 0x61 && lowercased(byte) <= 0x7A)
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
            guard isNameByte else { break }
            end += 1
        }
        return String(decoding: bytes[index..<end].map(lowercased), as: UTF8.self)
    }

    private static func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
        var index = index
        while index < bytes.count && FormatSniffer.isASCIIWhitespace(bytes[index]) { index += 1 }
        return index
    }

    /// The index just past the doctype's closing `>`, stepping over an internal subset
    /// (`<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>`) and the quoted literals and comments in it,
    /// whose `>` close declarations, not the doctype. Nil when the bytes end first.
    static func endOfDoctype(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        var inSubset = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = bytes[(index + 1)...].firstIndex(of: byte) else { return nil }
                index = close + 1
                continue
            }
            if inSubset, matches(bytes, at: index, "<!--") {
                guard let close = bytes.index(ofBytes: Array("-->".utf8), from: index + 4) else { return nil }
                index = close + 3
                continue
            }
            switch byte {
            case UInt8(ascii: "["): inSubset = true
            case UInt8(ascii: "]"): inSubset = false
            case UInt8(ascii: ">") where !inSubset: return index + 1
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The index just past the next `terminator`, or the end of the bytes.
    private static func end(of terminator: String, in bytes: [UInt8], from index: Int) -> Int {
        let pattern = Array(terminator.utf8)
        guard let found = bytes.index(ofBytes: pattern, from: min(index, bytes.count)) else { return bytes.count }
        return found + pattern.count
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
