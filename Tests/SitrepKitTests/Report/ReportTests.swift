import Foundation
import Testing
@testable import SitrepKit

@Suite struct ReportTests {
    let directory = TemporaryDirectory()

    func store(with texts: [String]) throws -> SQLiteStore {
        let store = try SQLiteStore(path: directory.file("r.sqlite"))
        try store.save(try texts.enumerated().map { try Pipeline().process(textDocument($1, source: "doc\($0).txt")) })
        return store
    }

    func render(_ format: ReportFormat, _ store: SQLiteStore) throws -> String {
        let path = directory.file("report.\(format.rawValue)")
        let output = try ReportOutput(path: path)
        try format.renderer.render(store, to: output)
        output.close()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func jsonKeepsTheContract() throws {
        let s = try store(with: ["Flood Warning\nValley Post, May 02, 2021\n\nThe river rose overnight. Families left their homes."])
        let json = try JSONSerialization.jsonObject(with: Data(try render(.json, s).utf8)) as! [String: Any]
        let articles = json["articles"] as! [[String: Any]]
        #expect(articles.count == 1)
        let a = articles[0]
        for key in ["id", "source", "title", "outlet", "published", "text", "spans"] { #expect(a.keys.contains(key), "missing \(key)") }
        #expect(a["title"] as? String == "Flood Warning")
        #expect(a["published"] as? String == "2021-05-02")
        #expect(a["outlet"] is NSNull)
        let text = a["text"] as! String
        let sentences = (a["spans"] as! [String: Any])["sentence"] as! [[String: Int]]
        // Offsets count Unicode scalars, as Python slices strings.
        let scalars = Array(text.unicodeScalars)
        let first = String(String.UnicodeScalarView(scalars[sentences[0]["start"]!..<sentences[0]["end"]!]))
        #expect(first == "The river rose overnight.")
    }

    @Test func htmlEscapesEverythingFromArticlesAndRunsNoScript() throws {
        let s = try store(with: ["<script>alert(1)</script> Title\n\nBody with <img src=x onerror=alert(2)> and \"quotes\" & more, said officials today."])
        let html = try render(.html, s)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func markdownListsArticlesAndWhatWasRemoved() throws {
        let s = try store(with: ["Flood Warning\n\nBy Jane Roe\n\nThe river rose overnight and families left their homes, officials said."])
        let md = try render(.md, s)
        #expect(md.hasPrefix("# Situation report\n\n1 article from 0 outlets."))
        #expect(md.contains("## Flood Warning"))
        #expect(md.contains("- **byline**: By Jane Roe"))
    }

    @Test func formatFollowsTheFileExtension() {
        #expect(ReportFormat(fileName: "out/report.HTML") == .html)
        #expect(ReportFormat(fileName: "r.json") == .json)
        #expect(ReportFormat(fileName: "r.txt") == nil)
    }
}
