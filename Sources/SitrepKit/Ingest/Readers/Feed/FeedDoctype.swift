/// Takes a feed's document type declaration out before parsing. A doctype's internal subset may
/// declare entities (`<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>`), and a parser that reads them
/// expands them: a few nested declarations grow into gigabytes (the "billion laughs"). A feed
/// needs none of it: without the declaration only XML's five predefined entities mean anything,
/// and ``FeedEntityRepair`` turns HTML's names into characters and anything else into text.
///
///     FeedDoctype.removing(Array("<!DOCTYPE rss [<!ENTITY a \"b\">]>\n<rss>…".utf8))   // "\n<rss>…"
///
/// Only a doctype in the prologue (before the first element) goes; its newlines stay, so the
/// parser's line numbers still point into the file.
enum FeedDoctype {
    static func removing(_ bytes: [UInt8]) -> [UInt8] {
        guard let (start, end) = doctype(in: bytes) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        output.append(contentsOf: bytes[..<start])
        output.append(contentsOf: bytes[start..<end].filter { $0 == 0x0A })
        output.append(contentsOf: bytes[end...])
        return output
    }

    /// Where the prologue's doctype starts and ends; a doctype cut off by the end of the file
    /// runs to the end.
    static func doctype(in bytes: [UInt8]) -> (Int, Int)? {
        var index = FormatSniffer.firstSignificantIndex(bytes)
        while index < bytes.count {
            if FormatSniffer.isASCIIWhitespace(bytes[index]) {
                index += 1
            } else if MarkupPrologue.matches(bytes, at: index, "<?") {
                guard let close = bytes.index(ofBytes: Array("?>".utf8), from: index + 2) else { return nil }
                index = close + 2
            } else if MarkupPrologue.matches(bytes, at: index, "<!--") {
                guard let close = bytes.index(ofBytes: Array("-->".utf8), from: index + 4) else { return nil }
                index = close + 3
            } else if MarkupPrologue.matches(bytes, at: index, "<!doctype") {
                return (index, MarkupPrologue.endOfDoctype(bytes, from: index + 9) ?? bytes.count)
            } else {
                return nil
            }
        }
        return nil
    }
}
