/// The report as Markdown: an index, then each article with its provenance and clean text.
///
/// Every string that came from an article is written through ``MarkdownText``, so a renderer
/// shows it as text and never as markup; only the report's own structure is Markdown.
public struct MarkdownReport: ReportRenderer {
    public init() {}

    public func render(_ store: any ArticleStore, to output: ReportOutput) throws {
        let summaries = try store.articleSummaries()
        let overview = CorpusOverview(summaries)
        output.write("# Situation report\n\n")
        output.write("\(MarkdownText(line: overview.sentence))\n\n")
        for summary in summaries {
            let fields = [summary.day ?? "undated", summary.outlet ?? "unknown outlet", summary.title ?? "(untitled)"]
            output.write("- \(fields.map { MarkdownText(line: $0).markdown }.joined(separator: " · "))\n")
        }
        try store.forEachArticle { processed in
            let view = ArticleView(processed)
            output.write("\n---\n\n## \(MarkdownText(line: view.title))\n\n")
            output.write("*\(view.byline.map { MarkdownText(line: $0).markdown }.joined(separator: " · "))*\n\n")
            for paragraph in view.paragraphs { output.write("\(MarkdownText(paragraph: paragraph))\n\n") }
            let events = EventLine.lines(processed.article)
            if !events.isEmpty {
                output.write("**Events**\n\n")
                for event in events {
                    let facts = event.facts.map { MarkdownText(line: $0).markdown }.joined(separator: " · ")
                    output.write("- **\(MarkdownText(line: event.subEventType))** \(facts)\n")
                }
                output.write("\n")
            }
            if !view.setAside.isEmpty {
                output.write("<details><summary>Removed by cleaning (\(view.setAside.count))</summary>\n\n")
                for segment in view.setAside {
                    let oneLine = segment.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                    // Cut before escaping, so the cut never splits an entity or a backslash escape.
                    let shown = MarkdownText(line: oneLine.prefix(200))
                    output.write("- **\(MarkdownText(line: segment.reason.rawValue))**: \(shown)\(oneLine.count > 200 ? "…" : "")\n")
                }
                output.write("\n</details>\n")
            }
        }
    }
}
