import Foundation
import Testing
@testable import SitrepKit

/// The figures the seeds give, found by the whole per-document pipeline (extract → clean → read):
/// each with its range, qualifier, unit, counted noun and, for casualties, role.
@Suite struct SeedQuantitiesEndToEndTests {
    /// Every quantity of a seed, as (its text, its value).
    static func figures(_ prefix: String) throws -> [(text: String, value: Quantity)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds)
        let name = try #require(names.first { $0.hasPrefix(prefix) })
        let path = (PackagePaths.seeds as NSString).appendingPathComponent(name)
        let document = SourceDocument(source: path, format: .text, payload: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let article = try Pipeline().process(document).article
        return article.layers.quantities.map { (String(article.text[$0.span]), $0.value) }
    }

    static func figure(_ figures: [(text: String, value: Quantity)], _ text: String) throws -> Quantity {
        try #require(figures.first { $0.text == text }, "\(text) not in \(figures.map(\.text))").value
    }

    @Test func moonOfAlabamaFigures() throws {
        let found = try Self.figures("001")
        let un = try Self.figure(found, "some 270,000")
        #expect(un.low == 270_000 && un.high == 270_000 && un.counts == "civilians" && un.approx == "some")
        let fighters = try Self.figure(found, "no more than 4-5,000")
        #expect(fighters.low == 4000 && fighters.high == 5000 && fighters.counts == "fighters")
        #expect(fighters.approx == "no more than")
        let low = try Self.figure(found, "as low as 20,000")
        #expect(low.low == 20_000 && low.high == 20_000 && low.approx == "as low as")
        let left = try Self.figure(found, "some 21,000+")
        #expect(left.low == 21_000 && left.counts == "civilians" && left.approx == "+")
        let killed = try Self.figure(found, "8")
        #expect(killed.counts == "people" && killed.role == .killed)
        let wounded = try Self.figure(found, "25")
        #expect(wounded.counts == "people" && wounded.role == .wounded)
        let army = try Self.figure(found, "25,000")
        #expect(army.counts == "Syrian army fighters")
        // Dates, the author's age and the tweet's time are no figures.
        #expect(!found.contains { $0.value.low == 2016 || $0.value.low == 36 || $0.text == "6" })
    }

    @Test func farsNewsFigures() throws {
        let found = try Self.figures("002")
        let held = try Self.figure(found, "more than 98 percent")
        #expect(held.low == 98 && held.unit == "percent" && held.kind == .percent && held.approx == "more than")
        let area = try Self.figure(found, "no larger than 3 sq/km")
        #expect(area.low == 3 && area.unit == "square kilometre" && area.kind == .area)
        let corridors = try Self.figure(found, "8")
        #expect(corridors.counts == "corridors")
    }

    @Test func southFrontVote() throws {
        let found = try Self.figures("003")
        let vote = try Self.figure(found, "375 to 34")
        #expect(vote.kind == .vote && vote.sides == [375, 34] && vote.low == 34 && vote.high == 375)
        let fighters = try Self.figure(found, "over 25,000")
        #expect(fighters.counts == "pro-government fighters")
    }

    @Test func reutersFigures() throws {
        let found = try Self.figures("004")
        let militants = try Self.figure(found, "300")
        #expect(militants.low == 300 && militants.counts == "militants" && militants.role == .killed)
        let fighters = try Self.figure(found, "more than 4,000")
        #expect(fighters.low == 4000 && fighters.counts == "fighters" && fighters.approx == "more than")
        let left = try Self.figure(found, "more than 120,000")
        #expect(left.low == 120_000 && left.high == 120_000 && left.counts == "civilians")
        let ground = try Self.figure(found, "three quarters")
        #expect(ground.low == 0.75 && ground.kind == .fraction && ground.counts == "rebel ground")
        let remained = found.filter { $0.text == "tens of thousands" }
        #expect(remained.contains { $0.value.low == 10_000 && $0.value.high == 100_000 })
        let distance = try Self.figure(found, "200 km")
        #expect(distance.unit == "kilometre" && distance.kind == .distance)
    }
}
