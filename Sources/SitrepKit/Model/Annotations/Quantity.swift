/// A figure in the text: its value or range, what it counts, and how sure the text is of it.
///
///     // "no more than 4-5,000 fighters"
///     Quantity(low: 4000, high: 5000, kind: .count, approx: "no more than", counts: "fighters")
///
/// `low == high` for an exact value. For a vote or a score ("375 to 34") `sides` holds each side in
/// the order written, and `low`/`high` the smaller and larger; so does a change between two levels
/// ("jumped from 240 to 273": sides 240 and 273, direction up). The qualifier says how the text
/// bounds the value: "more than 120,000" is low = high = 120,000 with approx "more than".
public struct Quantity: Sendable, Hashable, Codable {
    public var low: Double
    public var high: Double
    public var kind: Kind
    /// The qualifier as written ("more than", "at least", "as low as", "about", "+"), or nil.
    public var approx: String?
    /// A normalised unit: `percent`, `km2`, `km`, `USD`, `day` …; nil for a plain count.
    public var unit: String?
    /// What is counted, as the text names it ("civilians", "people killed"), and where.
    public var counts: String?
    public var countsSpan: Span?
    /// What happened to those counted, for casualty and displacement figures.
    public var role: Role?
    /// The place the figure is given for, a mention in the same sentence.
    public var place: AnnotationID?
    /// The date the figure is given for, a date in the same sentence.
    public var date: AnnotationID?
    /// The sides of a vote or score, or the two levels of a change ("from 240 to 273"), in the
    /// order written.
    public var sides: [Double]?
    /// Which way a change goes ("rose by 20" up, "fell 0.4 per cent" down); nil for a level.
    public var direction: Direction?
    /// The claim whose content holds the figure: its speaker owns it. Nil for the author's own
    /// figures, which the outlet owns (for a republication, the original outlet).
    public var claim: AnnotationID?
    /// What the figure measures, for the figures worth lining up across articles (counts and
    /// shares of something named); nil for a distance, a duration, a vote, or a bare number.
    public var measure: Measure?

    public init(low: Double, high: Double, kind: Kind, approx: String? = nil, unit: String? = nil, counts: String? = nil,
                countsSpan: Span? = nil, role: Role? = nil, place: AnnotationID? = nil, date: AnnotationID? = nil,
                sides: [Double]? = nil, direction: Direction? = nil, claim: AnnotationID? = nil,
                measure: Measure? = nil) {
        self.low = low
        self.high = high
        self.kind = kind
        self.approx = approx
        self.unit = unit
        self.counts = counts
        self.countsSpan = countsSpan
        self.role = role
        self.place = place
        self.date = date
        self.sides = sides
        self.direction = direction
        self.claim = claim
        self.measure = measure
    }

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case count, percent, money, area, distance, duration, weight, speed, vote, score, change, fraction, other
    }

    public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
        case up, down
    }

    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case killed, wounded, displaced, arrested, evacuated, missing, captured, besieged
    }
}
