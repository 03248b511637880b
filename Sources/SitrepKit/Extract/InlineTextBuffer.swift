/// UTF-8 text built byte by byte, collapsing whitespace the way a browser lays out inline text.
///
/// Output is assembled once in a reserved byte array and turned into a `String` at the end, so a
/// page with a million text nodes costs a million appends, not a million string concatenations.
struct InlineTextBuffer {
    var bytes: [UInt8] = []
    /// Whitespace was seen and becomes one space before the next visible character.
    var pendingSpace = false
    /// Where the current paragraph starts: trimming and breaks never reach below it.
    var floor = 0

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends text with every run of whitespace (NBSP included) turned into one space. No space is
    /// put at the start of the buffer or right after a line or cell break. Returns how many visible
    /// characters (Unicode scalars other than whitespace) were added.
    @discardableResult
    mutating func appendCollapsed(_ text: ArraySlice<UInt8>) -> Int {
        var added = 0
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            let byte = text[index]
            if ASCIIBytes.isSpace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < end, text[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if pendingSpace {
                if bytes.count > floor, let last = bytes.last, last != 0x0A, last != 0x09 { bytes.append(0x20) }
                pendingSpace = false
            }
            bytes.append(byte)
            if byte & 0xC0 != 0x80 { added += 1 }
            index += 1
        }
        return added
    }

    /// Appends preformatted text as it stands, except that line ends become `\n` and blank lines
    /// are dropped (a blank line separates paragraphs in the output). Returns the visible characters.
    @discardableResult
    mutating func appendPreformatted(_ text: ArraySlice<UInt8>) -> Int {
        var added = 0
        var index = text.startIndex
        if pendingSpace, bytes.count > floor, let last = bytes.last, last != 0x0A, last != 0x09 { bytes.append(0x20) }
        pendingSpace = false
        while index < text.endIndex {
            var byte = text[index]
            index += 1
            if byte == 0x0D {
                if index < text.endIndex, text[index] == 0x0A { index += 1 }
                byte = 0x0A
            }
            if byte == 0x0A {
                trimTrailingSpaces()
                if bytes.count == floor || bytes.last == 0x0A { continue }
            } else if !ASCIIBytes.isSpace(byte), byte & 0xC0 != 0x80 {
                added += 1
            }
            bytes.append(byte)
        }
        return added
    }

    /// Ends the current line (`\n`) or table cell (`\t`) unless the buffer is empty or already ends so.
    mutating func appendBreak(_ byte: UInt8) {
        pendingSpace = false
        trimTrailingSpaces()
        guard bytes.count > floor, let last = bytes.last, last != 0x0A, last != byte else { return }
        if last == 0x09 && byte == 0x0A {
            bytes[bytes.count - 1] = byte
        } else {
            bytes.append(byte)
        }
    }

    /// Removes spaces, tabs and newlines at the end, down to ``floor``.
    mutating func trimTrailingSpaces() {
        while bytes.count > floor, let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A {
            bytes.removeLast()
        }
    }
}
