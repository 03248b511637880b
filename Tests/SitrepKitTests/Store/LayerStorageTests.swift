import Foundation
import GRDB
import Testing
@testable import SitrepKit

/// Layers go into their own tables and come back whole, in bulk, and an older store gains them.
@Suite struct LayerStorageTests {
    let directory = TemporaryDirectory()

    /// An article with one annotation in every layer, written by hand so the test does not depend
    /// on what the readers find.
    static func annotated(_ n: Int = 0) -> ProcessedArticle {
        let text = "Kharkiv \(n): on Monday the Ukrainian army said 40 soldiers were wounded near Izium (Izyum)."
        var layers = Layers()
        let kharkiv = EntityID.place(geonameID: 706483)
        let izium = EntityID.place(geonameID: 707308)
        let ukrainian = EntityID.nationality(countryCode: "UA")
        layers.entities[kharkiv] = Entity(id: kharkiv, name: "Kharkiv", kind: .place,
                                          place: .init(geonameID: 706483, feature: "city", country: "UA", latitude: 49.98, longitude: 36.25))
        layers.entities[ukrainian] = Entity(id: ukrainian, name: "Ukrainian", kind: .nationality,
                                            place: .init(geonameID: 690791, feature: "country", country: "UA", latitude: 49, longitude: 32))
        layers.entities[izium] = Entity(id: izium, name: "Izium", kind: .place)
        let scalars = Array(text.unicodeScalars)
        func span(_ word: String) -> Span {
            let w = Array(word.unicodeScalars)
            let start = (0...(scalars.count - w.count)).first { Array(scalars[$0..<$0 + w.count]) == w }!
            return Span(start: start, end: start + w.count)
        }
        layers.mentions.append(Annotation(span: span("Kharkiv"), value: EntityMention(entity: kharkiv, kind: .place)))
        layers.mentions.append(Annotation(span: span("Ukrainian"), value: EntityMention(entity: ukrainian, kind: .nationality)))
        let place = layers.mentions.append(Annotation(span: span("Izium"), value: EntityMention(entity: izium, kind: .place)))
        layers.aliases.append(AliasLink(entity: izium, alias: .place(geonameID: 1), reason: .parenthetical, evidence: span("Izium (Izyum)")))
        let monday = layers.dates.append(Annotation(span: span("on Monday"),
                                                    value: TimeExpression(value: "2022-09-05", precision: .day, relative: true, anchor: .publication)))
        let said = layers.claims.append(Annotation(span: span("the Ukrainian army said 40 soldiers were wounded near Izium"), value: Claim(
            speaker: span("the Ukrainian army"), speakerEntity: ukrainian, cue: span("said"), cueLemma: "say", tense: .past,
            content: span("40 soldiers were wounded near Izium"), quote: false, date: monday)))
        let wounded = layers.quantities.append(Annotation(span: span("40 soldiers"), value: Quantity(
            low: 40, high: 40, kind: .count, counts: "soldiers", countsSpan: span("soldiers"), role: .wounded, place: place, date: monday,
            claim: said)))
        layers.events.append(Annotation(span: Span(start: 0, end: scalars.count), value: Event(
            subEventType: .armedClash, action: "clash", actor1: EventActor(span: span("the Ukrainian army"), entity: ukrainian, kind: .stateForces),
            place: place, date: monday, wounded: wounded, claim: said)))
        let article = Article(id: "id\(n)", contentHash: "hash\(n)", source: "k\(n).txt", format: .text, title: "Kharkiv \(n)",
                              published: PublicationDate(value: "2022-09-06", source: .inferred, reliable: false, evidence: span("on Monday")),
                              text: text, paragraphs: [Span(start: 0, end: scalars.count)],
                              sentences: [Span(start: 0, end: scalars.count)], layers: layers)
        return ProcessedArticle(article: article, rawText: text, removed: [], readVersion: ReadingStage.version)
    }

    @Test func everyLayerComesBackAsItWasSaved() throws {
        let store = try SQLiteStore(path: directory.file("l.sqlite"))
        let original = Self.annotated()
        try store.save([original])
        #expect(try store.articles(withIDs: ["id0"]) == [original])
        var streamed: [ProcessedArticle] = []
        try store.forEachArticle { streamed.append($0) }
        #expect(streamed == [original])
    }

    @Test func articlesLoadInChunksWithTheirOwnLayers() throws {
        let store = try SQLiteStore(path: directory.file("c.sqlite"))
        let count = SQLiteStore.chunkSize * 2 + 3
        let originals = (0..<count).map(Self.annotated)
        try store.save(originals)
        var seen: [String: ProcessedArticle] = [:]
        try store.forEachArticle { seen[$0.article.id] = $0 }
        #expect(seen.count == count)
        #expect(originals.allSatisfy { seen[$0.article.id] == $0 })
    }

    let ukrainianID = EntityID.nationality(countryCode: "UA")

