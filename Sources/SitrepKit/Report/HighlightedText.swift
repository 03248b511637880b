/// An article's paragraphs as HTML with its readers' annotations marked: each mention, date and
/// figure a `<mark>` whose title shows the normalised value ("2016-12-06", "4,000–5,000 fighters",
/// "Aleppo · SY · 36.20, 37.16"); each claim's speaker, cue and content a `<span>` of its own class
/// around them, the cue's title saying the stance, date and relay. Everything from the article is
/// escaped.
///
///     HighlightedText(article).paragraphs[0]
///     // "<mark class=\"date\" title=\"2016-12-06 (relative)\">On Tuesday</mark>, the army …"
///
/// The markup always nests. Claim parts are the outer tier: a claim's content is split around
/// its own speaker and cue when they stand inside it, a claim nested in another's content is
/// left to the outer one, and each part is cut at paragraph breaks. Marks are the inner tier:
/// where two cover the same words the longer is shown (a figure "8 killed" over the mention
/// inside it), and a mark that would straddle a claim part's edge is left out.
struct HighlightedText {
    struct Mark {
        var span: Span
        var kind: String
        var title: String
    }

    let paragraphs: [String]

    init(_ article: Article) {
        let text = ScalarText(article.text)
        let marks = Self.marks(article)
        let parts = Self.claimParts(article)
        var out: [String] = []
        var nextMark = 0, nextPart = 0
        for paragraph in article.paragraphs {
            while nextMark < marks.count, marks[nextMark].span.end <= paragraph.start { nextMark += 1 }
            while nextPart < parts.count, parts[nextPart].span.end <= paragraph.start { nextPart += 1 }
            // The paragraph as regions: claim parts cut to it, and the gaps between them.
            var regions: [(span: Span, part: Mark?)] = []
            var at = paragraph.start
            var k = nextPart
            while k < parts.count, parts[k].span.start < paragraph.end {
                let part = parts[k]
                k += 1
                let cut = Span(start: max(part.span.start, at), end: min(part.span.end, paragraph.end))
                guard cut.start < cut.end else { continue }
                if at < cut.start { regions.append((Span(start: at, end: cut.start), nil)) }
                regions.append((cut, part))
                at = cut.end
            }
            if at < paragraph.end { regions.append((Span(start: at, end: paragraph.end), nil)) }
            var html = ""
            var m = nextMark
            for region in regions {
                let inner = Self.render(text, region.span, marks, from: &m)
                if let part = region.part {
                    let title = part.title.isEmpty ? "" : " title=\"\(part.title.htmlEscaped)\""
                    html += "<span class=\"\(part.kind)\"\(title)>\(inner)</span>"
                } else {
                    html += inner
                }
            }
            out.append(html)
        }
        paragraphs = out
    }

    /// The text of `region` with the marks wholly inside it; `next` moves past every mark that
    /// starts before the region's end, so the whole paragraph costs one pass over its marks.
    private static func render(_ text: ScalarText, _ region: Span, _ marks: [Mark], from next: inout Int) -> String {
        var html = ""
        var at = region.start
        while next < marks.count, marks[next].span.start < region.end {
            let mark = marks[next]
            if mark.span.end > region.end && mark.span.start >= region.start {
                // Straddles the region's end: left out, and the next region starts after it.
                next += 1
                continue
            }
            next += 1
            guard mark.span.start >= at, mark.span.end <= region.end else { continue }
            html += text[Span(start: at, end: mark.span.start)].htmlEscaped
            html += "<mark class=\"\(mark.kind)\" title=\"\(mark.title.htmlEscaped)\">\(text[mark.span].htmlEscaped)</mark>"
            at = mark.span.end
        }
        return html + text[Span(start: at, end: region.end)].htmlEscaped
    }

    /// Each claim's speaker, cue and content (minus the speaker and cue it holds), in text order,
    /// without overlaps: a part that starts inside one already kept belongs to a nested claim.
    static func claimParts(_ article: Article) -> [Mark] {
        let layers = article.layers
        let text = ScalarText(article.text)
        var all: [Mark] = []
        for c in layers.claims {
            let v = c.value
            var about = [v.stance == .deny ? "denial" : "claim"]
            if let date = v.date.flatMap({ layers.dates[$0] }) { about.append(date.value.value) }
            if let hedge = v.hedge { about.append("hedged: " + hedge) }
            switch v.via {
            case .outlet(let span, _): about.append("via " + text[span])
            case .claim: about.append("relayed by another claim")
            case nil: break
            }
            if v.quote { about.append("direct quote") }
            let inside = [v.speaker, v.cue].compactMap { $0 }.filter { v.content.start <= $0.start && $0.end <= v.content.end }
                .sorted { $0.start < $1.start }
            var at = v.content.start
            for hole in inside {
                if at < hole.start { all.append(Mark(span: Span(start: at, end: hole.start), kind: "claim-content", title: "")) }
                at = max(at, hole.end)
            }
            if at < v.content.end { all.append(Mark(span: Span(start: at, end: v.content.end), kind: "claim-content", title: "")) }
            if let speaker = v.speaker { all.append(Mark(span: speaker, kind: "claim-speaker", title: "")) }
            all.append(Mark(span: v.cue, kind: "claim-cue", title: about.joined(separator: " · ")))
        }
        all.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.length > $1.span.length }
        var kept: [Mark] = []
        for part in all where !part.span.isEmpty {
            if let last = kept.last, part.span.start < last.span.end { continue }
            kept.append(part)
        }
        return kept
    }

    /// Every annotation as a mark, in text order, overlaps resolved in favour of the longer.
    static func marks(_ article: Article) -> [Mark] {
        let layers = article.layers
        var all: [Mark] = []
        for m in layers.mentions {
            let entity = layers.entities[m.value.entity]
            var title = [entity?.name ?? m.value.entity.rawValue, m.value.kind.rawValue]
            if let geo = entity?.place {
                title.append(contentsOf: [geo.country ?? "", String(format2(geo.latitude)) + ", " + String(format2(geo.longitude))])
            }
            all.append(Mark(span: m.span, kind: "mention", title: title.filter { !$0.isEmpty }.joined(separator: " · ")))
        }
        for d in layers.dates {
            let v = d.value
            var title = v.value
            if let time = v.time { title += " " + time }
            if v.relative { title += " (relative)" }
            all.append(Mark(span: d.span, kind: "date", title: title))
        }
        for q in layers.quantities {
            let v = q.value
            var title = v.low == v.high ? number(v.low) : number(v.low) + "–" + number(v.high)
            if let unit = v.unit { title += " " + unit }
            if let counts = v.counts { title += " " + counts }
            if let approx = v.approx { title = approx + " " + title }
            if let role = v.role { title += " (" + role.rawValue + ")" }
            all.append(Mark(span: q.span, kind: "quantity", title: title))
        }
        all.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.length > $1.span.length }
        var kept: [Mark] = []
        for mark in all where !mark.span.isEmpty {
            if let last = kept.last, mark.span.start < last.span.end {
                if mark.span.length > last.span.length { kept[kept.count - 1] = mark }
                continue
            }
            kept.append(mark)
        }
        return kept
    }

    private static func number(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        var digits = String(Int64(abs(value)))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + digits + grouped
    }

    private static func format2(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return String(scaled)
    }
}
