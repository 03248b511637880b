@testable import SitrepKit

/// An article whose every field a report shows is an attack on the page it is shown in: markup
/// that runs, Markdown that restructures the report, links with a `javascript:` target.
enum HostileArticle {
    static let title = "<script>alert(1)</script> # Breaking *news* #"
    static let byline = "<img src=x onerror=alert(2)>"
    static let outlet = "Evil | Outlet <iframe src=javascript:alert(3)>"
    static let url = "javascript:alert(4)"
    static let republisher = "<svg onload=alert(5)>"
    static let paragraphs = [
        "Fighting resumed, [x](javascript:alert(6)) said the army <b onmouseover=alert(7)>today</b>.\n# Not a heading\n1. not a list | cell",
        "Алеппо — حلب — 阿勒颇: café _naïve_ `code` ~~struck~~ > quoted & done.",
    ]
    static let actor = "[x](javascript:alert(6))"
    static let action = "<a href=javascript:alert(8)>clash</a>"
    static let removedText = "By <img src=y onerror=alert(9)>\n- [more](javascript:alert(10))"

    static func processed() -> ProcessedArticle {
        let text = paragraphs.joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        func span(_ part: String) -> Span {
            let p = Array(part.unicodeScalars)
            let start = (0...(scalars.count - p.count)).first { Array(scalars[$0..<$0 + p.count]) == p }!
            return Span(start: start, end: start + p.count)
        }
        var layers = Layers()
        layers.events.append(Annotation(span: span(paragraphs[0]), value: Event(
            subEventType: .armedClash, action: action, actor1: EventActor(span: span(actor), kind: .stateForces))))
        let article = Article(id: "hostile", contentHash: "hostile-hash", source: "hostile.html", format: .html, url: url,
                              title: title, outlet: outlet, byline: byline, text: text,
                              paragraphs: paragraphs.map(span), sentences: paragraphs.map(span), layers: layers)
        return ProcessedArticle(article: article, rawText: text,
                                removed: [RemovedSegment(span: Span(start: 0, end: 0), reason: .byline, text: removedText)],
                                republication: Republication(kind: .republished, by: republisher, on: "2024-01-02"),
                                readVersion: ReadingStage.version)
    }
}
