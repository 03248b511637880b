import Foundation

/// What `sitrep stories` prints: the stored stories as a ``StoryTable``, or as JSON, the JSON
/// report's `stories[]` records in an array of their own (``StoryJSON``).
///
///     print(try StoryListing(format: .table).render(store), terminator: "")
public struct StoryListing: Sendable {
    public enum Format: Sendable {
        case table, json
    }

    public var format: Format
    public var width: Int

    public init(format: Format, width: Int = 100) {
        self.format = format
        self.width = width
    }

    /// The listing, ending in a newline. With no stories: a line saying so, or `[]` as JSON, which
    /// a program reading it expects whatever the count.
    public func render(_ store: any StoryStoring) throws -> String {
        var stories: [StoryRecord] = []
        try store.forEachStory { stories.append($0) }
        switch format {
        case .json:
            return try ListingJSON.array(stories.map(StoryJSON.init))
        case .table:
            if stories.isEmpty { return "no stories in the store (they come from ingest's corpus pass)\n" }
            return StoryTable(width: width).render(stories)
        }
    }
}
