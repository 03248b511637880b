import Foundation
import Testing
@testable import SitrepKit

/// Stories from small corpora written for these tests (Iraq, Sudan, Ukraine), then from the seeds.
@Suite struct StoriesTests {
    /// An article of paragraphs, read by the standard readers.
    static func article(_ id: String, outlet: String, day: String, _ paragraphs: [String]) -> Article {
        let text = paragraphs.joined(separator: "\n\n")
        var spans: [Span] = []
        var at = 0
        for p in paragraphs {
            let n = ScalarText(p).count
            spans.append(Span(start: at, end: at + n))
            at += n + 2
        }
        let article = Article(id: id, contentHash: id, source: "\(id).txt", format: .text, outlet: outlet,
                              published: PublicationDate(value: day, source: .container, reliable: true), text: text, paragraphs: spans)
        return ReadingStage.standard.read(article)
    }

    static let mosul = [
        article("m1", outlet: "Wire One", day: "2016-11-02", [
            "Iraqi special forces entered the eastern districts of Mosul on Tuesday, officers said.",
            "The offensive to retake Mosul from Islamic State began two weeks ago with Kurdish Peshmerga fighters east of the city.",
            "Thousands of civilians fled Mosul towards camps near Erbil as the fighting closed in.",
        ]),
        article("m2", outlet: "Daily Two", day: "2016-11-04", [
            "Islamic State fighters counterattacked Iraqi troops in eastern Mosul with car bombs.",
            "Residents of Mosul said shelling hit the Gogjali district as special forces advanced.",
            "Aid agencies in Erbil warned that the camps for civilians from Mosul were filling fast.",
        ]),
    ]
    static let khartoum = [
        article("k1", outlet: "Wire One", day: "2016-11-03", [
            "Clashes between the army and the Rapid Support Forces spread across Khartoum on Thursday.",
            "Residents of Omdurman and Khartoum reported gunfire near the airport and the presidential palace.",
            "The Sudanese Doctors Union said dozens of civilians were killed in Khartoum.",
        ]),
        article("k2", outlet: "Gazette Three", day: "2016-11-05", [
            "Fighting between the army and the Rapid Support Forces raged for a third day in Khartoum.",
            "Doctors in Omdurman said hospitals could no longer take the wounded from Khartoum.",
        ]),
    ]

    static func cluster(_ articles: [Article], voices: [String: String] = [:]) -> StoryClusterer {
        var clusterer = StoryClusterer()
        for a in articles {
            for segment in StorySegmenter().segments(of: a, voiceOf: voices[a.id]) { clusterer.add(segment) }
        }
        return clusterer
    }

    static func storyArticles(_ clusterer: StoryClusterer) -> Set<Set<String>> {
        Set(clusterer.stories.map { Set($0.articles) })
    }

    @Test func articlesOnTwoEventsMakeTwoStoriesWhateverTheOrder() {
        let interleaved = [Self.mosul[0], Self.khartoum[0], Self.mosul[1], Self.khartoum[1]]
        let expected: Set<Set<String>> = [["m1", "m2"], ["k1", "k2"]]
        #expect(Self.storyArticles(Self.cluster(interleaved)) == expected)
        #expect(Self.storyArticles(Self.cluster(interleaved.reversed())) == expected)
    }

    @Test func aStoryKnowsItsDays() throws {
        let story = try #require(Self.cluster(Self.mosul).stories.first)
        #expect(story.firstDay == "2016-11-02")
        #expect(story.lastDay == "2016-11-04")
    }

    @Test func theSameSubjectMonthsLaterIsAnotherStory() {
        let later = Self.article("m3", outlet: "Daily Two", day: "2017-03-01", [
            "Iraqi special forces advanced into western Mosul, officers said.",
            "Civilians fled Mosul towards camps near Erbil as Islamic State fighters fought on.",
        ])
        let stories = Self.storyArticles(Self.cluster(Self.mosul + [later]))
        #expect(stories == [["m1", "m2"], ["m3"]])
    }

