/// What an element's attributes say about it, read once per element.
struct ElementTraits: OptionSet {
    let rawValue: UInt16

    /// `hidden`, `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`.
    static let hidden = ElementTraits(rawValue: 1 << 0)
    /// class/id/role vocabulary of page furniture: navigation, sharing, comments, ads, bylines…
    static let negative = ElementTraits(rawValue: 1 << 1)
    /// class/id/role vocabulary of article text: article, content, body, story, post, entry, text…
    static let positive = ElementTraits(rawValue: 1 << 2)
    /// A class meant to hide the element (`sr-only`, `visually-hidden`, `d-none`…).
    static let hiddenClass = ElementTraits(rawValue: 1 << 3)
    /// `itemprop="articleBody"`.
    static let articleBody = ElementTraits(rawValue: 1 << 4)
    /// The vocabulary of a date or byline line (for finding a visible publication date).
    static let dateline = ElementTraits(rawValue: 1 << 5)
    /// The vocabulary of an update or modification stamp (never the publication date).
    static let modified = ElementTraits(rawValue: 1 << 6)
    /// The vocabulary of a byline: author, byline, `itemprop="author"`.
    static let byline = ElementTraits(rawValue: 1 << 7)
    /// The vocabulary of a hover card or tooltip (`tooltip`, `popover`, `hovercard`, `rollover`):
    /// shown only while the pointer rests on a link in the text.
    static let popup = ElementTraits(rawValue: 1 << 8)

    /// Negative without anything positive: furniture to drop.
    var isBoilerplate: Bool {
        (contains(.negative) && !contains(.positive)) || contains(.hiddenClass)
    }
}
