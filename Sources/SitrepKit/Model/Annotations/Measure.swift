/// What a figure measures: the key the corpus stage lines figures up by across articles.
///
///     // "some 270,000 civilians under siege in east-Aleppo"
///     Measure(thing: "civilian", kind: .stock, part: "east")
///     // "more than 120,000 civilians had left the eastern part of the city"
///     Measure(thing: "civilian", kind: .flow)
///     // "taking control of more than 98 percent of entire Eastern Aleppo"
///     Measure(thing: "territory", kind: .share, part: "east")
///
/// A stock is how many there are at a time (civilians remaining, fighters in a town); a flow is
/// how many moved or were struck over a time (civilians who left, people killed); a share is a
/// part of a whole (territory taken, voters for). Figures of different kinds never compare, however
/// alike their words: 120,000 who left does not contradict tens of thousands who remain.
public struct Measure: Sendable, Hashable, Codable {
    /// What is counted, normalised: the counted phrase in lower case with its head noun singular
    /// ("syrian army fighter"), what befell them after it ("person killed"), or "territory" for a
    /// share of ground.
    public var thing: String
    public var kind: Kind
    /// The place the figure is of, when its own sentence names one beyond the figure's locative
    /// (``Quantity/place`` is preferred when set).
    public var place: AnnotationID?
    /// The part of the place, by its compass word ("east" for "east Aleppo", "eastern Aleppo").
    public var part: String?

    public init(thing: String, kind: Kind, place: AnnotationID? = nil, part: String? = nil) {
        self.thing = thing
        self.kind = kind
        self.place = place
        self.part = part
    }

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case stock, flow, share
    }
}
