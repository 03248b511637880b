import Testing
@testable import SitrepKit

/// Toponym resolution with the gazetteer Sitrep ships, on sentences written for these tests.
@Suite struct PlaceResolverTests {
    let reader = EntityReader()

    func place(_ name: String, in text: String) -> Entity.Geo? {
        let article = readEntities(text, reader: reader)
        guard let mention = article.mention(name) else { return nil }
        return article.layers.entities[mention.value.entity]?.place
    }

    @Test func aFamousNameAloneIsItsFamousPlace() throws {
        let paris = try #require(place("Paris", in: "Talks resumed in Paris on Monday, diplomats said."))
        #expect(paris.country == "FR")
    }

    /// Names the text does not place are placed together.
    @Test(arguments: [
        // Every name here has namesakes in several states (and Dunkirk in France); only one county holds all three.
        ("Dunkirk", "Heavy snow closed schools in Jamestown, Dunkirk and Fredonia on Monday.", 42.48, -79.33),
        ("Springfield", "The race runs from Springfield to Chatham and Rochester this year.", 39.80, -89.64),
        // Athens, Gun Barrel City and Malakoff lie in one Texas county; no state is named.
        ("Athens", "Snow closed roads between Athens and Gun Barrel City, and schools in Malakoff shut.", 32.20, -95.86),
        // Alexandria and Pineville face each other across the Red River in Louisiana.
        ("Alexandria", "The river crested in Alexandria and Pineville overnight, and shelters in Rapides Parish filled.", 31.31, -92.45),
        // Paris, Reno and Blossom lie in Lamar County, Texas.
        ("Paris", "Storms damaged homes in Paris and Reno on Tuesday, and officials in Lamar County said roads near Blossom were closed.", 33.66, -95.55),
    ])
    func neighbouringNamesPullASmallTownOverItsFamousNamesake(name: String, text: String, latitude: Double, longitude: Double) throws {
        let found = try #require(place(name, in: text))
        #expect(abs(found.latitude - latitude) < 0.5 && abs(found.longitude - longitude) < 0.5, "\(found)")
    }

    @Test func aStateWrittenAfterTheNameDecides() throws {
        let dublin = try #require(place("Dublin", in: "The plant in Dublin, Ohio, will close next year, the company said."))
        #expect(dublin.country == "US")
    }

    @Test func citiesOfOneCountryHoldTogether() throws {
        let text = "Fighting broke out near Aleppo and Idlib, and shelling hit Homs, the monitor said."
        for name in ["Aleppo", "Idlib", "Homs"] {
            #expect(place(name, in: text)?.country == "SY", "\(name)")
        }
    }

    @Test func anotherCountryNamedInPassingMovesNoPlaceToIt() {
        // Palmyra and Geneva have American namesakes, and the U.S. is named twice.
        let text = """
            The U.S. envoy arrived in Geneva on Monday for talks on Syria, as fighting went on near Palmyra and \
            Aleppo, a Syrian monitor said. U.S. officials said the talks in Geneva would last a week. Syrian troops \
            shelled Palmyra again.
            """
        #expect(place("Palmyra", in: text)?.country == "SY")
        #expect(place("Geneva", in: text)?.country == "CH")
    }

    @Test func aPlaceJustOverTheBorderOfTheArticlesCountries() throws {
        // Gaza is also a province of Mozambique; the article names Israel and Egypt, not Palestine.
        let text = "Aid trucks waited at the Rafah crossing from Egypt as Israeli strikes hit Gaza overnight, and Israel said talks would resume."
        let gaza = try #require(place("Gaza", in: text))
        #expect(gaza.country == "PS", "\(gaza)")
        // Where the article names Mozambique, the province.
        #expect(place("Gaza", in: "Floods hit the province of Gaza in Mozambique, the government said.")?.country == "MZ")
    }

    @Test func aStateNamedInsideAnAgencysNameIsContext() throws {
        let dublin = try #require(place("Dublin", in: "Crews from the Ohio Department of Transportation cleared the snow in Dublin on Monday."))
        #expect(dublin.country == "US", "\(dublin)")
        // Without it, the famous namesake.
        #expect(place("Dublin", in: "Crews cleared the snow in Dublin on Monday.")?.country == "IE")
    }

    @Test func aTownOutranksADistrictOfItsName() throws {
        // Western Australia has a local government area called Cambridge; news means the town.
        #expect(place("Cambridge", in: "The engineering firm in Cambridge celebrated its 30th year on Friday.")?.country == "GB")
        // Without "County", a county's name is its town's: DeKalb, Illinois, not the far more
        // populous DeKalb County in Georgia.
        let dekalb = try #require(place("DeKalb", in: "A DeKalb man was arrested late Friday, according to DeKalb Police."))
        #expect(abs(dekalb.latitude - 41.93) < 0.2 && dekalb.feature == "city", "\(dekalb)")
        // A county is named as one, and stays a county.
        #expect(place("Boone County", in: "Flood warnings were issued for Boone County on Friday.")?.feature == "admin2")
    }

    @Test func aNameInsideALongerOneIsPlacedWithItsNeighbours() throws {
        let text = "Both women were taken to Northeast Georgia Medical Center after the crash in Gainesville, police said."
        let gainesville = try #require(place("Gainesville", in: text))
        #expect(abs(gainesville.latitude - 34.30) < 0.3 && abs(gainesville.longitude + 83.82) < 0.3, "\(gainesville)")
    }
}

