/// One figure as the quantity reader assembles it, in token indices of the document, before it
/// becomes a ``Quantity`` annotation.
///
///     // "more than 120,000 civilians had left"
///     Figure(first: «more», end: «civilians», number: 120,000, approx: "more than", counted: «civilians»)
struct Figure: Sendable {
    /// The first token of the figure's span: its qualifier, currency or number.
    var first: Int
    /// The token after the figure's span (after its unit or "+").
    var end: Int
    var number: NumberPhrase
    var low: Double
    var high: Double
    var unit: QuantityUnit?
    var per: String?
    var approx: String?
    var counted: Range<Int>?
    /// A counted phrase lent by the figure before it ("8 people were killed and 25 wounded").
    var countedSpan: Span?
    var countedText: String?
    var role: Quantity.Role?
    var direction: Quantity.Direction?
    var sides: [Double]?
    var kind: Quantity.Kind = .count

    init(first: Int, end: Int, number: NumberPhrase) {
        self.first = first
        self.end = end
        self.number = number
        low = number.low
        high = number.high
    }

    var unitName: String? {
        guard let unit else { return per.map { "per \($0)" } }
        return per.map { "\(unit.name) per \($0)" } ?? unit.name
    }
}
