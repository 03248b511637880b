import Foundation

/// What a page declares about itself — `<html lang>`, `<meta>` tags and JSON-LD blocks — read in
/// one pass over the bytes without building a tree.
///
/// That is all the date finder's most trusted sources need, so a date-only reading
/// (``HTMLExtractor/publicationDate(_:hints:)``) answers most news pages at a small fraction of a
/// parse's cost and parses only the pages whose declarations say nothing.
///
/// The scan reads these tags as libxml2 and ``ParserGuard`` do: comments and the text of `<script>`
/// and `<style>` hide tags; values may be double-, single- or unquoted; the first of a repeated
/// attribute counts; the text of a script whose tag mentions `ld+json` is kept as it stands.
/// Where it cannot be sure of reading the page as the parser would — an unclosed comment, tag
/// or script, a named entity it does not know inside a value — it returns nil and the caller
/// parses the page.
///
///     let scan = DeclarationScan(Array(#"<meta property="article:published_time" content="2020-05-01">"#.utf8))
///     scan?.metas.first?.key   // "article:published_time"
struct DeclarationScan {
    var htmlLanguage: String?
    var metas: [PageFacts.Meta] = []
    /// The text of each JSON-LD script, in page order (at most ``PageFacts/limit``).
    var jsonLD: [ArraySlice<UInt8>] = []

    private enum Tag { case html, meta, script, style, other }