    @Test func layerRecordsStreamWithTheirTextAndCanonicalEntity() throws {
        let store = try SQLiteStore(path: directory.file("r.sqlite"))
        try store.save([Self.annotated()])
        var mentions: [MentionRecord] = []
        try store.forEachMention { mentions.append($0) }
        #expect(mentions.map(\.position.text) == ["Kharkiv", "Ukrainian", "Izium"])
        var quantities: [QuantityRecord] = []
        try store.forEachQuantity { quantities.append($0) }
        #expect(quantities.count == 1)
        #expect(quantities[0].position.text == "40 soldiers")
        #expect(quantities[0].place == .place(geonameID: 707308))
        #expect(quantities[0].date == "2022-09-05")
        #expect(quantities[0].claim == "id0/claims/0")
        #expect(quantities[0].owner == "Ukrainian")
        var claims: [ClaimRecord] = []
        try store.forEachClaim { claims.append($0) }
        #expect(claims.map(\.speaker) == ["the Ukrainian army"])
        #expect(claims.first?.date == "2022-09-05")
        var events: [EventRecord] = []
        try store.forEachEvent { events.append($0) }
        let event = try #require(events.first)
        #expect(events.count == 1 && event.id == "id0/events/0")
        #expect(event.position.text.hasPrefix("Kharkiv 0: on Monday"))
        #expect(event.actor1 == EventRecord.Actor(text: "the Ukrainian army", name: "Ukrainian", entity: ukrainianID, kind: .stateForces))
        #expect(event.place?.name == "Izium" && event.date == "2022-09-05" && event.datePrecision == .day && event.dateInText)
        #expect(event.wounded == 40 && event.killed == nil && event.claim == "id0/claims/0")
        var dates: [DateRecord] = []
        try store.forEachDate { dates.append($0) }
        #expect(dates.map(\.date.value) == ["2022-09-05"])
        var entities: [EntityRecord] = []
        try store.forEachEntity { entities.append($0) }
        #expect(entities.map(\.entity.name).sorted() == ["Izium", "Kharkiv", "Ukrainian"])
        #expect(entities.first { $0.entity.name == "Kharkiv" }?.entity.place?.country == "UA")

        // Once linked, a mention counts for the canonical entity.
        try store.setCanonicalEntities([.place(geonameID: 707308): .place(geonameID: 706483)])
        mentions = []
        try store.forEachMention { mentions.append($0) }
        #expect(mentions.last?.canonical == .place(geonameID: 706483))
        entities = []
        try store.forEachEntity { entities.append($0) }
        #expect(entities.first { $0.entity.name == "Kharkiv" }.map { ($0.mentions, $0.aliases) } ?? (0, []) == (2, ["Izium"]))
    }

    @Test func aCopysClaimsNameTheRepublisherAsTheChainsLastLink() throws {
        let store = try SQLiteStore(path: directory.file("copy.sqlite"))
        var copy = Self.annotated()
        copy.article.outlet = "Kyiv Independent"
        copy.republication = Republication(kind: .republished, by: "Global Aggregator", on: "2022-09-07")
        try store.save([copy, Self.annotated(1)])
        var claims: [ClaimRecord] = []
        try store.forEachClaim { claims.append($0) }
        #expect(claims.map(\.position.outlet) == ["Kyiv Independent", nil])
        #expect(claims.map(\.republisher) == ["Global Aggregator", nil])
    }

    @Test func aStoreFromBeforeLayersIsMigratedAndItsArticlesReadAgain() throws {
        let path = directory.file("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v3: each article's site, and whether a corpus pass has read it")
        let text = "Officials in Kherson said on 12 November 2022 that the bridge had been destroyed."
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO article (id, content_hash, source, format, text, raw_text, ingested_at, corpus_pending)
                VALUES ('old1', 'oldhash1', 'old.txt', 'text', ?, ?, '2026-01-01', 0)
                """, arguments: [text, text])
            try db.execute(sql: "INSERT INTO span (article_id, layer, seq, start_offset, end_offset) VALUES ('old1', 'paragraph', 0, 0, ?)",
                           arguments: [text.unicodeScalars.count])
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try store.articleIDs(readBefore: ReadingStage.version, limit: 10) == ["old1"])
        try CorpusPass().run(on: store)
        #expect(try store.articleIDs(readBefore: ReadingStage.version, limit: 10).isEmpty)
        let read = try #require(try store.article(withID: "old1"))
        #expect(read.article.sentences.count == 1)
        #expect(read.article.layers.dates.map(\.value.value) == ["2022-11-12"])
    }

    @Test func filteredPagesOfSummaries() throws {
        let store = try SQLiteStore(path: directory.file("p.sqlite"))
        var articles: [ProcessedArticle] = []
        for n in 0..<6 {
            var a = Self.annotated(n)
            a.article.outlet = n % 2 == 0 ? "Even News" : "Odd Times"
            a.article.published = PublicationDate(value: "2022-09-0\(n + 1)", source: .meta, reliable: true)
            articles.append(a)
        }
        try store.save(articles)
        let even = try store.articleSummaries(matching: ArticleFilter(outlet: "Even News"), page: Page(offset: 1, limit: 5))
        #expect(even.map(\.id) == ["id2", "id4"])
        let window = try store.articleSummaries(matching: ArticleFilter(from: "2022-09-02", to: "2022-09-03"), page: Page())
        #expect(window.map(\.id) == ["id1", "id2"])
    }
}
