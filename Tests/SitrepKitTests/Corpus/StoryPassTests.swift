import Foundation
import Testing
@testable import SitrepKit

/// Stories kept in the store between corpus passes: new articles join the stories of their days
/// without the store being clustered again.
@Suite struct StoryPassTests {
    let directory = TemporaryDirectory()

    /// An article through the whole pipeline, with its outlet and day given as an ingest gives them.
    private func article(_ name: String, outlet: String, day: String, _ paragraphs: [String]) throws -> ProcessedArticle {
        var document = textDocument(paragraphs.joined(separator: "\n\n"), source: "\(name).txt")
        document.hints.outlet = outlet
        document.hints.published = day
        return try Pipeline().process(document)
    }

    private func stories(_ store: SQLiteStore) throws -> [StoryRecord] {
        var found: [StoryRecord] = []
        try store.forEachStory { found.append($0) }
        return found
    }

    private var mosul: [[String]] {
        [["Iraqi special forces entered the eastern districts of Mosul on Tuesday, officers said.",
          "Thousands of civilians fled Mosul towards camps near Erbil as the fighting closed in."],
         ["Islamic State fighters counterattacked Iraqi troops in eastern Mosul with car bombs.",
          "Aid agencies in Erbil warned that the camps for civilians from Mosul were filling fast."],
         ["Iraqi troops advanced street by street through eastern Mosul against Islamic State snipers.",
          "Civilians who fled Mosul said food had run out, aid workers in Erbil reported."]]
    }

    @Test func aLaterPassAddsNewArticlesToTheStoriesOfTheirDays() throws {
        let store = try SQLiteStore(path: directory.file("s.sqlite"))
        try store.save([try article("m1", outlet: "Wire One", day: "2016-11-02", mosul[0]),
                        try article("m2", outlet: "Daily Two", day: "2016-11-04", mosul[1])])
        try CorpusPass().run(on: store)
        let first = try stories(store)
        #expect(first.count == 1)
        #expect(first.first?.outlets == ["Wire One", "Daily Two"])
        #expect(first.first?.label.hasPrefix("Mosul") == true)

        try store.save([try article("m3", outlet: "Gazette Three", day: "2016-11-06", mosul[2]),
                        try article("k1", outlet: "Wire One", day: "2016-11-05", [
                            "Clashes between the army and the Rapid Support Forces spread across Khartoum on Thursday.",
                            "The Sudanese Doctors Union said dozens of civilians were killed in Khartoum.",
                        ])])
        try CorpusPass().run(on: store)
        let second = try stories(store)
        #expect(second.count == 2)
        let grown = try #require(second.first { $0.id == first.first?.id })
        #expect(grown.articles.count == 3)
        #expect(grown.end == "2016-11-06")
        #expect(grown.firstReportedBy == "Wire One")
        #expect(second.contains { $0.label.hasPrefix("Khartoum") && $0.articles.count == 1 })

        // A pass with nothing new changes nothing.
        try CorpusPass().run(on: store)
        #expect(try stories(store) == second)
    }

    @Test func aCopyIsOneVoice() throws {
        let store = try SQLiteStore(path: directory.file("c.sqlite"))
        let original = try article("m1", outlet: "Wire One", day: "2016-11-02", mosul[0])
        let copy = try article("m1-copy", outlet: "Forum Four", day: "2016-11-03", mosul[0] + ["Posted by a reader."])
        try store.save([original, copy])
        try CorpusPass().run(on: store)
        let story = try #require(try stories(store).first)
        #expect(story.articles.count == 2)
        #expect(story.firstReportedBy == "Wire One")
        let (open, segmentCount) = try store.openStories(since: nil)
        #expect(segmentCount == 1)
        #expect(open.first?.segments.contains { $0.voiceOf == original.article.id } == true)
    }
}
