/// What `sitrep figures` prints: each story's aligned figures (``StoryFigures``) as a
/// ``FigureTable``, or as JSON, the JSON report's `figures[]` records in an array of their own
/// (``FigureJSON``).
///
///     print(try FigureListing(format: .table, story: 1).render(store), terminator: "")
public struct FigureListing: Sendable {
    /// The same choice as `sitrep stories`, so `--json` means one thing on every listing.
    public typealias Format = StoryListing.Format

    public var format: Format
    /// Only this story's figures, when given; it must be a stored story.
    public var story: Int64?
    public var width: Int

    public init(format: Format, story: Int64? = nil, width: Int = 100) {
        self.format = format
        self.story = story
        self.width = width
    }

    /// The listing, ending in a newline. With no figures: a line saying so, or `[]` as JSON.
    ///
    /// - Throws: ``UnknownStory`` when `story` names no stored story, rather than an empty
    ///   listing that would look like a story without figures.
    public func render(_ store: any StoryStoring & StoryLayerReading) throws -> String {
        if let story { try Self.requireStory(story, in: store) }
        var figures: [AlignedFigure] = []
        try StoryFigures.forEach(in: store, story: story) { figures.append($0) }
        switch format {
        case .json:
            return try ListingJSON.array(figures.map(FigureJSON.init))
        case .table:
            if figures.isEmpty { return emptyMessage + "\n" }
            return FigureTable(width: width).render(figures)
        }
    }

    private var emptyMessage: String {
        if let story { return "no aligned figures in \(StoryReference.text(story))" }
        return "no aligned figures in the store (a figure lines up when two articles of a story give the same measure)"
    }

    private static func requireStory(_ id: Int64, in store: any StoryStoring) throws {
        var found = false
        try store.forEachStory { if $0.id == id { found = true } }
        if !found { throw UnknownStory(id: id) }
    }

    public struct UnknownStory: Error, Sendable, Hashable, CustomStringConvertible {
        public var id: Int64

        public var description: String {
            "no story \(StoryReference.text(id)) in the store (sitrep stories lists them)"
        }
    }
}
