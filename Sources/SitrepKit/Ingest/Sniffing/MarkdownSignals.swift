/// Counts the marks only Markdown makes, to call a text file Markdown when its content says so
/// however it is named. One signal alone is not enough: scraped plain text is full of `[x](#)`
/// link residue (the seeds are), and a line may start with `#` in a hashtag-heavy post.
struct MarkdownSignals {
    private(set) var headings = 0
    private(set) var links = 0
    private(set) var fences = 0
    private(set) var listItems = 0

    init(_ bytes: [UInt8]) {
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            count(line: bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
        }
    }

    /// An ATX heading with something else Markdown-only beside it.
    var isClearlyMarkdown: Bool {
        headings >= 1 && (links >= 1 || fences >= 1 || listItems >= 2 || headings >= 2)
    }

    private static let fence = Array("```".utf8)
    private static let dashItem = Array("- ".utf8)
    private static let starItem = Array("* ".utf8)

    private mutating func count(line: ArraySlice<UInt8>) {
        var hashes = 0
        var index = line.startIndex
        while index < line.endIndex && line[index] == UInt8(ascii: "#") && hashes < 7 {
            hashes += 1
            index += 1
        }
        if (1...6).contains(hashes), index + 1 < line.endIndex, line[index] == UInt8(ascii: " "),
           line[index + 1] != UInt8(ascii: " ") {
            headings += 1
        }
        if line.starts(with: Self.fence) { fences += 1 }
        if line.starts(with: Self.dashItem) || line.starts(with: Self.starItem) { listItems += 1 }
        var search = line.startIndex
        while let close = line[search...].firstIndex(of: UInt8(ascii: "]")) {
            if close + 1 < line.endIndex, line[close + 1] == UInt8(ascii: "(") { links += 1 }
            search = close + 1
        }
    }
}