    init?(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        while let open = DeclarationScan.find(UInt8(ascii: "<"), in: bytes, from: index) {
            let next = open + 1
            guard next < count else { break }
            let byte = bytes[next]
            if byte == UInt8(ascii: "!") {
                if DeclarationScan.starts(bytes, at: next + 1, with: "--") {
                    guard let close = DeclarationScan.find("-->", in: bytes, from: next + 3) else { return nil }
                    index = close + 3
                } else {
                    guard let close = DeclarationScan.find(UInt8(ascii: ">"), in: bytes, from: next) else { return nil }
                    index = close + 1
                }
                continue
            }
            guard DeclarationScan.isLetter(byte) else {
                // An end tag or a processing instruction: nothing declared in it.
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") {
                    guard let close = DeclarationScan.find(UInt8(ascii: ">"), in: bytes, from: next) else { break }
                    index = close + 1
                } else {
                    index = next
                }
                continue
            }
            var cursor = next
            while cursor < count, !ASCIIBytes.isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">"),
                  bytes[cursor] != UInt8(ascii: "/") {
                cursor += 1
            }
            let name = bytes[next..<cursor]
            let tag: Tag = ASCIIBytes.equals(name, "meta") ? .meta : ASCIIBytes.equals(name, "html") ? .html
                : ASCIIBytes.equals(name, "script") ? .script : ASCIIBytes.equals(name, "style") ? .style : .other
            guard let (attributes, end) = DeclarationScan.attributes(bytes, from: cursor, keep: tag != .other) else { return nil }
            index = end
            switch tag {
            case .meta:
                guard let content = attributes.first(where: { $0.name == "content" }) else { break }
                guard let value = DeclarationScan.decoded(content.value) else { return nil }
                // One entry per naming attribute, in PageFacts' order.
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    guard let named = attributes.first(where: { $0.name == key }) else { continue }
                    guard let keyText = DeclarationScan.decoded(named.value) else { return nil }
                    metas.append(PageFacts.Meta(key: MarkupText.trimmed(keyText.lowercased()), content: value))
                }
            case .html:
                guard htmlLanguage == nil else { break }
                if let lang = attributes.first(where: { $0.name == "lang" }) ?? attributes.first(where: { $0.name == "xml:lang" }) {
                    guard let value = DeclarationScan.decoded(lang.value) else { return nil }
                    htmlLanguage = value
                }
            case .script, .style:
                let selfClosing = end >= 2 && bytes[end - 2] == UInt8(ascii: "/")
                if selfClosing { break }
                let closing: StaticString = tag == .script ? "</script" : "</style"
                guard let close = DeclarationScan.findIgnoringCase(closing, in: bytes, from: end) else { return nil }
                let isJSONLD = tag == .script && ASCIIBytes.contains(bytes[open..<end], "ld+json")
                if isJSONLD, close > end, jsonLD.count < PageFacts.limit { jsonLD.append(bytes[end..<close]) }
                index = close
            case .other:
                break
            }
        }
    }

    private struct Attribute {
        /// Lowercase.
        var name: String
        var value: ArraySlice<UInt8>
    }

    /// A tag's attributes from just after its name, and the offset after its `>`; nil when the
    /// tag or a quoted value is never closed. With `keep` false only the end is found.
    private static func attributes(_ bytes: [UInt8], from start: Int, keep: Bool) -> ([Attribute], Int)? {
        var found: [Attribute] = []
        var cursor = start
        let count = bytes.count
        while true {
            while cursor < count, ASCIIBytes.isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
            guard cursor < count else { return nil }
            if bytes[cursor] == UInt8(ascii: ">") { return (found, cursor + 1) }
            let nameStart = cursor
            while cursor < count, !ASCIIBytes.isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "="),
                  bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "/") {
                cursor += 1
            }
            let nameEnd = cursor
            while cursor < count, ASCIIBytes.isSpace(bytes[cursor]) { cursor += 1 }
            var value: ArraySlice<UInt8> = []
            if cursor < count, bytes[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < count, ASCIIBytes.isSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < count else { return nil }
                let quote = bytes[cursor]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = find(quote, in: bytes, from: cursor + 1) else { return nil }
                    value = bytes[(cursor + 1)..<close]
                    cursor = close + 1
                } else {
                    let valueStart = cursor
                    while cursor < count, !ASCIIBytes.isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                    value = bytes[valueStart..<cursor]
                }
            }
            if keep {
                let name = String(decoding: bytes[nameStart..<nameEnd].lazy.map(ASCIIBytes.lower), as: UTF8.self)
                if !found.contains(where: { $0.name == name }) { found.append(Attribute(name: name, value: value)) }
            }
        }
    }

    /// An attribute value with its character references resolved, as libxml2 resolves them; nil
    /// for a named reference other than the five XML ones, which the caller leaves to the parser.
    private static func decoded(_ value: ArraySlice<UInt8>) -> String? {
        guard value.contains(UInt8(ascii: "&")) else { return String(decoding: value, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        let text = Array(String(decoding: value, as: UTF8.self).unicodeScalars)
        var index = 0
        while index < text.count {
            guard text[index] == "&" else {
                scalars.append(text[index])
                index += 1
                continue
            }
            guard let semicolon = text[index...].prefix(12).firstIndex(of: ";") else { return nil }
            let name = String(String.UnicodeScalarView(text[(index + 1)..<semicolon]))
            let resolved: Unicode.Scalar?
            switch name {
            case "amp": resolved = "&"
            case "quot": resolved = "\""
            case "apos": resolved = "'"
            case "lt": resolved = "<"
            case "gt": resolved = ">"
            default:
                guard name.hasPrefix("#") else { return nil }
                let digits = name.dropFirst()
                let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                resolved = number.flatMap(Unicode.Scalar.init)
            }
            guard let resolved, resolved.value != 0 else { return nil }
            scalars.append(resolved)
            index = semicolon + 1
        }
        return String(scalars)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    private static func starts(_ bytes: [UInt8], at start: Int, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { pattern in
            for offset in 0..<count where bytes[start + offset] != pattern[offset] { return false }
            return true
        }
    }

    private static func find(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  let hit = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    private static func find(_ needle: StaticString, in bytes: [UInt8], from start: Int) -> Int? {
        let first = needle.utf8Start.pointee
        var cursor = start
        while let hit = find(first, in: bytes, from: cursor) {
            if starts(bytes, at: hit, with: needle) { return hit }
            cursor = hit + 1
        }
        return nil
    }

    /// `needle` is lowercase and starts with `<`.
    private static func findIgnoringCase(_ needle: StaticString, in bytes: [UInt8], from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        var cursor = start
        while let hit = find(UInt8(ascii: "<"), in: bytes, from: cursor) {
            guard hit + count <= bytes.count else { return nil }
            let matched = needle.withUTF8Buffer { pattern in
                (1..<count).allSatisfy { ASCIIBytes.lower(bytes[hit + $0]) == pattern[$0] }
            }
            if matched { return hit }
            cursor = hit + 1
        }
        return nil
    }
}
