/// Attributed statements: who said what, by which words, and how.
///
///     // "Russia's Deputy Foreign Minister Sergei Ryabkov said on Sunday that no agreement had been reached."
///     // speaker "Russia's Deputy Foreign Minister Sergei Ryabkov" (the entity of "Sergei Ryabkov"),
///     // cue "said" (say, past), content "that no agreement had been reached", stance deny, date "on Sunday"
///
/// The shapes read, around a reporting verb or "according to": a speaker before the cue and the
/// content after it ("X said (that) …", "X told Reuters: …", "X said: “…”"); the content first and
/// the speaker after, in either order ("…, X said", "“…,” said X"); "according to X"; and a relayed
/// claim ("A quoted B as saying …", "… in comments reported by RIA"). A quote is taken whole, over
/// several sentences or paragraphs (``QuoteSpans``). A pronoun or role noun as speaker ("he", "the
/// minister") stands for the last fitting name before it.
///
/// Each sentence is read once, left to right, and every look-around is a few tokens wide or bounded
/// by the sentence (or the quote), so the reader is linear in the text.
public struct ClaimReader: Reader {
    public static let needs: Set<LayerName> = [.tokens, .sentences, .mentions, .dates]
    public static let adds: Set<LayerName> = [.claims]

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        var reading = ClaimReading(document)
        for sentence in document.article.sentences { reading.read(sentence) }
        document.article.layers.claims = reading.claims
    }
}
