/// The text of chosen subtrees as paragraphs, still as bytes, with what later filters need to know.
struct RenderedText {
    struct Paragraph {
        var range: Range<Int>
        var characters: Int
        var linkCharacters: Int
        /// Came from an `<h1>`: a headline candidate.
        var isHeadline: Bool
    }

    var bytes: [UInt8] = []
    var paragraphs: [Paragraph] = []

    var characterCount: Int { paragraphs.reduce(0) { $0 + $1.characters } }

    func string(of paragraph: Paragraph) -> String { String(decoding: bytes[paragraph.range], as: UTF8.self) }

    /// Paragraphs separated by one blank line, leaving out headline copies: an `<h1>` or a leading
    /// paragraph that reads the same as the title.
    func joined(droppingTitle title: String?) -> String {
        let titleKey = title.map(MarkupText.comparisonKey) ?? ""
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + paragraphs.count)
        var leading = true
        for paragraph in paragraphs {
            if !titleKey.isEmpty, paragraph.isHeadline || leading,
               paragraph.characters <= titleKey.unicodeScalars.count + 8,
               MarkupText.comparisonKey(string(of: paragraph)) == titleKey {
                continue
            }
            leading = false
            if !out.isEmpty { out.append(contentsOf: [0x0A, 0x0A]) }
            out.append(contentsOf: bytes[paragraph.range])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Renders subtrees as a browser would lay their text out, one paragraph per block.
///
/// `p`, headings, `li`, `blockquote` and other blocks each make a paragraph; `<br>` breaks a line
/// inside one (two in a row end it); `pre` keeps its lines; a table row whose cells hold only
/// inline content becomes one paragraph with cells separated by tabs. Paragraphs that are mostly
/// link text and short (menus, "Read more" lines) are dropped. The walk is a loop over node
/// indices with an explicit stack.
struct ParagraphRenderer {
    let tree: HTMLTree
    let layout: TreeLayout

    func render(roots: [Int], excluded: [Bool]) -> RenderedText {
        var state = State()
        let estimate = roots.reduce(0) { $0 + Int(tree[$1].end) - $1 } * 8
        state.buffer = InlineTextBuffer(capacity: min(estimate, tree.bytes.count + 64))
        var open: [Int] = []
        for root in roots {
            var index = root
            let stop = Int(tree[root].end)
            while true {
                while let top = open.last, Int(tree[top].end) <= index {
                    leave(top, &state)
                    open.removeLast()
                }
                if index >= stop { break }
                if excluded[index] {
                    index = Int(tree[index].end)
                    continue
                }
                let node = tree[index]
                if node.tag == .text {
                    let text = tree.textBytes(of: index)
                    let added = state.preDepth > 0 ? state.buffer.appendPreformatted(text) : state.buffer.appendCollapsed(text)
                    state.characters += added
                    if state.linkDepth > 0 { state.linkCharacters += added }
                    index += 1
                    continue
                }
                if node.tag == .script {
                    index = Int(node.end)
                    continue
                }
                enter(index, &state)
                if Int(node.end) == index + 1 {
                    leave(index, &state)
                } else {
                    open.append(index)
                }
                index += 1
            }
            finishParagraph(&state)
        }
        return RenderedText(bytes: state.buffer.bytes, paragraphs: state.paragraphs)
    }

    private struct State {
        var buffer = InlineTextBuffer()
        var paragraphs: [RenderedText.Paragraph] = []
        var start = 0
        var characters = 0
        var linkCharacters = 0
        var preDepth = 0
        var linkDepth = 0
        var headlineDepth = 0
        var cellsInRow = 0
    }

    private func isCell(_ index: Int) -> Bool {
        let tag = tree[index].tag
        return (tag == .td || tag == .th) && !layout.hasBlockDescendant[index]
    }

    private func enter(_ index: Int, _ state: inout State) {
        let tag = tree[index].tag
        switch tag {
        case .br:
            if state.buffer.bytes.count > state.start, state.buffer.bytes.last == 0x0A {
                finishParagraph(&state)
            } else {
                state.buffer.appendBreak(0x0A)
            }
        case .a:
            state.linkDepth += 1
        case _ where isCell(index):
            if state.cellsInRow > 0 { state.buffer.appendBreak(0x09) }
            state.cellsInRow += 1
        case .tr:
            finishParagraph(&state)
            state.cellsInRow = 0
        default:
            if tag.isBlock {
                finishParagraph(&state)
                if tag == .pre { state.preDepth += 1 }
                if tag == .h1 { state.headlineDepth += 1 }
            }
        }
    }

    private func leave(_ index: Int, _ state: inout State) {
        let tag = tree[index].tag
        switch tag {
        case .a:
            state.linkDepth -= 1
        case .br:
            break
        case _ where isCell(index):
            break
        default:
            if tag.isBlock {
                finishParagraph(&state)
                if tag == .pre { state.preDepth -= 1 }
                if tag == .h1 { state.headlineDepth -= 1 }
            }
        }
    }

    private func finishParagraph(_ state: inout State) {
        state.buffer.trimTrailingSpaces()
        let end = state.buffer.bytes.count
        if end > state.start, keeps(characters: state.characters, links: state.linkCharacters),
           !isAdLabel(state.buffer.bytes[state.start..<end], characters: state.characters) {
            state.paragraphs.append(.init(range: state.start..<end, characters: state.characters,
                                          linkCharacters: state.linkCharacters, isHeadline: state.headlineDepth > 0))
            // A newline between paragraphs keeps the next one from starting with a space; it is
            // outside every paragraph's range.
            state.buffer.bytes.append(0x0A)
        } else {
            state.buffer.bytes.removeSubrange(state.start..<end)
        }
        state.buffer.pendingSpace = false
        state.start = state.buffer.bytes.count
        state.buffer.floor = state.start
        state.characters = 0
        state.linkCharacters = 0
    }

    /// The label an ad slot prints above itself ("Advertisement", "ADVERT", "Anzeige"), alone in its
    /// block: the ad's own text is script-rendered, so the label is all that is left of it.
    private func isAdLabel(_ text: ArraySlice<UInt8>, characters: Int) -> Bool {
        guard characters <= 16 else { return false }
        var letters: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == 0xE2, index + 2 < text.endIndex, text[index + 1] == 0x80 {
                index += 3   // general punctuation: dashes, bullets, ellipsis
                continue
            }
            if ASCIIBytes.isAlphanumeric(byte) || byte >= 0x80 {
                letters.append(ASCIIBytes.lower(byte))
            } else if !ASCIIBytes.isSpace(byte) && byte != UInt8(ascii: "-") && byte != UInt8(ascii: ":") {
                return false
            }
            index += 1
        }
        return ParagraphRenderer.adLabels.contains(letters)
    }

    private static let adLabels: Set<[UInt8]> = Set(["advert", "advertisement", "advertising", "ad", "ads", "anzeige",
        "werbung", "publicité", "publicidad", "pubblicità", "reklama", "reclame"].map { Array($0.utf8) })

    /// Short paragraphs that are mostly links are navigation, not prose.
    private func keeps(characters: Int, links: Int) -> Bool {
        guard characters > 0 else { return false }
        let density = Double(links) / Double(characters)
        if density >= 0.85 { return false }
        return !(density > 0.5 && characters < 150)
    }
}
