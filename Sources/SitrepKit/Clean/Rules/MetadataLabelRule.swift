/// "Region: …", "Theme: …", "Tags: …", "Filed under: …": a site's filing labels, not prose.
struct MetadataLabelRule: LineRule {
    static let labels = ["region", "theme", "themes", "topic", "topics", "tag", "tags", "category", "categories",
                         "filed under", "keywords", "section", "in-depth report", "related topics", "subjects"]

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        guard line.wordCount <= 25, let colon = line.plain.firstIndex(of: ":") else { return nil }
        let label = String(line.plain[..<colon]).lowercased().trimmingWhitespace()
        return Self.labels.contains(label) ? .metadata : nil
    }
}
