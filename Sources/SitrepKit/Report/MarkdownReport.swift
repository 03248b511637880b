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
            let a = processed.article
            output.write("\n---\n\n## \(a.title ?? "(untitled)")\n\n")
            output.write("*\(ArticleByline(processed).parts.joined(separator: " · "))*\n\n")
            let text = ScalarText(a.text)
            for paragraph in a.paragraphs {
                output.write("\(text[paragraph])\n\n")
            }
            let dropped = processed.removed.filter { $0.reason != .markup }
            if !dropped.isEmpty {
                output.write("<details><summary>Removed by cleaning (\(dropped.count))</summary>\n\n")
                for segment in dropped {
                    let oneLine = segment.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                    output.write("- **\(segment.reason.rawValue)**: \(oneLine.prefix(200))\(oneLine.count > 200 ? "…" : "")\n")
                }
                output.write("\n</details>\n")
            }
        }
    }
}

/// One line that says what a corpus holds: how many articles, from how many outlets, over which days.
struct CorpusOverview {
    var articles: Int
    var outlets: [String]
    var firstDay: String?
    var lastDay: String?

    init(_ summaries: [ArticleSummary]) {
        articles = summaries.count
        outlets = Array(Set(summaries.compactMap(\.outlet))).sorted()
        let days = summaries.compactMap(\.day).sorted()
        firstDay = days.first
        lastDay = days.last
    }

    var sentence: String {
        var text = "\(articles) article\(articles == 1 ? "" : "s") from \(outlets.count) outlet\(outlets.count == 1 ? "" : "s")"
        if let firstDay, let lastDay {
            text += firstDay == lastDay ? ", dated \(firstDay)" : ", dated \(firstDay) to \(lastDay)"
        }
        return text + "."
    }
}

/// The facts a reader wants under a headline: outlet, republisher, date and how sure, byline, source.
struct ArticleByline {
    var parts: [String]

    init(_ processed: ProcessedArticle) {
        let a = processed.article
        var parts: [String] = [a.outlet ?? "unknown outlet"]
        if let date = a.published {
            parts.append(date.reliable ? date.day : "\(date.day) (uncertain)")
        } else {
            parts.append("undated")
        }
        if let copy = processed.republication {
            let by = copy.kind == .forumRepost ? "reposted on a forum" : "republished by \(copy.by ?? "another outlet")"
            parts.append(copy.on.map { "\(by) on \($0)" } ?? by)
        }
        if let byline = a.byline, byline != a.outlet { parts.append("by \(byline)") }
        parts.append(a.url ?? a.source)
        self.parts = parts
    }
}
