/// The layers of a few articles at once, for the corpus stage's work on one story: its measured
/// figures now, its claims and words later. Each call reads only the articles asked for, so a
/// story's findings cost its own size, not the corpus'.
public protocol StoryLayerReading: Sendable {
    /// The figures of `articles` that have a ``Measure``, each with its sentence, its paragraph's
    /// index, its day and the name of the place it is of; by article and position.
    func measuredFigures(inArticles articles: [String]) throws -> [MeasuredFigureRecord]
}
