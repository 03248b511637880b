/// The corpus's stories as a terminal table: id, label, days, article count, outlets, and the
/// outlet that first reported it.
///
///     let table = StoryTable(width: 100)
///     print(table.render(records), terminator: "")
///
///     id       label                    days          articles  outlets                  first reported by
///     -------  -----------------------  ------------  --------  -----------------------  -----------------
///     story:1  Aleppo: Aleppo Citadel,  2016-12-05 –         5  Moon of Alabama, Fars    Moon of Alabama
///              held, Syrian Army        2016-12-13              News Agency, South
///                                                               Front, Reuters
///
/// Ids are the JSON report's ("story:N"), so a row can be looked up there.
public struct StoryTable: Sendable {
    public var width: Int

    public init(width: Int = 100) {
        self.width = width
    }

    /// The days column is one day wide, so a range wraps after its dash rather than taking room
    /// from the label and outlets; the count's minimum keeps its header whole.
    public var table: TerminalTable {
        TerminalTable(columns: [
            TerminalColumn("id", minimum: 7, preferred: 10),
            TerminalColumn("label", minimum: 12, preferred: 28),
            TerminalColumn("days", minimum: 10, preferred: 12),
            TerminalColumn("articles", alignment: .right, minimum: 8, preferred: 8),
            TerminalColumn("outlets", minimum: 12, preferred: 24, flexible: true),
            TerminalColumn("first reported by", minimum: 8, preferred: 18),
        ], width: width)
    }

    public func render(_ stories: [StoryRecord]) -> String {
        table.render(stories.map(Self.row))
    }

    /// One story's cells, in the table's column order.
    public static func row(_ story: StoryRecord) -> [String] {
        [
            "story:\(story.id)",
            story.label,
            span(story),
            String(story.articles.count),
            story.outlets.joined(separator: ", "),
            story.firstReportedBy ?? "unknown",
        ]
    }

    /// "2016-12-05 – 2016-12-13", one day when it starts and ends on it (or only one end is
    /// known), or "undated" for a story none of whose articles has a date.
    public static func span(_ story: StoryRecord) -> String {
        switch (story.start, story.end) {
        case let (start?, end?) where start != end: "\(start) – \(end)"
        case let (day?, _), let (nil, day?): day
        case (nil, nil): "undated"
        }
    }
}
