/// A date or time written in the text, resolved to a calendar value.
///
///     // "on Tuesday" in an article published 2016-12-07:
///     TimeExpression(value: "2016-12-06", precision: .day, relative: true, anchor: .publication)
///
/// `value` is ISO 8601 at its precision: `2016-12-06`, `2016-12`, `2016`, or for a range the two
/// ends joined by a slash (`2016-12-05/2016-12-07`).
public struct TimeExpression: Sendable, Hashable, Codable {
    public var value: String
    public var precision: Precision
    /// Whether the value was worked out from another date ("on Tuesday", "last week") rather than
    /// written out in full.
    public var relative: Bool
    /// The date a relative expression was resolved against.
    public var anchor: Anchor?
    /// The time of day when the text gives one, `HH:MM` with its zone when stated (`18:00 ET`).
    public var time: String?
    /// A part of the day or period ("late", "early", "overnight", "mid").
    public var modifier: String?

    public init(value: String, precision: Precision, relative: Bool, anchor: Anchor? = nil, time: String? = nil,
                modifier: String? = nil) {
        self.value = value
        self.precision = precision
        self.relative = relative
        self.anchor = anchor
        self.time = time
        self.modifier = modifier
    }

    public enum Precision: String, Sendable, Hashable, Codable, CaseIterable {
        case day, month, year, range
    }

    public enum Anchor: Sendable, Hashable, Codable {
        /// The article's publication date (declared, or inferred from its text).
        case publication
        /// Another date of the text, as "the next day" follows the date told before it.
        case date(AnnotationID)
    }
}
