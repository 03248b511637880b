import Testing
@testable import SitrepKit

/// Hostile text through clean and read: random mixes of markup, punctuation, scripts and line
/// breaks must never crash, and every span must stay inside the text it points into.
@Suite struct CleanerRobustnessTests {
    static let pieces: [String] = [
        "[", "]", "(", ")", "[b]", "[/b]", "[size=3]", "[url=x]", "](#)", "![", "**", "__", "&", "&amp;", "&#", "&#x;",
        "&#99999999;", ";", "<", ">", "<http://", "#", "> ", "\n", "\n\n", "\r\n", " ", "\t", ".", "!", "?", "…",
        "“", "”", "\"", "'", "By ", "Copyright © ", "Source:", "PayPal: ", "@", " · ", "Dec 4", "2016", "12:05 am by",
        "» ", "string(12) \"", "{\"a\":1}", "U.S.", "Gen.", "No.", "J.", "حلب", "東京", "é", "\u{200B}", "\u{FEFF}",
        "word", "Another Word", "The river rose overnight, officials said.",
    ]

    @Test func randomMarkupNeverBreaksCleaningOrSpans() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<1_500 {
            let count = Int(rng.next() % 60)
            let text = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            let scrapedText = rng.next() % 2 == 0
            let cleaned = TextCleaner().clean(ExtractedText(text: text), scrapedText: scrapedText)
            let length = cleaned.text.unicodeScalars.count
            let rawLength = text.unicodeScalars.count
            for span in cleaned.paragraphs { #expect(span.start >= 0 && span.end <= length) }
            for segment in cleaned.removed { #expect(segment.span.end <= rawLength) }
            let sentences = SentenceSplitter().split(cleaned.text, paragraphs: cleaned.paragraphs)
            for span in sentences { #expect(span.start >= 0 && span.end <= length && span.start < span.end) }
            _ = DateMention.all(in: text)
        }
    }

    /// A small deterministic generator, so a failure reproduces.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            return Shingles.mix(state)
        }
    }
}
