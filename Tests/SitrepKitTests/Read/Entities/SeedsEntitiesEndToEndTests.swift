import Foundation
import Testing
@testable import SitrepKit

/// The seeds through `Pipeline().process`: the names each article writes differently meet in one
/// entity, by their ids or by the alias links the store unites, and the places are Syria's.
@Suite struct SeedsEntitiesEndToEndTests {
    static let articles: [String: Article] = {
        var out: [String: Article] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds)) ?? []
        for file in files.sorted() {
            let path = (PackagePaths.seeds as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path),
                  let processed = try? Pipeline().process(SourceDocument(source: file, format: .text, payload: Array(data)))
            else { continue }
            out[String(file.prefix(3))] = processed.article
        }
        return out
    }()

    /// The ids of every mention written `name`, across the seeds.
    func ids(_ name: String) -> Set<EntityID> {
        var found = Set<EntityID>()
        for article in Self.articles.values {
            for m in article.layers.mentions where article.text[m.span] == name { found.insert(m.value.entity) }
        }
        return found
    }

    /// Unites ids over every article's alias links, as the store does corpus-wide.
    func united() -> (EntityID) -> EntityID {
        var parent: [EntityID: EntityID] = [:]
        func root(_ id: EntityID) -> EntityID {
            var r = id
            while let p = parent[r], p != r { r = p }
            return r
        }
        for article in Self.articles.values {
            for link in article.layers.aliases {
                let a = root(link.entity), b = root(link.alias)
                if a != b { parent[b] = a }
            }
        }
        return root
    }

    @Test func theSeedsAreRead() {
        #expect(Self.articles.count == 5)
    }

    @Test func nusraFrontJabhatAlNusraAndJabhatFatehAlShamAreOneEntity() throws {
        let root = united()
        let names = ["Jabhat Fateh al-Sham", "Nusra Front", "Jabhat al-Nusra"]
        var roots = Set<EntityID>()
        for name in names {
            let found = ids(name)
            #expect(!found.isEmpty, "\(name) is found")
            roots.formUnion(found.map(root))
        }
        #expect(roots.count == 1, "\(roots)")
        // The text's own evidence: Reuters' "formerly known as".
        let reuters = try #require(Self.articles["004"])
        let link = try #require(reuters.layers.aliases.first { $0.reason == .formerlyKnownAs })
        #expect(link.evidence.map { String(reuters.text[$0]) }?.contains("formerly known as the Nusra Front") == true)
        // Spelling and translation alone make "Jabhat al-Nusra" and "Nusra Front" one id.
        #expect(ids("Nusra Front") == ids("Jabhat al-Nusra"))
    }

    @Test func spellingVariantsShareOneId() {
        #expect(ids("Jeish al-Fatah").union(ids("Jeish Al-Fatah")).union(ids("Jaish al-Fatah")).count == 1)
        #expect(ids("Hizbullah").union(ids("Hezbollah")).count == 1)
        #expect(ids("Idleb").union(ids("Idlib")).count == 1)
        #expect(ids("Hizbullah").first?.rawValue.hasPrefix("organisation:") == true)
    }

    @Test func palmyraAleppoAndIdlibAreInSyria() throws {
        for name in ["Palmyra", "Aleppo", "Idlib", "Idleb", "Damascus", "Homs"] {
            var places: [Entity.Geo] = []
            for article in Self.articles.values {
                for m in article.layers.mentions where article.text[m.span] == name {
                    if let geo = article.layers.entities[m.value.entity]?.place { places.append(geo) }
                }
            }
            #expect(!places.isEmpty, "\(name) is geocoded")
            #expect(places.allSatisfy { $0.country == "SY" }, "\(name): \(places)")
        }
    }

    @Test func personsNamedWithTheirTitleCarryTheRole() throws {
        let cases: [(String, String, String)] = [
            ("004", "Sergei Ryabkov", "Deputy Foreign Minister"),
            ("004", "Bashar al-Assad", "President"),
            ("002", "Vitaly Churkin", "UN Ambassador"),
            ("003", "John Kerry", "Secretary of State"),
            ("003", "Lavrov", "Foreign Minister"),
        ]
        for (file, name, role) in cases {
            let article = try #require(Self.articles[file])
            let mention = try #require(article.mention(name), "\(name) in \(file)")
            #expect(mention.value.kind == .person, "\(name)")
            #expect(mention.value.role.map { String(article.text[$0]) } == role, "\(name)")
        }
        // "Russian" before the role is the nationality, linked to Russia.
        let reuters = try #require(Self.articles["004"])
        #expect(reuters.layers.mentions.contains { reuters.text[$0.span] == "Russian" && $0.value.entity == .nationality(countryCode: "RU") })
        // A surname alone is the person named in full.
        #expect(ids("Assad") == ids("Bashar al-Assad"))
    }

    @Test func outletsAreOutlets() throws {
        for (file, name) in [("004", "Reuters"), ("000", "Radio Sputnik"), ("002", "RIA Novosti"), ("000", "al-Watan")] {
            let article = try #require(Self.articles[file])
            #expect(article.kind(of: name) == .outlet, "\(name) in \(file)")
        }
    }
}
