/// One column of a ``TerminalTable``: its header, how its cells line up, and how wide it may be.
///
///     TerminalColumn("articles", alignment: .right, minimum: 3, preferred: 8)
///     TerminalColumn("outlets", minimum: 12, preferred: 30, flexible: true)
///
/// A column is as wide as its widest cell or header, up to `preferred`; when the table would be
/// too wide, columns give way down to `minimum`. The flexible column (a table has at most one)
/// also takes whatever room the others leave, past its preferred width. A cell wider than its
/// column wraps at spaces, in every column.
public struct TerminalColumn: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable {
        case left, right
    }

    public var header: String
    public var alignment: Alignment
    public var minimumWidth: Int
    public var preferredWidth: Int
    public var isFlexible: Bool

    public init(_ header: String, alignment: Alignment = .left, minimum: Int = 1, preferred: Int, flexible: Bool = false) {
        self.header = header
        self.alignment = alignment
        minimumWidth = max(1, minimum)
        preferredWidth = max(minimumWidth, preferred)
        isFlexible = flexible
    }
}
