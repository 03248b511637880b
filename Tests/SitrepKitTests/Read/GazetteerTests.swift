import Foundation
import Testing
@testable import SitrepKit

@Suite struct GazetteerTests {
    let gazetteer: Gazetteer

    init() throws { gazetteer = try Gazetteer.shared() }

    /// The first candidate of `kind` in `country` for `name`.
    func first(_ name: String, _ kind: Place.Kind, in country: String) -> Place? {
        gazetteer.places(named: name).first { $0.kind == kind && $0.countryCode == country }
    }

    @Test func findsCitiesInManyCountries() throws {
        let mosul = try #require(first("Mosul", .city, in: "IQ"))
        #expect(mosul.geonameID == 99072)
        #expect(abs(mosul.latitude - 36.335) < 0.01 && abs(mosul.longitude - 43.119) < 0.01)
        #expect(mosul.population > 1_000_000)
        #expect(first("Donetsk", .city, in: "UA") != nil)
        #expect(first("Gao", .city, in: "ML")?.admin1 == "Gao")
        #expect(first("Kharkiv", .city, in: "UA")?.geonameID == first("Kharkov", .city, in: "UA")?.geonameID)
        #expect(first("Palmyra", .city, in: "SY")?.geonameID == first("Tadmur", .city, in: "SY")?.geonameID)
        #expect(first("Idleb", .city, in: "SY")?.name == "Idlib")
        #expect(first("Halab", .city, in: "SY")?.name == "Aleppo")
        #expect(first("Cottonport", .city, in: "US")?.admin2 == "Avoyelles Parish")
    }

    @Test func mostPopulousComesFirst() throws {
        let places = gazetteer.places(named: "Aleppo")
        #expect(places.map(\.population) == places.map(\.population).sorted(by: >))
        #expect(gazetteer.places(named: "Paris").contains { $0.countryCode == "FR" && $0.kind == .city })
        #expect(gazetteer.places(named: "Paris").contains { $0.countryCode == "US" })
    }

    @Test func findsDivisionsAsPlaces() throws {
        let kentucky = try #require(first("Kentucky", .firstLevelDivision, in: "US"))
        #expect(kentucky.geonameID == 6254925 && kentucky.admin1Code == "KY" && kentucky.admin1 == "Kentucky")
        #expect(first("Ky.", .firstLevelDivision, in: "US") == kentucky)
        let ontario = try #require(first("Ontario", .firstLevelDivision, in: "CA"))
        #expect(ontario.latitude > 42 && ontario.latitude < 52 && ontario.population > 5_000_000)
        #expect(!ontario.hasGeoNamesID)
        #expect(first("B.C.", .firstLevelDivision, in: "CA")?.name == "British Columbia")
        #expect(first("W.Va.", .firstLevelDivision, in: "US")?.name == "West Virginia")
        let cook = try #require(first("Cook County", .secondLevelDivision, in: "US"))
        #expect(cook.admin1 == "Illinois" && abs(cook.latitude - 41.8) < 0.5)
        #expect(first("Avoyelles", .secondLevelDivision, in: "US")?.name == "Avoyelles Parish")
        #expect(first("Idlib", .firstLevelDivision, in: "SY") != nil)
        #expect(first("Donetsk", .firstLevelDivision, in: "UA") != nil)
    }

    @Test func countriesByCodeNameAndNewsForm() throws {
        let syria = try #require(gazetteer.country(code: "SY"))
        #expect(syria.geonameID == 163843 && syria.kind == .country && syria.name == "Syria")
        #expect(abs(syria.latitude - 35) < 1 && abs(syria.longitude - 38) < 1)
        let us = try #require(gazetteer.country(code: "us"))
        for form in ["U.S.", "USA", "United States of America", "America"] {
            #expect(gazetteer.places(named: form).first { $0.kind == .country } == us, "\(form)")
        }
        #expect(gazetteer.places(named: "Britain").first { $0.kind == .country }?.countryCode == "GB")
        #expect(gazetteer.places(named: "the U.K.").first { $0.kind == .country }?.countryCode == "GB")
        #expect(gazetteer.country(code: "XX") == nil)
    }

    @Test func nationalityWordsMentionCountries() {
        let expected = ["Syrian": "SY", "Russian": "RU", "Turkish": "TR", "Iranian": "IR", "American": "US",
                        "British": "GB", "Ukrainian": "UA", "Iraqi": "IQ", "Israeli": "IL", "Palestinian": "PS",
                        "Saudi": "SA", "Malian": "ML", "Syrians": "SY", "Americans": "US", "French": "FR"]
        for (word, code) in expected {
            #expect(gazetteer.country(nationality: word)?.countryCode == code, "\(word)")
        }
        #expect(gazetteer.country(nationality: "Russian")?.geonameID == 2017370)
        // An ethnicity, not a country: see news_forms.tsv.
        #expect(gazetteer.country(nationality: "Kurdish") == nil)
        #expect(gazetteer.countries(nationality: "Congolese").map(\.countryCode).sorted() == ["CD", "CG"])
    }

    @Test func regionsAndContinents() {
        let gulf = gazetteer.places(named: "the Gulf").first { $0.kind == .region }
        #expect(gulf != nil && abs(gulf!.latitude - 25) < 4)
        #expect(gazetteer.places(named: "Gulf").contains { $0.kind == .region })
        #expect(gazetteer.places(named: "Africa").first?.kind == .continent)
        #expect(gazetteer.places(named: "the West Bank").contains { $0.kind == .firstLevelDivision && $0.countryCode == "PS" })
    }

