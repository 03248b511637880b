/// Judges one line of scraped text: does it belong to the article body, and if not, why not.
///
/// Rules read a line's shape and vocabulary, never a particular site's wording, so they work on
/// any outlet. Each is a small value; ``TextCleaner`` runs them in order and the first verdict wins.
protocol LineRule: Sendable {
    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason?
}

/// Where a line sits, for rules that only make sense in the header or among short lines.
struct LineContext {
    /// Before the first line of running prose: where titles, bylines and datelines live.
    var inHeader: Bool
}

extension TextLine {
    func starts(withAnyOf prefixes: PhraseList) -> Bool { prefixes.prefix(of: lowered) != nil }

    func contains(anyOf phrases: PhraseList) -> Bool { phrases.containsAny(in: lowered) }

    /// Running prose: long enough and punctuated like sentences.
    var isProse: Bool { wordCount >= 20 || (wordCount >= 10 && endsSentence) }
}
