/// A story's aligned figures on the terminal: for each, a heading naming it (id, measure, place,
/// class, a trend's direction), then a table of its values, earliest first.
///
///     print(FigureTable(width: 100).render(figures), terminator: "")
///
///     figure:1:2 civilians remaining · east Aleppo · DISPUTED
///     date        value              owner                     sentence
///     ----------  -----------------  ------------------------  -------------------------------------------
///     2016-12-05  as low as 20,000   Moon of Alabama           The real total could easily be as low as
///                                                              20,000.
///     2016-12-05  some 270,000       U.N. via Moon of Alabama  [disputed by Moon of Alabama] The UN
///                                                              Refugees Agency and UN officials told fairy
///                                                              tales of some 270,000 civilians under siege
///                                                              in east-Aleppo.
///
/// Ids are the JSON report's ("figure:<story>:<n>"), so a figure can be looked up there. Every
/// line, the heading's too, keeps to `width`, and text from the articles is made inert
/// (``TerminalText``) before it is shown.
public struct FigureTable: Sendable {
    public var width: Int

    public init(width: Int = 100) {
        self.width = width
    }

    /// The owner's preferred width holds "U.N. via Moon of Alabama" on one line; the sentence takes
    /// the rest and wraps, since it is the one cell that is long by nature.
    public var table: TerminalTable {
        TerminalTable(columns: [
            TerminalColumn("date", minimum: 10, preferred: 10),
            TerminalColumn("value", minimum: 8, preferred: 20),
            TerminalColumn("owner", minimum: 10, preferred: 24),
            TerminalColumn("sentence", minimum: 20, preferred: 40, flexible: true),
        ], width: width)
    }

    /// The figures one after the other, a blank line between two.
    public func render(_ figures: [AlignedFigure]) -> String {
        figures.map(render).joined(separator: "\n")
    }

    /// One figure: its heading, wrapped to the width, then its values' table.
    public func render(_ figure: AlignedFigure) -> String {
        let heading = WordWrap.lines(TerminalTable.displayable(Self.heading(figure)), width: max(1, width))
        return heading.map { $0 + "\n" }.joined() + table.render(figure.values.map(Self.row))
    }

    /// "figure:1:2 civilians remaining · east Aleppo · DISPUTED", or for a trend
    /// "… · TREND, rising". The class is in capitals so the eye finds it in a long listing.
    public static func heading(_ figure: AlignedFigure) -> String {
        var verdict = figure.classification.rawValue.uppercased()
        if let direction = figure.direction { verdict += ", " + directionWord(direction) }
        let parts = [figure.measure, figure.placeName, verdict].compactMap { $0 }
        return figure.id + " " + parts.joined(separator: " · ")
    }

    public static func directionWord(_ direction: Quantity.Direction) -> String {
        switch direction {
        case .up: "rising"
        case .down: "falling"
        }
    }

    /// One value's cells, in the table's column order.
    public static func row(_ value: AlignedFigure.Value) -> [String] {
        let dispute = value.disputedBy.map { "[disputed by \($0)] " } ?? ""
        return [value.date ?? "undated", value.quantity, owner(value), dispute + value.sentence]
    }

    /// Who gives the value, and the outlet that passes it on when that is someone else:
    /// "U.N. via Moon of Alabama".
    public static func owner(_ value: AlignedFigure.Value) -> String {
        if value.isRelayed, let owner = value.owner, let outlet = value.outlet { return "\(owner) via \(outlet)" }
        return value.owner ?? value.outlet ?? "unknown"
    }
}
