/// The report as one self-contained HTML file: inline CSS, no script, no network.
///
/// Everything that came from an article is escaped; nothing from an article can run in the page.
/// Each article's names, dates and figures are marked, the normalised value in the mark's title
/// (shown on hover); its claims show speaker, cue and content each in their own style, and its
/// events follow the text, typed with ACLED's codebook.
public struct HTMLReport: ReportRenderer {
    public init() {}

    public func render(_ store: any ArticleStore, to output: ReportOutput) throws {
        let summaries = try store.articleSummaries()
        let overview = CorpusOverview(summaries)
        output.write("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Situation report</title>
            <style>\(Self.css)</style></head><body>
            <header><h1>Situation report</h1><p class="overview">\(overview.sentence.htmlEscaped)</p></header>
            <nav><h2>Articles</h2><table><thead><tr><th>Date</th><th>Outlet</th><th>Title</th></tr></thead><tbody>

            """)
        for s in summaries {
            output.write("<tr><td>\((s.day ?? "undated").htmlEscaped)</td>"
                + "<td>\((s.outlet ?? "unknown").htmlEscaped)</td>"
                + "<td><a href=\"#a-\(s.id.htmlEscaped)\">\((s.title ?? "(untitled)").htmlEscaped)</a></td></tr>\n")
        }
        output.write("</tbody></table></nav>\n<main>\n")
        try store.forEachArticle { processed in
            let view = ArticleView(processed)
            output.write("<article id=\"a-\(processed.article.id.htmlEscaped)\"><h2>\(view.title.htmlEscaped)</h2>\n")
            output.write("<p class=\"meta\">\(view.byline.map(\.htmlEscaped).joined(separator: " · "))</p>\n")
            for paragraph in HighlightedText(processed.article).paragraphs { output.write("<p dir=\"auto\">\(paragraph)</p>\n") }
            let events = EventLine.lines(processed.article)
            if !events.isEmpty {
                output.write("<section class=\"events\"><h3>Events (\(events.count))</h3><ol>\n")
                for event in events {
                    output.write("<li><b title=\"\(event.eventType.htmlEscaped)\">\(event.subEventType.htmlEscaped)</b> "
                        + event.facts.map { "<span>\($0.htmlEscaped)</span>" }.joined(separator: " · ")
                        + "<q dir=\"auto\">\(String(event.sentence.prefix(400)).htmlEscaped)</q></li>\n")
                }
                output.write("</ol></section>\n")
            }
            if !view.setAside.isEmpty {
                output.write("<details><summary>Removed by cleaning (\(view.setAside.count))</summary><ul>\n")
                for segment in view.setAside {
                    output.write("<li><span class=\"reason\">\(segment.reason.rawValue.htmlEscaped)</span> \(String(segment.text.prefix(600)).htmlEscaped)</li>\n")
                }
                output.write("</ul></details>\n")
            }
            output.write("</article>\n")
        }
        output.write("</main><footer>Made by Sitrep. Offsets and removed text are in the JSON report.</footer></body></html>\n")
    }

    static let css = """
        :root{--ink:#1d232b;--muted:#5d6773;--line:#dfe3e8;--accent:#8a2d1c;--paper:#fbfaf7}
        *{box-sizing:border-box}body{margin:0;background:var(--paper);color:var(--ink);
        font:17px/1.6 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif}
        header,nav,main,footer{max-width:46rem;margin:0 auto;padding:0 1.25rem}
        header{padding-top:2.5rem;border-bottom:3px solid var(--ink)}h1{font-size:2rem;margin:0 0 .25rem;letter-spacing:-.01em}
        .overview{color:var(--muted);margin:0 0 1rem}nav h2{font-size:1rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
        table{border-collapse:collapse;width:100%;font:14px/1.4 system-ui,sans-serif}th,td{text-align:left;padding:.35rem .5rem .35rem 0;
        border-bottom:1px solid var(--line);vertical-align:top}th{color:var(--muted);font-weight:600}td:first-child{white-space:nowrap}
        a{color:var(--accent)}article{padding:2rem 0;border-bottom:1px solid var(--line)}article h2{font-size:1.45rem;line-height:1.25;margin:0 0 .35rem}
        .meta{font:13px/1.4 system-ui,sans-serif;color:var(--muted);margin:0 0 1rem;overflow-wrap:anywhere}
        details{font:13px/1.45 system-ui,sans-serif;color:var(--muted);margin-top:1rem}summary{cursor:pointer}
        details li{margin:.3rem 0;overflow-wrap:anywhere}.reason{display:inline-block;min-width:7.5rem;font-weight:600;color:var(--ink)}
        mark{background:none;border-bottom:2px solid;padding:0 .05em;color:inherit}mark.mention{border-color:#3b6ea8}
        mark.date{border-color:#4f8a3b}mark.quantity{border-color:var(--accent);background:#f6e9e4}
        .claim-speaker{background:#e3ecf7;border-radius:2px}.claim-cue{font-style:italic;text-decoration:underline dotted #3b6ea8}
        .claim-content{background:#fbf3d5}.events{font:14px/1.45 system-ui,sans-serif;margin-top:1rem}
        .events h3{font-size:.95rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 .4rem}
        .events li{margin:.45rem 0}.events q{display:block;color:var(--muted);overflow-wrap:anywhere}
        footer{color:var(--muted);font:13px system-ui,sans-serif;padding:2rem 1.25rem 3rem}
        """
}
