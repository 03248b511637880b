@testable import SitrepKit

/// Small pages for the extractor tests, about invented events.
enum ExtractTestPages {
    static let paragraphs = [
        "Floodwater rose by two metres overnight in the river town of Marlow Bend, forcing about 3,000 residents to leave their homes, the regional emergency office said on Tuesday.",
        "Rescue crews, working from boats and a borrowed tractor, reached the last stranded families before dawn, according to the mayor, who asked volunteers to stay away from the levee.",
        "Forecasters expect the river to crest on Thursday, and officials warned that roads to the north, including the old bridge, would stay closed until engineers had inspected them.",
    ]

    /// A page with the three paragraphs inside `<article>` surrounded by the usual furniture.
    static let newsPage = """
    <!DOCTYPE html>
    <html lang="en-GB"><head><meta charset="utf-8">
    <title>River floods Marlow Bend | Valley Courier</title>
    <style>p { color: red; } .ad { display: block; }</style>
    <script>var tracking = "script text must never appear";</script>
    </head><body>
    <header class="site-header"><a href="/">Valley Courier</a><p>Your local news since 1901, every morning.</p></header>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
    <div class="layout">
      <article>
        <h1>River floods Marlow Bend</h1>
        <p>\(paragraphs[0])</p>
        <p>\(paragraphs[1])</p>
        <p>\(paragraphs[2])</p>
      </article>
      <aside class="sidebar"><h3>Most read</h3><p>Council approves the new bus depot after a long, heated debate, and residents react to the plan.</p></aside>
    </div>
    <div class="newsletter-signup"><p>Sign up for our newsletter, delivered every morning, with the day's top stories, weather and sport.</p></div>
    <footer><p>Copyright 2016 Valley Courier Ltd, all rights reserved, registered in the valley.</p></footer>
    </body></html>
    """

    static func page(body: String, head: String = "") -> [UInt8] {
        Array("<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>".utf8)
    }

    /// The extractor with a fixed today (2024-06-01), so date checks do not depend on the clock.
    static let extractor = HTMLExtractor(today: 20240601)

    static func extract(body: String, head: String = "", hints: SourceDocument.Hints = .init()) -> ExtractedText {
        extractor.extract(page(body: body, head: head), hints: hints)
    }

    static func article(_ inner: String) -> String {
        "<article>\(inner)</article>"
    }
}
