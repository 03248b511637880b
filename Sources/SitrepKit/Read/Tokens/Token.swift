/// One word, number or mark of an article's text, read once by ``Tokenizer`` for every reader.
///
///     // "Idlib's 4,000 fighters"
///     // word "Idlib", word "'s", number "4,000", word "fighters"
///
/// `norm` is the token lowercased, the form readers match words against; `span` points into the
/// clean text. Numbers keep their group separators ("4,000", "4.5"), so a reader sees the figure
/// whole; a sign or unit written against it ("+", "%", "km") is the next token, with no gap.
public struct Token: Sendable, Hashable {
    public var span: Span
    public var kind: Kind
    public var norm: String
    /// Whether the first letter is a capital ("Aleppo", "UN", "al-Qaeda" is not).
    public var isCapitalised: Bool
    /// Every letter a capital, and at least two of them ("UN", "SOHR", "U.S.").
    public var isAllCaps: Bool

    public init(span: Span, kind: Kind, norm: String, isCapitalised: Bool = false, isAllCaps: Bool = false) {
        self.span = span
        self.kind = kind
        self.norm = norm
        self.isCapitalised = isCapitalised
        self.isAllCaps = isAllCaps
    }

    public enum Kind: Sendable, Hashable {
        /// Letters, with the hyphens and apostrophes inside them ("al-Sham", "O'Brien"), or a
        /// dotted initialism ("U.S.").
        case word
        /// Digits with their group and decimal separators ("4,000", "4.5", "2016").
        case number
        /// Anything else, one scalar each: punctuation, symbols, currency signs.
        case mark
    }

    /// Whether `next` follows this token with no space between ("21,000" "+", "3" "km").
    public func touches(_ next: Token) -> Bool { span.end == next.span.start }
}
