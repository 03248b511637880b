/// "Region: …", "Tags: …", "Filed under: …": a site's filing labels, not prose. Known labels
/// count on their own; any other short label counts when what follows it is a list of links.
struct MetadataLabelRule: LineRule {
    static let labels: Set<String> = ["region", "theme", "themes", "topic", "topics", "tag", "tags", "category",
                                      "categories", "filed under", "keywords", "section", "related topics", "subjects"]

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        // "Section: 4,120" is a row of figures, not a filing label.
        guard line.wordCount <= 25, !line.isFigureRow, let colon = line.plain.firstIndex(of: ":") else { return nil }
        let label = String(line.plain[..<colon]).lowercased().trimmingWhitespace()
        if Self.labels.contains(label) { return .metadata }
        let labelWords = label.split(separator: " ").count
        return (1...3).contains(labelWords) && line.isMostlyLinks && !line.endsSentence ? .metadata : nil
    }
}
