/// Every story's aligned figures, read from the store one story at a time: what the report, the
/// `figures` command and later the server show. Computed when asked, from the stored figures and
/// segments, so they are never stale after a corpus pass and cost one story's figures at a time.
public enum StoryFigures {
    /// - Parameter story: only this story's figures, when given.
    public static func forEach(in store: any StoryStoring & StoryLayerReading, story: Int64? = nil,
                               aligner: FigureAligner = FigureAligner(), _ body: (AlignedFigure) throws -> Void) throws {
        var stories: [StoryRecord] = []
        try store.forEachStory { record in
            if story == nil || record.id == story { stories.append(record) }
        }
        for record in stories {
            let figures = try store.measuredFigures(inArticles: record.articles)
            for figure in aligner.figures(of: record, from: figures) { try body(figure) }
        }
    }
}
