import Foundation
import Testing
@testable import SitrepKit

/// Hard-wrapped text: a paragraph's lines are joined before any rule or the main block reads
/// them; lines laid out one by one (menus, headlines, one sentence a line) stay apart.
@Suite struct LineJoinerTests {
    func lines(_ text: String) -> [TextLine] { TextLine.lines(of: ScalarText.scalars(of: text)) }

    /// A paragraph wrapped the way a fixed-width feed wraps it: greedy, at `width` columns,
    /// every line indented.
    static func wrap(_ paragraph: String, width: Int, indent: String = "    ", firstIndent: String? = nil) -> String {
        var out: [String] = []
        var prefix = firstIndent ?? indent
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty && prefix.count + line.count + 1 + word.count > width {
                out.append(prefix + line)
                prefix = indent
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        out.append(prefix + line)
        return out.joined(separator: "\n")
    }

    static let paragraphs = [
        "Aid convoys reached the northern districts of the province on Thursday after the main road was cleared of landslides, a spokesman for the relief agency said, adding that more than forty trucks had crossed the pass before nightfall.",
        "Local officials said at least 112 people had died in the floods and 4,300 had been moved to schools and mosques in the provincial capital, where tents were being put up in the grounds of the stadium for families arriving from the valleys.",
        "The agency warned that more rain was forecast for the weekend and that several villages on the river could still be reached only by helicopter.",
    ]

    @Test func wrappedParagraphsBecomeOneLineEach() {
        let text = Self.paragraphs.map { Self.wrap($0, width: 78) }.joined(separator: "\n\n")
        let read = lines(text).filter { !$0.isBlank }
        #expect(read.count == 3)
        #expect(read.map(\.plain) == Self.paragraphs)
        // The span runs over the paragraph's raw lines, indentation and newlines included.
        let raw = ScalarText(text)
        #expect(raw[read[0].span].hasSuffix("before nightfall."))
    }

    @Test func aDeeperIndentStartsAParagraphWhenNoBlankLineDoes() {
        let text = Self.paragraphs.map { Self.wrap($0, width: 72, indent: "  ", firstIndent: "     ") }.joined(separator: "\n")
        #expect(lines(text).map(\.plain) == Self.paragraphs)
    }

    @Test func wrappedTextIsCleanedWhole() {
        let text = "Floods Cut Off Mountain Villages\n\n" + Self.paragraphs.map { Self.wrap($0, width: 90) }.joined(separator: "\n\n")
        let cleaned = TextCleaner().clean(ExtractedText(text: text))
        #expect(cleaned.title == "Floods Cut Off Mountain Villages")
        #expect(cleaned.text == Self.paragraphs.joined(separator: "\n\n"))
        #expect(cleaned.removed.filter { $0.reason != .title }.isEmpty)
    }

    @Test func linesLaidOutOneByOneStayApart() {
        // Headlines of similar lengths, each capitalised.
        let headlines = """
            Harbour reopens after storm damage is repaired by navy
            Minister resigns over the handling of the grain contract
            Wildfire forces thousands to leave homes near the coast
            Teachers strike for a third day as talks with unions stall
            """
        #expect(lines(headlines).count == 4)
        // One sentence a line, as a body pasted without paragraph breaks.
        let sentences = """
            The council met on Monday to discuss the new bridge over the river.
            Members agreed to spend more on repairs to the old one this spring.
            The mayor said the work would start as soon as the ice had melted.
            """
        #expect(lines(sentences).count == 3)
    }

    @Test func aLoneWrappedSentenceIsJoined() {
        let text = "The ministry said 2,400 families had been moved from the flooded districts since the\nriver burst its banks."
        #expect(lines(text).map(\.plain) == ["The ministry said 2,400 families had been moved from the flooded districts since the river burst its banks."])
        // A headline above its story is not a wrap.
        let story = "Ministry Moves Families Out Of The Flooded River Districts Near Town\nThe ministry said 2,400 families had left."
        #expect(lines(story).count == 2)
    }

    @Test func rowsAndListItemsStartLinesOfTheirOwn() {
        let text = """
            The ministry published the latest figures for each of the provinces affected by the
            floods on Friday, and said they would be revised as teams reached the valleys:
            - Northern province: 1,204
            - Eastern province: 845
            """
        let read = lines(text)
        #expect(read.count == 3)
        #expect(read[1].isFigureRow && read[2].isFigureRow)
    }

    /// Joining is one pass over the lines: four times the text takes about four times as long.
    @Test func joiningGrowsLinearly() {
        GrowthCheck().expectLinear(base: 100) { paragraphs in
            // One long paragraph (the worst case for joining) and many short ones.
            let long = Self.wrap(String(repeating: Self.paragraphs[1] + " ", count: paragraphs), width: 80)
            let short = (0..<paragraphs).map { Self.wrap(Self.paragraphs[$0 % 3], width: 76) }.joined(separator: "\n\n")
            let raw = ScalarText.scalars(of: long + "\n\n" + short)
            return { _ = TextLine.lines(of: raw) }
        }
    }
}
