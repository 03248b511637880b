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

    @Test func articlesThatOnlyALaterOneBridgesEndInOneStoryInAnyOrder() {
        let airport = Self.article("a", outlet: "Wire One", day: "2023-04-15", [
            "Gunfire broke out near the airport in Khartoum as the Rapid Support Forces clashed with the army.",
        ])
        let hospitals = Self.article("h", outlet: "Gazette Three", day: "2023-04-16", [
            "Hospitals in Khartoum ran out of blood and fuel, the Sudanese Doctors Union said.",
        ])
        let both = Self.article("b", outlet: "Daily Two", day: "2023-04-16", [
            "Fighting between the army and the Rapid Support Forces near the airport in Khartoum went on.",
            "Hospitals in Khartoum ran out of blood and fuel as the wounded arrived, doctors said.",
        ])
        let orders = [[airport, hospitals, both], [airport, both, hospitals], [hospitals, airport, both],
                      [hospitals, both, airport], [both, airport, hospitals], [both, hospitals, airport]]
        for order in orders {
            #expect(Self.storyArticles(Self.cluster(order)) == [["a", "h", "b"]], "\(order.map(\.id))")
        }
    }

    @Test func twoStoriesThatALaterSegmentBridgesBecomeOne() {
        func segment(_ id: String, _ words: [String]) -> StorySegment {
            StorySegment(article: id, outlet: id, day: "2023-04-16", paragraphs: [0],
                         terms: Dictionary(uniqueKeysWithValues: words.map { ("w:" + $0, 1.0) }))
        }
        var clusterer = StoryClusterer()
        clusterer.add(segment("a", ["airport", "gunfire", "clash", "runway"]))
        clusterer.add(segment("h", ["hospital", "blood", "fuel", "doctor"]))
        #expect(clusterer.stories.count == 2)
        clusterer.add(segment("b", ["airport", "gunfire", "clash", "runway", "hospital", "blood", "fuel", "doctor"]))
        #expect(clusterer.stories.map { Set($0.articles) } == [["a", "h", "b"]])
        // A repeat of a merged story's article joins the story it lives on in.
        let copy = StorySegment(article: "h2", voiceOf: "h", outlet: "x", day: "2023-04-16", paragraphs: [0], terms: [:])
        #expect(clusterer.add(copy) == clusterer.stories.map(\.id))
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
        #expect(StoryTerms.contentWords("Le bombardement a détruit les écoles d'Alep.") == ["bombardement", "détruit", "école"])
    }
}

/// The seeds: five outlets on the battle for Aleppo, one of them with a section on Palmyra.
@Suite struct SeedStoriesTests {
    static let segments: [StorySegment] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds))?.sorted() ?? []
        return files.flatMap { file -> [StorySegment] in
            let path = (PackagePaths.seeds as NSString).appendingPathComponent(file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                  let article = try? Pipeline().process(textDocument(text, source: path)).article else { return [] }
            return StorySegmenter().segments(of: article)
        }
    }()

    @Test(arguments: [false, true])
    func oneStoryHoldsEveryOutletAndPalmyraIsAStoryOfItsOwn(reversed: Bool) throws {
        var clusterer = StoryClusterer()
        for segment in reversed ? Self.segments.reversed() : Self.segments { clusterer.add(segment) }
        let stories = clusterer.stories
        let aleppo = try #require(stories.max { $0.articles.count < $1.articles.count })
        #expect(aleppo.articles.count == 5)
        #expect(Set(aleppo.outlets).count >= 5, "\(aleppo.outlets)")
        #expect(clusterer.label(of: aleppo).hasPrefix("Aleppo"))
        #expect(aleppo.firstDay == "2016-12-05")
        #expect(aleppo.firstReportedBy == "Moon of Alabama")
        let palmyra = try #require(stories.first { clusterer.label(of: $0).hasPrefix("Palmyra") })
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

/// Cutting an article into segments is one walk over its paragraphs and mentions, whatever its length.
@Suite struct StorySegmenterGrowthTests {
    @Test func aLongArticleOfManyPlaces() {
        GrowthCheck().expectLinear(base: 400, "paragraphs each naming two places") { n in
            var text = "", paragraphs: [Span] = []
            var mentions = Layer<EntityMention>(.mentions)
            for i in 0..<n {
                let start = text.unicodeScalars.count
                let line = "Shelling hit Town\(i % 50) and Village\(i % 7) overnight, residents said.\n\n"
                text += line
                let lineLength = line.unicodeScalars.count
                paragraphs.append(Span(start: start, end: start + lineLength - 2))
                mentions.append(Annotation(span: Span(start: start + 13, end: start + 17),
                                           value: EntityMention(entity: .place(geonameID: i % 50), kind: .place)))
                mentions.append(Annotation(span: Span(start: start + 22, end: start + 29),
                                           value: EntityMention(entity: .place(geonameID: 1000 + i % 7), kind: .place)))
            }
            var article = Article(id: "long", contentHash: "long", source: "long.txt", format: .text, text: text, paragraphs: paragraphs)
            article.layers.mentions = mentions
            return { _ = StorySegmenter().segments(of: article) }
        }
    }
}
