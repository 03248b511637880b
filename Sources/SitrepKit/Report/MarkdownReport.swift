/// The report as Markdown: an index, then each article with its provenance and clean text.
public struct MarkdownReport: ReportRenderer {
    public init() {}

    public func render(_ store: any ArticleStore, to output: ReportOutput) throws {
        let summaries = try store.articleSummaries()
        let overview = CorpusOverview(summaries)
        output.write("# Situation report\n\n")
        output.write("\(overview.sentence)\n\n")
        for summary in summaries {
            output.write("- \(summary.day ?? "undated") · \(summary.outlet ?? "unknown outlet") · \(summary.title ?? "(untitled)")\n")
        }
        try store.forEachArticle { processed in
            let view = ArticleView(processed)
            output.write("\n---\n\n## \(view.title)\n\n")
            output.write("*\(view.byline.joined(separator: " · "))*\n\n")
            for paragraph in view.paragraphs { output.write("\(paragraph)\n\n") }
            let events = EventLine.lines(processed.article)
            if !events.isEmpty {
                output.write("**Events**\n\n")
                for event in events { output.write("- **\(event.subEventType)** \(event.facts.joined(separator: " · "))\n") }
                output.write("\n")
            }
            if !view.setAside.isEmpty {
                output.write("<details><summary>Removed by cleaning (\(view.setAside.count))</summary>\n\n")
                for segment in view.setAside {
                    let oneLine = segment.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                    output.write("- **\(segment.reason.rawValue)**: \(oneLine.prefix(200))\(oneLine.count > 200 ? "…" : "")\n")
                }
                output.write("\n</details>\n")
            }
        }
    }
}
