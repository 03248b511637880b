/// What parsing a deeply nested page without libxml2's depth limit would cost, estimated from the
/// bytes before paying it.
///
/// libxml2 recovers from an end tag that does not close the current element by searching its
/// stack of open elements, so on a page nested `d` deep with `e` end tags its work grows as
/// `d × e`: harmless for an old forum page 400 `<font>` tags deep, hours for a crafted one. One
/// scan counts end tags and the deepest nesting, as if every start tag of an element that takes
/// content stayed open until an end tag (an overestimate where libxml2 closes `<p>` or `<li>` by
/// itself).
///
///     NestingEstimate.recoveryWork(Array("<div><div>text</div></div>".utf8))   // 2 deep × 2 end tags = 4
enum NestingEstimate {
    /// Elements that never take content.
    private static let voidElements: Set<PackedName> = Set([
        "area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    ].compactMap(PackedName.init))

    /// Deepest nesting × number of end tags.
    static func recoveryWork(_ bytes: [UInt8]) -> Int {
        var depth = 0
        var deepest = 0
        var endTags = 0
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "/") {
                endTags += 1
                depth = max(0, depth - 1)
                index += 2
                continue
            }
            guard (next | 0x20) >= UInt8(ascii: "a"), (next | 0x20) <= UInt8(ascii: "z") else {
                index += 1
                continue
            }
            var cursor = index + 1
            while cursor < count, ASCIIBytes.isAlphanumeric(bytes[cursor]) { cursor += 1 }
            let name = PackedName(bytes: bytes[(index + 1)..<cursor])
            // The tag's end, for a self-closing `/>`; quoted `>` are rare enough to ignore here.
            var end = cursor
            while end < count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            let selfClosing = end > cursor && bytes[end - 1] == UInt8(ascii: "/")
            if !selfClosing, !(name.map(voidElements.contains) ?? false) {
                depth += 1
                deepest = max(deepest, depth)
            }
            index = end
        }
        return deepest.multipliedReportingOverflow(by: endTags).overflow ? .max : deepest * endTags
    }
}