    @Test func keysFoldSpellingVariants() {
        #expect(gazetteer.key("Saint-Étienne") == "saint etienne")
        #expect(gazetteer.key("St. Étienne") == "saint etienne")
        #expect(gazetteer.key("Ḩalab") == "halab")
        #expect(gazetteer.key("N'Djamena") == gazetteer.key("NDjamena"))
        #expect(gazetteer.key("  Winston–Salem ") == "winston salem")
        #expect(gazetteer.key("Łódź") == "lodz")
        #expect(gazetteer.key("U.S.") == "us")
        #expect(first("St. Louis", .city, in: "US")?.name == "St. Louis")
        #expect(first("Saint Louis", .city, in: "US")?.name == "St. Louis")
        #expect(first("ŁÓDŹ", .city, in: "PL")?.name == "Łódź")
    }

    @Test func arabicArticleMayBeLeftOut() {
        #expect(first("al-Bab", .city, in: "SY") != nil)
        #expect(first("Bab", .city, in: "SY")?.geonameID == first("al-Bab", .city, in: "SY")?.geonameID)
        #expect(first("al-Raqqa", .city, in: "SY")?.geonameID == first("Raqqa", .city, in: "SY")?.geonameID)
        #expect(first("Raqqa", .city, in: "SY") != nil)
        #expect(gazetteer.candidates(named: "Bab").first { $0.place.countryCode == "SY" && $0.place.kind == .city }?.byAlternateName == true)
        #expect(gazetteer.candidates(named: "Mosul").first { $0.place.geonameID == 99072 }?.byAlternateName == false)
    }

    @Test func lookupByGeonameID() throws {
        #expect(gazetteer.place(geonameID: 99072)?.name == "Mosul")
        let ontario = try #require(first("Ontario", .firstLevelDivision, in: "CA"))
        #expect(gazetteer.place(geonameID: ontario.geonameID) == ontario)
        #expect(gazetteer.place(geonameID: 1) == nil)
    }

    @Test func tellsWhichTokensCanStartAName() {
        #expect(gazetteer.longestName(startingWith: "New") >= 3)
        #expect(gazetteer.longestName(startingWith: "Mosul") >= 1)
        #expect(gazetteer.canStartName("al-Bab"))
        #expect(gazetteer.canStartName("Syrian"))
        #expect(!gazetteer.canStartName("Xqzvw"))
        #expect(gazetteer.longestName(startingWith: "") == 0)
    }

    @Test func noJunkAlternates() {
        // Airport codes and lowercase romanisations of other scripts are filtered out.
        #expect(!gazetteer.places(named: "ALP").contains { $0.geonameID == 170063 })
        #expect(!gazetteer.places(named: "OSM").contains { $0.geonameID == 99072 })
    }

    /// Every key the build script wrote is one the Swift folding makes again from itself, and
    /// every name's own key finds it: the two implementations of the rules agree.
    @Test func scriptAndLoaderFoldAlike() throws {
        let file = try GazetteerFile.read(path: Gazetteer.bundledPath())
        var disagreements: [String] = []
        for (_, start, end) in file.otherKeyRanges {
            let key = Array(file.otherKeys[Int(start)..<Int(end)])
            let again = gazetteer.folding.key(String(decoding: key, as: UTF8.self))
            if again != key && disagreements.count < 5 { disagreements.append(String(decoding: key, as: UTF8.self)) }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
        for index in stride(from: 0, to: gazetteer.count, by: 97) {
            let place = gazetteer.place(at: Int32(index))
            #expect(gazetteer.places(named: place.name).contains(place), "\(place.name)")
        }
    }

    @Test func reportsAMissingOrDamagedFile() throws {
        #expect(throws: GazetteerError.self) { try Gazetteer(contentsOf: "/nonexistent/gazetteer.tsv.gz") }
        let directory = TemporaryDirectory()
        let damaged = directory.write("gazetteer.tsv.gz", Gzip.compress(Array("G\t1\tx\nP\t1\tC\n".utf8)))
        do {
            _ = try Gazetteer(contentsOf: damaged)
            Issue.record("a damaged file loaded")
        } catch {
            #expect(error.description == "gazetteer.tsv.gz: line 2: a place record has 3 fields, not 11")
        }
    }

    @Test func loadsASmallFile() throws {
        let directory = TemporaryDirectory()
        let text = "G\t1\ttest\nF\tE9\te\nF\tCE\ti\nP\t42\tP\tFR\t11\t-1\t48.8534\t2.3488\t2138551\tParis\tlutece|paname\n"
            + "P\t-7\tA1\tFR\t11\t-1\t48.5000\t2.5000\t12000000\tÎle-de-France\t\nD\tFrench\tFR\n"
        let path = directory.write("small.tsv.gz", Gzip.compress(Array(text.utf8)))
        let small = try Gazetteer(contentsOf: path)
        #expect(small.count == 2)
        #expect(small.places(named: "Lutèce").first?.admin1 == nil)
        #expect(small.places(named: "Paname").first?.name == "Paris")
        #expect(small.places(named: "ile de france").first?.geonameID == -7)
        #expect(small.places(named: "Paris").first?.latitude == 48.8534)
        #expect(small.country(nationality: "French") == nil)   // no country record for FR here
    }
}
