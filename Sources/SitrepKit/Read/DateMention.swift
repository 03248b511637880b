/// A calendar date written out in text: "December 07, 2016", "6 December 2016", "Tue Dec 13, 2016",
/// "2016-12-13", in any language the date parser reads.
///
///     DateMention.first(in: "Some Outlet, December 07, 2016")
///     // DateMention(day: "2016-12-07", range: 13..<30)
///
/// Ranges are Unicode-scalar offsets into the string searched. Only unambiguous forms are read: a
/// numeric "07/12/2016" could be July or December, so it is left alone. The reading itself is
/// ``DateParser``'s, the one the extractor dates pages with.
public struct DateMention: Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var day: String
    public var range: Range<Int>

    public static func first(in text: String) -> DateMention? { all(in: text).first }

    public static func all(in text: String) -> [DateMention] {
        DateParser.mentions(in: text).map { DateMention(day: String($0.date.iso.prefix(10)), range: $0.range) }
    }
}

extension Unicode.Scalar {
    /// 0–9 for an ASCII digit, else nil.
    var asciiDigit: Int? { value >= 48 && value <= 57 ? Int(value - 48) : nil }
}
