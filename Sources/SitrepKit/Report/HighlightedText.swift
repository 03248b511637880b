/// An article's paragraphs as HTML with its readers' annotations marked: each mention, date and
/// figure a `<mark>` whose title shows the normalised value ("2016-12-06", "4,000–5,000 fighters",
/// "Aleppo · SY · 36.20, 37.16"). Everything from the article is escaped.
///
///     HighlightedText(article).paragraphs[0]
///     // "<mark class=\"date\" title=\"2016-12-06 (relative)\">On Tuesday</mark>, the army …"
///
/// Marks never overlap: where two annotations cover the same words, the longer one is shown
/// (a figure "8 killed" over the mention inside it), so the markup always nests.
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
        var out: [String] = []
        var next = 0
        for paragraph in article.paragraphs {
            var html = ""
            var at = paragraph.start
            while next < marks.count, marks[next].span.end <= paragraph.start { next += 1 }
            var k = next
            while k < marks.count, marks[k].span.start < paragraph.end {
                let mark = marks[k]
                k += 1
                // Only marks wholly inside the paragraph: a span never crosses a paragraph break.
                guard mark.span.start >= at, mark.span.end <= paragraph.end else { continue }
                html += text[Span(start: at, end: mark.span.start)].htmlEscaped
                html += "<mark class=\"\(mark.kind)\" title=\"\(mark.title.htmlEscaped)\">\(text[mark.span].htmlEscaped)</mark>"
                at = mark.span.end
            }
            html += text[Span(start: at, end: paragraph.end)].htmlEscaped
            out.append(html)
        }
        paragraphs = out
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
