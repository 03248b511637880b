/// One measure as a story's sources give it: every value of it across the story's articles, and
/// whether they agree, contradict each other, move with time, or are disputed.
///
///     // civilians remaining in east Aleppo
///     270,000   U.N., via Moon of Alabama, 2016-12-05, disputed by Moon of Alabama
///     20,000    Moon of Alabama, 2016-12-05
///     tens of thousands   Syrian Observatory for Human Rights, via Reuters, 2016-12-11
///     → disputed
public struct AlignedFigure: Sendable, Hashable {
    /// "figure:<story>:<n>", stable while the story's articles are.
    public var id: String
    public var story: Int64
    public var thing: String
    public var kind: Measure.Kind
    /// The measure in words: "civilians remaining", "people killed", "share of territory taken".
    public var measure: String
    public var place: EntityID?
    /// The place in words, with its part: "east Aleppo".
    public var placeName: String?
    public var part: String?
    public var classification: Classification
    /// For a trend: which way the values go over time.
    public var direction: Quantity.Direction?
    /// Earliest first.
    public var values: [Value]

    public enum Classification: String, Sendable, Hashable, CaseIterable {
        /// Every value is compatible with every other.
        case agreement
        /// Incompatible values for the same time, from different sources.
        case contradiction
        /// Values that differ between days and agree within one.
        case trend
        /// A source relays another's value and gives its own against it.
        case disputed
    }

    /// One value of the measure, traceable to its sentence.
    public struct Value: Sendable, Hashable {
        public var quantity: String
        public var low: Double
        public var high: Double
        public var approx: String?
        /// Who gives the figure: the claim's speaker, else the outlet.
        public var owner: String?
        /// The outlet that carried it.
        public var outlet: String?
        public var date: String?
        public var sentence: String
        public var article: String
        public var span: Span
        public var sentenceSpan: Span
        public var claim: String?
        /// The outlet that relays this value and rejects it.
        public var disputedBy: String?

        /// Whether the outlet carries someone else's figure.
        public var isRelayed: Bool { owner != nil && outlet != nil && owner != outlet }
    }
}
