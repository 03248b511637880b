import Foundation

/// What a page declares about itself — `<html lang>`, `<meta>` tags and JSON-LD blocks — read in
/// one pass over the bytes without building a tree.
///
/// That is all the date finder's most trusted sources need, so a date-only reading
/// (``HTMLExtractor/declaredDate(_:hints:)``) answers most news pages at a small fraction of a
/// parse's cost and parses only the pages whose declarations say nothing.
///
/// The scan must find exactly what the tree would hold, so it reads these tags as libxml2,
/// ``ParserGuard`` and ``HTMLTree`` do: comments and the text of `<script>` and `<style>` hide tags;
/// values may be double-, single- or unquoted; the first of a repeated attribute counts and none
/// past the 64th; a script's text is JSON-LD when its `type` says `ld+json`. Wherever the two
/// readings could part — a tag inside an element the tree leaves out (`<noscript>`, `<svg>`,
/// `<template>`…), an `<html lang>` after other markup, a `/` or form feed between attributes,
/// markup libxml2 reads as text (`<! x>`, `</ x>`), an unclosed comment, tag, quote or script, a
/// character reference it cannot resolve as libxml2 would — it returns nil and the caller parses.
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
        // Elements the tree leaves out with everything inside, open at this point (an end tag
        // closes the latest of its kind and all opened after it, as libxml2 closes them).
        var leftOut: [HTMLTag] = []
        // Markup before `<html>` makes libxml2 imply the root and drop the real one's attributes.
        var markupBeforeRoot = false
        var sawRoot = false
        while let open = DeclarationScan.find(UInt8(ascii: "<"), in: bytes, from: index) {
            if !sawRoot, !markupBeforeRoot, bytes[index..<open].contains(where: { !ASCIIBytes.isSpace($0) }) {
                markupBeforeRoot = true
            }
            let next = open + 1
            guard next < count else { break }
            let byte = bytes[next]
            if byte == UInt8(ascii: "!") {
                if DeclarationScan.starts(bytes, at: next + 1, with: "--") {
                    guard let close = DeclarationScan.find("-->", in: bytes, from: next + 3) else { return nil }
                    index = close + 3
                } else if DeclarationScan.startsIgnoringCase(bytes, at: next + 1, with: "doctype") {
                    guard let close = DeclarationScan.find(UInt8(ascii: ">"), in: bytes, from: next) else { return nil }
                    // A quoted SYSTEM or PUBLIC literal may hold a `>` that libxml2 reads past.
                    if bytes[next..<close].contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) { return nil }
                    index = close + 1
                } else {
                    return nil   // `<! x>`: libxml2 reads on as text, and may find a tag inside
                }
                continue
            }
            if byte == UInt8(ascii: "?") {
                // libxml2 drops a `<?` with no target and reads on.
                guard next + 1 < count, DeclarationScan.isLetter(bytes[next + 1]) else { return nil }
                guard let close = DeclarationScan.find(UInt8(ascii: ">"), in: bytes, from: next) else { break }
                index = close + 1
                continue
            }
            if byte == UInt8(ascii: "/") {
                guard next + 1 < count, DeclarationScan.isLetter(bytes[next + 1]) else { return nil }
                var cursor = next + 1
                while cursor < count, DeclarationScan.isNameByte(bytes[cursor]) { cursor += 1 }
                if let kind = DeclarationScan.leftOutKind(bytes[(next + 1)..<cursor]), let latest = leftOut.lastIndex(of: kind) {
                    leftOut.removeSubrange(latest...)
                }
                guard let close = DeclarationScan.find(UInt8(ascii: ">"), in: bytes, from: cursor) else { break }
                index = close + 1
                continue
            }
            guard DeclarationScan.isLetter(byte) else {
                index = next
                continue
            }
            var cursor = next
            while cursor < count, DeclarationScan.isNameByte(bytes[cursor]) { cursor += 1 }
            let name = bytes[next..<cursor]
            // A name libxml2 would end earlier (`<noscript"x">`) opens another element than this one.
            guard name.allSatisfy(ASCIIBytes.isMarkupNameByte) else { return nil }
            let tag: Tag = ASCIIBytes.equals(name, "meta") ? .meta : ASCIIBytes.equals(name, "html") ? .html
                : ASCIIBytes.equals(name, "script") ? .script : ASCIIBytes.equals(name, "style") ? .style : .other
            guard let (attributes, end, selfClosing) = DeclarationScan.attributes(bytes, from: cursor, keep: tag != .other) else { return nil }
            index = end
            if tag != .html { markupBeforeRoot = markupBeforeRoot || !sawRoot }
            switch tag {
            case .meta:
                guard let content = attributes.first(where: { $0.name == "content" }) else { break }
                // One entry per naming attribute, in PageFacts' order; only the keys the date
                // finder reads, so a description's odd character cannot spoil the scan.
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    guard let named = attributes.first(where: { $0.name == key }) else { continue }
                    guard let keyText = DeclarationScan.decoded(named.value) else { return nil }
                    let metaKey = MarkupText.trimmed(keyText.lowercased())
                    guard DateFinder.declarationKeys.contains(metaKey) else { continue }
                    guard leftOut.isEmpty, let value = DeclarationScan.decoded(content.value) else { return nil }
                    metas.append(PageFacts.Meta(key: metaKey, content: value))
                }
            case .html:
                let lang = attributes.first(where: { $0.name == "lang" }) ?? attributes.first(where: { $0.name == "xml:lang" })
                if lang != nil, sawRoot || markupBeforeRoot || !leftOut.isEmpty { return nil }
                sawRoot = true
                if let lang {
                    guard let value = DeclarationScan.decoded(lang.value) else { return nil }
                    htmlLanguage = value
                }
            case .script, .style:
                if selfClosing { break }
                let closing: StaticString = tag == .script ? "</script" : "</style"
                guard let close = DeclarationScan.findIgnoringCase(closing, in: bytes, from: end) else { return nil }
                // `</scripts>` stops libxml2's raw text for a moment, then it reads on as text:
                // not worth following.
                let after = close + closing.utf8CodeUnitCount
                if after < count, ASCIIBytes.isMarkupNameByte(bytes[after]) { return nil }
                let type = attributes.first(where: { $0.name == "type" })?.value ?? []
                // The tree tests the decoded type; an encoded one is not worth decoding here.
                if tag == .script, type.contains(UInt8(ascii: "&")) { return nil }
                if tag == .script, ASCIIBytes.contains(type, "ld+json"), close > end {
                    guard leftOut.isEmpty, !DeclarationScan.containsNoncharacter(bytes[end..<close]) else { return nil }
                    if jsonLD.count < PageFacts.limit { jsonLD.append(bytes[end..<close]) }
                }
                index = close
            case .other:
                // An end tag closes a left-out element only if nothing above it ends with a higher
                // priority in libxml2 (a <div>, a table part): not worth following.
                if !leftOut.isEmpty, !selfClosing, DeclarationScan.blocksEndTags(name) { return nil }
                if !selfClosing, let kind = DeclarationScan.leftOutKind(name) {
                    // Past this many unclosed, the page is not worth following tag by tag.
                    guard leftOut.count < 256 else { return nil }
                    leftOut.append(kind)
                }
            }
        }
    }

    /// The kind of an element the tree leaves out with its content, for names that open one
    /// (void ones such as `<input>` hold nothing).
    private static func leftOutKind(_ name: ArraySlice<UInt8>) -> HTMLTag? {
        guard let packed = PackedName(bytes: name), let tag = HTMLTag(packed), tag.isDroppedWithSubtree, tag != .style else { return nil }
        switch tag {
        case .input, .embed, .source, .area, .frame: return nil
        default: return tag
        }
    }

    /// Elements libxml2 closes only for an end tag of their own priority or higher.
    private static func blocksEndTags(_ name: ArraySlice<UInt8>) -> Bool {
        for blocker: StaticString in ["div", "td", "th", "tr", "thead", "tbody", "tfoot", "table", "head", "body", "html"]
        where ASCIIBytes.equals(name, blocker) {
            return true
        }
        return false
    }

    /// U+FFFE or U+FFFF, which libxml2 drops from script text (so the tree's JSON differs).
    private static func containsNoncharacter(_ text: ArraySlice<UInt8>) -> Bool {
        var index = text.startIndex
        while index + 2 < text.endIndex {
            if text[index] == 0xEF, text[index + 1] == 0xBF, text[index + 2] == 0xBE || text[index + 2] == 0xBF { return true }
            index += 1
        }
        return false
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        !ASCIIBytes.isSpace(byte) && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "/")
    }

    private struct Attribute {
        /// Lowercase.
        var name: String
        var value: ArraySlice<UInt8>
    }

    /// A tag's attributes from just after its name, the offset after its `>`, and whether it
    /// closes itself (`/>`; a `/` ending an unquoted value does not). Nil wherever libxml2 would
    /// read the tag otherwise: an unclosed tag or quote, a `/` between attributes, a form feed
    /// anywhere, an attribute name that does not start like a name. With `keep` false nothing is kept.
    private static func attributes(_ bytes: [UInt8], from start: Int, keep: Bool) -> ([Attribute], Int, Bool)? {
        var found: [Attribute] = []
        var seen = 0
        var cursor = start
        let count = bytes.count
        while true {
            while cursor < count, ASCIIBytes.isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") {
                if bytes[cursor] == UInt8(ascii: "/"), cursor + 1 < count, bytes[cursor + 1] == UInt8(ascii: ">") {
                    return bytes[start..<cursor].contains(0x0C) ? nil : (found, cursor + 2, true)
                }
                if bytes[cursor] == 0x0C || bytes[cursor] == UInt8(ascii: "/") { return nil }
                cursor += 1
            }
            guard cursor < count else { return nil }
            // libxml2 takes no form feed for a blank, anywhere in a tag.
            if bytes[cursor] == UInt8(ascii: ">") { return bytes[start..<cursor].contains(0x0C) ? nil : (found, cursor + 1, false) }
            let nameStart = cursor
            // libxml2 gives up on a name that does not start like one, and skips to the next
            // blank or `>` whatever the quotes say.
            guard ASCIIBytes.isMarkupNameStart(bytes[cursor]) else { return nil }
            while cursor < count, !ASCIIBytes.isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "="),
                  bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "/") {
                // libxml2 ends a name at any other byte and skips what follows to the next blank,
                // whatever the quotes say.
                guard ASCIIBytes.isMarkupNameByte(bytes[cursor]) else { return nil }
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
            // ParserGuard cuts every attribute past the 64th before libxml2 sees it.
            seen += 1
            if keep, seen <= ParserGuard.maxAttributesPerTag {
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
                var digits = Substring(name.dropFirst())
                let hex = digits.first == "x" || digits.first == "X"
                if hex { digits = digits.dropFirst() }
                // Digits only: `UInt32` would also take a sign, which libxml2 does not.
                guard !digits.isEmpty, digits.allSatisfy({ hex ? $0.isHexDigit : ("0"..."9").contains($0) }) else { return nil }
                // Only characters libxml2 takes as they are: XML's characters, less the C1 range
                // that HTML reads as windows-1252.
                guard let number = UInt32(digits, radix: hex ? 16 : 10), number == 0x9 || number == 0xA || number == 0xD
                        || (0x20...0x7F).contains(number) || (0xA0...0xD7FF).contains(number)
                        || (0xE000...0xFFFD).contains(number) || (0x10000...0x10FFFF).contains(number) else { return nil }
                resolved = Unicode.Scalar(number)
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

    /// `prefix` is lowercase.
    private static func startsIgnoringCase(_ bytes: [UInt8], at start: Int, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { pattern in
            for offset in 0..<count where ASCIIBytes.lower(bytes[start + offset]) != pattern[offset] { return false }
            return true
        }
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
