/// A place the gazetteer knows: a populated place, a division, a country, a continent or a region
/// news names ("the Levant"), with where it is and how many live there.
///
///     let mosul = try Gazetteer.shared().places(named: "Mosul").first
///     // Place(geonameID: 99072, name: "Mosul", kind: .city, countryCode: "IQ", admin1: "Nineveh", …)
///
/// `geonameID` is GeoNames' id where the data has one (cities, countries, continents, US states).
/// Other divisions and regions have none in the packages the gazetteer is built from: theirs is
/// negative, a stable hash of the division's country, code and name, the same after a rebuild.
public struct Place: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case continent
        /// A region news names as a place, made from countries or divisions: "the Gulf", "the Sahel".
        case region
        case country
        /// A state, province, governorate, oblast: GeoNames' ADM1.
        case firstLevelDivision
        /// A county, parish, district, raion: GeoNames' ADM2.
        case secondLevelDivision
        /// A populated place of any size, from a village of 500 to a capital: GeoNames' PPL*.
        case city
    }

    public var geonameID: Int
    public var name: String
    public var kind: Kind
    /// ISO 3166 alpha-2; empty for continents and regions.
    public var countryCode: String
    /// GeoNames' code of the first-level division ("KY", "08"); empty when there is none.
    public var admin1Code: String
    /// The first-level division's name; for a division itself, its own.
    public var admin1: String?
    /// The second-level division's name, for a city whose division the data places it in.
    public var admin2: String?
    public var latitude: Double
    public var longitude: Double
    /// GeoNames' figure for cities and countries; for divisions and regions, their towns' sum.
    public var population: Int

    /// Whether `geonameID` is GeoNames' own (positive) rather than a derived one.
    public var hasGeoNamesID: Bool { geonameID > 0 }
}

/// A place a name may mean, and whether it is named by its own name or by another form.
public struct PlaceCandidate: Hashable, Sendable {
    public var place: Place
    /// True when the name matched an alternate name ("Halab" for Aleppo), a form derived from the
    /// place's name ("Avoyelles" for Avoyelles Parish, "Raqqa" for "al-Raqqa"), or a news form
    /// ("Ky."), rather than the place's own name.
    public var byAlternateName: Bool
}
