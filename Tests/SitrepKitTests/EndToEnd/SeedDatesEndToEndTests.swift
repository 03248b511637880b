import Foundation
import Testing
@testable import SitrepKit

/// The seeds' relative dates through the whole pipeline, resolved against each article's own
/// publication date (declared by its byline, or inferred from its text).
@Suite struct SeedDatesEndToEndTests {
    func processed(_ prefix: String) throws -> Article {
        let files = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds)
        let name = try #require(files.first { $0.hasPrefix(prefix) })
        let path = (PackagePaths.seeds as NSString).appendingPathComponent(name)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        return try Pipeline().process(SourceDocument(source: path, format: .text, payload: Array(bytes))).article
    }

    /// The values of the dates whose text is `words`, in text order.
    func values(_ article: Article, _ words: String) -> [String] {
        article.layers.dates.filter { article.text[$0.span] == words }.map(\.value.value)
    }

    @Test func faresWeekdaysAgainstItsByline() throws {
        let article = try processed("000")
        #expect(article.published?.day == "2016-12-06")
        #expect(values(article, "Tuesday").first == "2016-12-06")
        #expect(values(article, "Monday") == ["2016-12-05"])
        #expect(article.layers.dates.allSatisfy { $0.value.anchor == .publication })
    }

    @Test func southFrontsFridayAndItsLateAndEarlyDays() throws {
        let article = try processed("003")
        #expect(article.published?.day == "2016-12-07")
        #expect(values(article, "Friday") == ["2016-12-02"])
        #expect(values(article, "Late on December 6") == ["2016-12-06"])
        #expect(values(article, "early on December 7") == ["2016-12-07"])
        #expect(values(article, "Last week") == ["2016-11-28/2016-12-04"])
    }

    @Test func theForumRepostIsDatedByItsCaptionAndItsSunday() throws {
        let article = try processed("004")
        let published = try #require(article.published)
        #expect(published.day == "2016-12-11")
        #expect(published.source == .inferred)
        #expect(published.reliable == false)
        let evidence = try #require(published.evidence)
        #expect(article.text[evidence] == "Sunday")
        let sundays = values(article, "Sunday")
        #expect(!sundays.isEmpty)
        #expect(sundays.allSatisfy { $0 == "2016-12-11" })
        #expect(values(article, "May 2015") == ["2015-05"])
        // "a much-trumpeted army victory there in March has shown": the March before.
        #expect(values(article, "March") == ["2016-03"])
    }

    @Test func moonOfAlabamasTimeOfDay() throws {
        let article = try processed("001")
        let first = try #require(article.layers.dates.first)
        #expect(article.text[first.span] == "Dec 4, 6PM ET")
        #expect(first.value.value == "2016-12-04")
        #expect(first.value.time == "18:00 ET")
    }
}
