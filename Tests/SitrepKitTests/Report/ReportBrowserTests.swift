import Foundation
import Testing
@testable import SitrepKit

/// The HTML report opened in a real headless Chromium: what an article carries never runs.
@Suite struct ReportBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "needs Chromium (.ci/run installs it)"))
    func hostileArticlesRenderAsTextAndRunNothing() throws {
        let directory = TemporaryDirectory()
        let store = try SQLiteStore(path: directory.file("b.sqlite"))
        let hostile = """
            <img src=x onerror="document.title='pwned'"> Levee Holds

            The river rose overnight <script>document.title='pwned'</script> and families left, officials said on Monday.

            <iframe src="javascript:document.title='pwned'"></iframe> Crews <b onmouseover="x()">worked</b> all night.
            """
        // And an article with a claim and an event whose words are hostile too.
        var annotated = LayerStorageTests.annotated()
        annotated.article.layers.entities[.place(geonameID: 707308)]?.name = "<img src=x onerror=\"document.title='pwned'\">"
        try store.save([try Pipeline().process(textDocument(hostile)), annotated])
        let page = directory.file("report.html")
        let output = try ReportOutput(path: page)
        try HTMLReport().render(store, to: output)
        output.close()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--virtual-time-budget=2000", "--dump-dom", URL(fileURLWithPath: page).absoluteString]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(dom.contains("<title>Situation report</title>"), "the page's title was changed: something ran")
        for element in ["<script", "<img", "<iframe", "<b onmouseover"] {
            #expect(!dom.contains(element), "\(element) became an element")
        }
        #expect(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"))
        for part in ["claim-speaker", "claim-cue", "claim-content"] { #expect(dom.contains("<span class=\"\(part)\"")) }
        #expect(dom.contains("<section class=\"events\"><h3>Events (1)</h3>"))
    }
}
