/// What parsing a deeply nested page without libxml2's depth limit would cost, estimated from the
/// bytes before paying it.
///
/// libxml2 handles every end tag by searching its stack of open elements from the top: all of it
/// when the name is not open, down to the name when it is. It then closes down to that element
/// only if nothing above it ends with a higher priority (a `</b>` never closes past an open
/// `<div>` or `<td>`); otherwise it closes nothing, and the next such end tag searches just as
/// far. So on a page nested `d` deep its work grows as `d` per end tag: harmless for an old forum
/// page 400 `<font>` tags deep, hours for a crafted one. One scan replays that stack — as if every
/// start tag of an element that takes content stayed open until an end tag closes it (an
/// overestimate where libxml2 closes `<p>` or `<li>` by itself) — and adds up the searching.
///
///     NestingEstimate.recoveryWork(Array("<div><div>text</div></div>".utf8))   // 1 + 1 = 2
enum NestingEstimate {
    /// Elements that never take content.
    private static let voidElements: Set<PackedName> = Set([
        "area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    ].compactMap(PackedName.init))

    /// libxml2's end priorities (htmlEndPriority); every other element has 100.
    private static let endPriority: [PackedName: Int] = {
        var table: [PackedName: Int] = [:]
        for (name, priority) in [("div", 150), ("td", 160), ("th", 160), ("tr", 170), ("thead", 180), ("tbody", 180),
                                 ("tfoot", 180), ("table", 190), ("head", 200), ("body", 200), ("html", 220)] {
            table[PackedName(name)!] = priority
        }
        return table
    }()

    private static let priorityLevels = [150, 160, 170, 180, 190, 200, 220]

    /// Stack entries searched by libxml2, summed over the page's end tags.
    static func recoveryWork(_ bytes: [UInt8]) -> Int {
        // The open elements (nil: a name too long to pack, which no end tag closes), where each
        // name stands in it, and where the elements of each priority above 100 stand: enough to
        // answer libxml2's two questions without searching.
        var stack: [PackedName?] = []
        var positions: [PackedName: [Int]] = [:]
        var highPositions: [Int: [Int]] = [:]
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
                let open = name.flatMap { positions[$0]?.last }
                let searched = open.map { stack.count - $0 } ?? stack.count
                work = work.addingReportingOverflow(searched).overflow ? .max : work + searched
                if let open, let name {
                    let priority = endPriority[name] ?? 100
                    let blocked = priorityLevels.contains { $0 > priority && (highPositions[$0]?.last ?? -1) > open }
                    if !blocked {
                        while stack.count > open, let top = stack.popLast() {
                            guard let top else { continue }
                            positions[top]?.removeLast()
                            if let level = endPriority[top] { highPositions[level]?.removeLast() }
                        }
                    }
                }
            } else if !(end > cursor && bytes[end - 1] == UInt8(ascii: "/")), !(name.map(voidElements.contains) ?? false) {
                if let name {
                    positions[name, default: []].append(stack.count)
                    if let level = endPriority[name] { highPositions[level, default: []].append(stack.count) }
                }
                stack.append(name)
            }
            index = end
        }
        return work
    }
}