    @Test func aRepeatIsOneVoiceInTheStoryOfWhatItRepeats() throws {
        let copy = Self.article("m1-copy", outlet: "Forum Four", day: "2016-11-02", [
            "Iraqi special forces entered the eastern districts of Mosul on Tuesday, officers said.",
        ])
        let clusterer = Self.cluster(Self.mosul + Self.khartoum + [copy], voices: ["m1-copy": "m1"])
        let story = try #require(clusterer.stories.first { $0.articles.contains("m1") })
        #expect(story.articles.contains("m1-copy"))
        let withoutCopy = try #require(Self.cluster(Self.mosul + Self.khartoum).stories.first { $0.articles.contains("m1") })
        #expect(story.terms == withoutCopy.terms)
    }

    @Test func aSectionOnAnotherPlaceIsASegmentOfItsOwn() {
        let report = Self.article("r1", outlet: "Wire One", day: "2016-11-06", [
            "Iraqi special forces pushed deeper into eastern Mosul on Sunday as Islamic State fighters fought back.",
            "Civilians fleeing Mosul reached camps near Erbil, aid agencies said.",
            "RAQQA",
            "In Syria, Kurdish-led fighters began an offensive on Raqqa, the group's stronghold.",
            "Air strikes hit villages north of Raqqa, monitors said.",
            "The forces said they aimed to isolate Raqqa before storming it.",
        ])
        let segments = StorySegmenter().segments(of: report)
        #expect(segments.count == 2)
        // The heading "RAQQA" goes with its section when it is read as the place.
        #expect(Set([3, 4, 5]).isSubset(of: segments.last?.paragraphs ?? []))
        #expect(Set([0, 1]).isSubset(of: segments.first?.paragraphs ?? []))
        #expect(Set(segments[0].paragraphs).isDisjoint(with: segments.last?.paragraphs ?? []))
    }

    @Test func anArticleWithoutPlacesIsOneSegment() {
        let plain = Self.article("p", outlet: "Wire One", day: "2016-11-06", ["Nothing here names a town.", "Nor does this."])
        #expect(StorySegmenter().segments(of: plain).map(\.paragraphs) == [[0, 1]])
    }

    @Test func contentWordsLeaveOutNamesShortWordsAndReportingWords() {
        #expect(StoryTerms.contentWords("Rebels said the evacuation of Aleppo began; the rebels left.") == ["evacuation", "began", "rebel", "left"])
    }
}

/// The seeds: five outlets on the battle for Aleppo, one of them with a section on Palmyra.
@Suite struct SeedStoriesTests {
    static let clusterer: StoryClusterer = {
        var clusterer = StoryClusterer()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds))?.sorted() ?? []
        for file in files {
            let path = (PackagePaths.seeds as NSString).appendingPathComponent(file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                  let article = try? Pipeline().process(textDocument(text, source: path)).article else { continue }
            for segment in StorySegmenter().segments(of: article) { clusterer.add(segment) }
        }
        return clusterer
    }()

    @Test func oneStoryHoldsEveryOutletAndPalmyraIsAStoryOfItsOwn() throws {
        let stories = Self.clusterer.stories
        let aleppo = try #require(stories.max { $0.articles.count < $1.articles.count })
        #expect(aleppo.articles.count == 5)
        #expect(Set(aleppo.outlets).count >= 5, "\(aleppo.outlets)")
        #expect(Self.clusterer.label(of: aleppo).hasPrefix("Aleppo"))
        let palmyra = try #require(stories.first { Self.clusterer.label(of: $0).hasPrefix("Palmyra") })
        #expect(palmyra.articles.count == 1)
        #expect(palmyra.firstReportedBy == "Reuters")
        #expect(stories.count == 2)
    }
}

/// Adding a segment costs what its own subject's stories cost, not the whole corpus: many stories,
/// each on its own place, all sharing the same few common words.
@Suite struct StoryClustererGrowthTests {
    @Test func manyStoriesSharingCommonWords() {
        GrowthCheck().expectLinear(base: 300, "segments on distinct places") { n in
            let segments = (0..<n).map { i in
                StorySegment(article: "a\(i)", outlet: "Outlet \(i % 7)", day: "2020-01-01", paragraphs: [0], focus: "geonames:\(i)",
                             terms: ["geonames:\(i)": 3, "w:forces": 1, "w:attack": 1, "w:village\(i)": 1])
            }
            return {
                var clusterer = StoryClusterer()
                for segment in segments { clusterer.add(segment) }
            }
        }
    }
}
