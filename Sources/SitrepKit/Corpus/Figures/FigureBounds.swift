/// The interval a value stands for once its qualifier is read, so two values can be compared:
/// "more than 120,000" is not 130,000's contradiction, "about 500" is not 480's.
///
///     FigureBounds(low: 60, high: 60, approx: "more than")   // 60 … 72
///     FigureBounds(low: 10_000, high: 100_000, approx: nil)  // tens of thousands: as read
///
/// A lower bound ("more than", "over", "+") is read as the figure to a fifth above it: writers
/// round down to the nearest figure they can stand behind, so "more than 60%" is not 98%. An upper
/// bound ("fewer than", "up to") reaches a fifth below; an estimate ("about", "some") 15 % either
/// way; an exact figure 2 % either way, for rounding between sources.
struct FigureBounds: Hashable {
    var low: Double
    var high: Double

    init(low: Double, high: Double, approx: String?) {
        let word = approx?.lowercased() ?? ""
        if low != high {
            self.low = low
            self.high = high
        } else if Self.lowerBounds.contains(word) {
            self.low = low
            self.high = high * 1.2
        } else if Self.upperBounds.contains(word) {
            self.low = low * 0.8
            self.high = high
        } else if Self.nearlyBounds.contains(word) {
            self.low = low * 0.85
            self.high = high
        } else if word.isEmpty {
            self.low = low * 0.98
            self.high = high * 1.02
        } else {
            self.low = low * 0.85
            self.high = high * 1.15
        }
    }

    func overlaps(_ other: FigureBounds) -> Bool { low <= other.high && other.low <= high }

    var middle: Double { (low + high) / 2 }

    private static let lowerBounds: Set<String> = [
        "more than", "over", "at least", "+", "upwards of", "in excess of", "exceeding", "above", "no fewer than",
        "no less than", "not less than", "well over", "just over", "beyond", "upward of",
    ]
    private static let upperBounds: Set<String> = [
        "less than", "fewer than", "under", "up to", "at most", "no more than", "not more than", "as many as",
        "no larger than", "below", "a maximum of", "just under",
    ]
    private static let nearlyBounds: Set<String> = ["nearly", "almost", "close to", "just short of", "approaching"]
}
