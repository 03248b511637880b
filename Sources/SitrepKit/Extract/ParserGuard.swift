import Foundation

/// Prepares markup for libxml2: keeps hostile markup from making it slow, and spares it the
/// script and style text that no later pass reads.
///
/// libxml2 (2.9) checks each new attribute of a tag against all the earlier ones, so a tag with a
/// hundred thousand attributes takes seconds, and a crafted 50 MB page hours. No real tag needs
/// more than a few dozen, so attributes past ``maxAttributesPerTag`` are replaced by one space.
///
/// Attributes the tree does not keep (`srcset`, `data-*`, `onclick`, tracking parameters…) are a
/// large share of a modern page's bytes and of libxml2's work (it decodes, copies and links each
/// one): well-formed ones are cut to a space. Malformed ones are left for libxml2 to recover from
/// as it would.
///
/// Script and style text is about half the bytes of a news page, and libxml2 decodes it one
/// character at a time only for the tree copy to drop it (``HTMLTree`` keeps JSON-LD scripts
/// alone). So the text between `<script …>` or `<style …>` and its closing tag is cut out unless the
/// tag mentions `ld+json`; libxml2 ends that text at the same `</script` or `</style`, so the tree
/// is the same. A self-closing tag or one without a closing tag is left alone. Comments and the
/// inside of inline `<svg>` icons (another tenth of the bytes) go the same way: the tree copy
/// drops them too.
///
/// The scan is one linear pass that knows comments and script/style content; pages with nothing
/// to change come back untouched, uncopied.
enum ParserGuard {
    static let maxAttributesPerTag = 64

