/// What parsing a deeply nested page without libxml2's depth limit would cost, estimated from the
/// bytes before paying it.
///
/// libxml2 handles every end tag by searching its stack of open elements for the one it closes:
/// all of the stack when the end tag closes nothing (a stray `</x>`), down to the match when it
/// does. So on a page nested `d` deep its work grows as `d` per end tag: harmless for an old forum
/// page 400 `<font>` tags deep, hours for a crafted one. One scan keeps a stack as libxml2 would,
/// as if every start tag of an element that takes content stayed open until an end tag closes it
/// or one of its ancestors (an overestimate where libxml2 closes `<p>` or `<li>` by itself), and
/// adds the depth at every end tag.
///
///     NestingEstimate.recoveryWork(Array("<div><div>text</div></div>".utf8))   // 2 + 1 = 3
enum NestingEstimate {
    /// Elements that never take content.
    private static let voidElements: Set<PackedName> = Set([
        "area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    ].compactMap(PackedName.init))

    /// The sum, over end tags, of the number of elements open when each is met.
    static func recoveryWork(_ bytes: [UInt8]) -> Int {
        // Open elements by name (nil: a name too long to pack, which no end tag is matched to),
        // and how many of each are open, so a match is found without searching.
        var stack: [PackedName?] = []
        var openCount: [PackedName: Int] = [:]
        var work = 0
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let closing = bytes[index + 1] == UInt8(ascii: "/")
            let nameStart = index + (closing ? 2 : 1)
            guard nameStart < count, (bytes[nameStart] | 0x20) >= UInt8(ascii: "a"), (bytes[nameStart] | 0x20) <= UInt8(ascii: "z") else {
                index += closing ? 2 : 1
                continue
            }
            var cursor = nameStart
            while cursor < count, ASCIIBytes.isAlphanumeric(bytes[cursor]) { cursor += 1 }
            let name = PackedName(bytes: bytes[nameStart..<cursor])
            // The tag's end, for a self-closing `/>`; quoted `>` are rare enough to ignore here.
            var end = cursor
            while end < count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            if closing {
                work = work.addingReportingOverflow(stack.count).overflow ? .max : work + stack.count
                if let name, openCount[name, default: 0] > 0 {
                    while let top = stack.popLast() {
                        if let top { openCount[top, default: 1] -= 1 }
                        if top == name { break }
                    }
                }
            } else if !(end > cursor && bytes[end - 1] == UInt8(ascii: "/")), !(name.map(voidElements.contains) ?? false) {
                stack.append(name)
                if let name { openCount[name, default: 0] += 1 }
            }
            index = end
        }
        return work
    }
}
