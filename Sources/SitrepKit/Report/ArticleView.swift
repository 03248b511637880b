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

/// An article as every report shows it: headline, the facts under it, paragraphs, and what
/// cleaning set aside (markup residue left out). Renderers only format it.
struct ArticleView {
    var title: String
    /// Outlet, date and how sure, republication, byline, where it came from.
    var byline: [String]
    var paragraphs: [String]
    var setAside: [RemovedSegment]

    init(_ processed: ProcessedArticle) {
        let a = processed.article
        title = a.title ?? "(untitled)"
        let text = ScalarText(a.text)
        paragraphs = a.paragraphs.map { text[$0] }
        setAside = processed.removed.filter { $0.reason != .markup }
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
        byline = parts
    }
}