    static func prepared(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8]?
        // Input before this offset is already in `output` (or was cut).
        var copied = 0
        input.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            func cut(_ range: Range<Int>, replacement: UInt8?) {
                if output == nil {
                    output = []
                    output!.reserveCapacity(count)
                }
                output!.append(contentsOf: buffer[copied..<range.lowerBound])
                if let replacement { output!.append(replacement) }
                copied = range.upperBound
            }
            var index = 0
            func find(_ byte: UInt8, from start: Int) -> Int {
                var cursor = start
                while cursor < count, buffer[cursor] != byte { cursor += 1 }
                return cursor
            }
            func isNameByte(_ byte: UInt8) -> Bool {
                !ASCIIBytes.isSpace(byte) && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "/")
                    && byte != UInt8(ascii: "=")
            }
            let base = UnsafeRawPointer(buffer.baseAddress)
            // Where the next `</script`, `</style`, `</svg` and `<svg` are: each search starts
            // where the last one did or later, so a page of a thousand unclosed `<svg>` tags
            // searches its rest once, not a thousand times.
            var scriptEnds = NextMatch(), styleEnds = NextMatch(), svgEnds = NextMatch(), svgStarts = NextMatch()
            while index < count {
                guard let base, let hit = memchr(base + index, 0x3C, count - index) else { break }
                index = base.distance(to: UnsafeRawPointer(hit))
                guard index + 1 < count else { break }
                let next = buffer[index + 1]
                if next == UInt8(ascii: "!") {
                    if index + 3 < count, buffer[index + 2] == UInt8(ascii: "-"), buffer[index + 3] == UInt8(ascii: "-") {
                        let end = endOfComment(buffer, from: index + 4)
                        if end < count { cut(index..<end, replacement: nil) }
                        index = end
                    } else {
                        // A doctype's quoted literal may hold a `>`, as libxml2 reads it.
                        var cursor = index + 2
                        while cursor < count, buffer[cursor] != UInt8(ascii: ">") {
                            if buffer[cursor] == UInt8(ascii: "\"") || buffer[cursor] == UInt8(ascii: "'") {
                                cursor = find(buffer[cursor], from: cursor + 1)
                            }
                            cursor += 1
                        }
                        index = cursor + 1
                    }
                    continue
                }
                guard (next | 0x20) >= UInt8(ascii: "a"), (next | 0x20) <= UInt8(ascii: "z") else {
                    index += 1
                    continue
                }
                var cursor = index + 1
                while cursor < count, isNameByte(buffer[cursor]) { cursor += 1 }
                let name = buffer[(index + 1)..<cursor]
                let rawText = ASCIIBytes.equals(name, "script") || ASCIIBytes.equals(name, "style")
                let isSVG = ASCIIBytes.equals(name, "svg")
                var attributes = 0
                var closed = false
                // Past a malformed attribute (a name that does not start like one, a `/` or form
                // feed between attributes) libxml2 reads the tag its own way, which this scan does
                // not follow: nothing more is cut from it.
                var malformed = false
                // libxml2 takes no form feed for a blank: a tag with one is read its own way.
                if let close = memchr(base + cursor, 0x3E, count - cursor), memchr(base + cursor, 0x0C, (base + cursor).distance(to: UnsafeRawPointer(close))) != nil {
                    malformed = true
                }
                while cursor < count {
                    let byte = buffer[cursor]
                    if ASCIIBytes.isSpace(byte) || byte == UInt8(ascii: "/") {
                        if byte == 0x0C || (byte == UInt8(ascii: "/") && cursor + 1 < count && buffer[cursor + 1] != UInt8(ascii: ">")) {
                            malformed = true
                        }
                        cursor += 1
                        continue
                    }
                    if byte == UInt8(ascii: ">") {
                        closed = buffer[cursor - 1] != UInt8(ascii: "/")
                        cursor += 1
                        break
                    }
                    let start = cursor
                    if !ASCIIBytes.isMarkupNameStart(byte) { malformed = true }
                    cursor += 1
                    while cursor < count, isNameByte(buffer[cursor]) {
                        if !ASCIIBytes.isMarkupNameByte(buffer[cursor]) { malformed = true }
                        cursor += 1
                    }
                    let nameEnd = cursor
                    var closedValue = true
                    var probe = cursor
                    while probe < count, ASCIIBytes.isSpace(buffer[probe]) { probe += 1 }
                    if probe < count, buffer[probe] == UInt8(ascii: "=") {
                        probe += 1
                        while probe < count, ASCIIBytes.isSpace(buffer[probe]) { probe += 1 }
                        if probe < count, buffer[probe] == UInt8(ascii: "\"") || buffer[probe] == UInt8(ascii: "'") {
                            let close = find(buffer[probe], from: probe + 1)
                            closedValue = close < count
                            probe = min(count, close + 1)
                        } else {
                            while probe < count, !ASCIIBytes.isSpace(buffer[probe]), buffer[probe] != UInt8(ascii: ">") {
                                probe += 1
                            }
                        }
                        cursor = probe
                    }
                    attributes += 1
                    if attributes > maxAttributesPerTag
                        || (!malformed && closedValue && isUnread(buffer[start..<nameEnd])) {
                        cut(start..<cursor, replacement: 0x20)
                    }
                }
                if isSVG, closed {
                    // Icons: path data no pass reads. A nested `<svg>` is left alone, as the first
                    // `</svg>` would close the wrong one.
                    let end = svgEnds.first(from: cursor) { endOfRawText(buffer, from: $0, closing: name) }
                    let nextOpening = svgStarts.first(from: cursor) { nextOpeningSVG(buffer, from: $0) }
                    if end < count, end > cursor, nextOpening >= end {
                        cut(cursor..<end, replacement: nil)
                        index = end
                        continue
                    }
                }
                // libxml2 reads `<script/>` as an empty element and what follows as markup.
                guard rawText, closed else {
                    index = cursor
                    continue
                }
                let isScript = ASCIIBytes.equals(name, "script")
                let end = isScript ? scriptEnds.first(from: cursor) { endOfRawText(buffer, from: $0, closing: name) }
                                   : styleEnds.first(from: cursor) { endOfRawText(buffer, from: $0, closing: name) }
                if end < count, end > cursor, !ASCIIBytes.contains(buffer[index..<cursor], "ld+json") {
                    cut(cursor..<end, replacement: nil)
                }
                index = end
            }
            if output != nil { output!.append(contentsOf: buffer[copied..<count]) }
        }
        return output ?? input
    }

    /// Whether the tree leaves out an attribute of this (well-formed) name: cutting it leaves
    /// the same tree.
    private static func isUnread(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let packed = PackedName(bytes: name) else { return true }   // too long or dotted: no name the tree reads
        return !HTMLAttribute.isRead(packed)
    }

    /// The first position at or after `from` where a search matches, remembered: a search from
    /// a later start that does not pass the remembered match has the same answer.
    private struct NextMatch {
        private var from = Int.max
        private var match = 0

        mutating func first(from start: Int, search: (Int) -> Int) -> Int {
            if start >= from, start <= match { return match }
            from = start
            match = search(start)
            return match
        }
    }

    /// Where the next `<svg` (any case, followed by a space, `>` or `/`) starts; the buffer's
    /// end when there is none.
    private static func nextOpeningSVG(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var cursor = start
        while cursor + 4 < buffer.count {
            if buffer[cursor] == UInt8(ascii: "<"), ASCIIBytes.equals(buffer[(cursor + 1)...(cursor + 3)], "svg"),
               ASCIIBytes.isSpace(buffer[cursor + 4]) || buffer[cursor + 4] == UInt8(ascii: ">") || buffer[cursor + 4] == UInt8(ascii: "/") {
                return cursor
            }
            cursor += 1
        }
        return buffer.count
    }

    private static func endOfComment(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var cursor = start
        while cursor + 2 < buffer.count {
            if buffer[cursor] == UInt8(ascii: "-"), buffer[cursor + 1] == UInt8(ascii: "-"),
               buffer[cursor + 2] == UInt8(ascii: ">") { return cursor + 3 }
            cursor += 1
        }
        return buffer.count
    }

    /// The position of `</script` (or `</style`) after `start`, where markup starts again.
    private static func endOfRawText(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, closing name: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var cursor = start
        let length = name.count
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return buffer.count }
        while cursor + 1 + length < buffer.count {
            guard let hit = memchr(base + cursor, 0x3C, buffer.count - cursor) else { break }
            cursor = base.distance(to: UnsafeRawPointer(hit))
            guard cursor + 1 + length < buffer.count else { break }
            if buffer[cursor + 1] == UInt8(ascii: "/") {
                var offset = 0
                while offset < length, ASCIIBytes.lower(buffer[cursor + 2 + offset]) == ASCIIBytes.lower(name[name.startIndex + offset]) {
                    offset += 1
                }
                if offset == length { return cursor }
            }
            cursor += 1
        }
        return buffer.count
    }
}
