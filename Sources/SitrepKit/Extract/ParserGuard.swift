import Foundation

/// Keeps hostile markup from making libxml2 slow.
///
/// libxml2 (2.9) checks each new attribute of a tag against all the earlier ones, so a tag with a
/// hundred thousand attributes takes seconds, and a crafted 50 MB page hours. No real tag needs
/// more than a few dozen, so attributes past ``maxAttributesPerTag`` are blanked out (overwritten
/// with spaces, which keeps every byte offset) before parsing. The scan is one linear pass that
/// knows comments and script/style content; pages without such tags come back untouched, uncopied.
enum ParserGuard {
    static let maxAttributesPerTag = 64

    static func limitingAttributes(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8]?
        input.withUnsafeBufferPointer { buffer in
            let count = buffer.count
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
            while index < count {
                guard let base, let hit = memchr(base + index, 0x3C, count - index) else { break }
                index = base.distance(to: UnsafeRawPointer(hit))
                guard index + 1 < count else { break }
                let next = buffer[index + 1]
                if next == UInt8(ascii: "!") {
                    if index + 3 < count, buffer[index + 2] == UInt8(ascii: "-"), buffer[index + 3] == UInt8(ascii: "-") {
                        index = endOfComment(buffer, from: index + 4)
                    } else {
                        index = find(UInt8(ascii: ">"), from: index + 2) + 1
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
                var attributes = 0
                while cursor < count {
                    let byte = buffer[cursor]
                    if ASCIIBytes.isSpace(byte) || byte == UInt8(ascii: "/") {
                        cursor += 1
                        continue
                    }
                    if byte == UInt8(ascii: ">") {
                        cursor += 1
                        break
                    }
                    let start = cursor
                    cursor += 1
                    while cursor < count, isNameByte(buffer[cursor]) { cursor += 1 }
                    var probe = cursor
                    while probe < count, ASCIIBytes.isSpace(buffer[probe]) { probe += 1 }
                    if probe < count, buffer[probe] == UInt8(ascii: "=") {
                        probe += 1
                        while probe < count, ASCIIBytes.isSpace(buffer[probe]) { probe += 1 }
                        if probe < count, buffer[probe] == UInt8(ascii: "\"") || buffer[probe] == UInt8(ascii: "'") {
                            probe = min(count, find(buffer[probe], from: probe + 1) + 1)
                        } else {
                            while probe < count, !ASCIIBytes.isSpace(buffer[probe]), buffer[probe] != UInt8(ascii: ">") {
                                probe += 1
                            }
                        }
                        cursor = probe
                    }
                    attributes += 1
                    if attributes > maxAttributesPerTag {
                        if output == nil { output = input }
                        for blank in start..<cursor { output![blank] = 0x20 }
                    }
                }
                index = rawText ? endOfRawText(buffer, from: cursor, closing: name) : cursor
            }
        }
        return output ?? input
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
        while cursor + 1 + length < buffer.count {
            if buffer[cursor] == UInt8(ascii: "<"), buffer[cursor + 1] == UInt8(ascii: "/") {
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
