/// What the entity reader asks of a gazetteer: whether a word is a nationality ("Syrian" → SY),
/// and which places a name can be. ``Gazetteer`` answers it; a test can answer it by hand.
///
///     lexicon.countryOfNationality("syrian")   // "SY"
protocol PlaceLexicon: Sendable {
    /// The ISO 3166 alpha-2 country of a nationality word or its plural ("syrian", "syrians"), by norm.
    func countryOfNationality(_ norm: String) -> String?
    /// Whether the gazetteer holds a place of exactly this name ("South Africa", "East Timor").
    func isPlaceName(_ name: String) -> Bool
    /// Where a country is, by its ISO 3166 alpha-2 code: a nationality word's place.
    func country(code: String) -> Entity.Geo?
    /// Whether a name with its periods is a news abbreviation of a state or country ("Ga.", "W.Va.").
    func isAbbreviation(_ name: String) -> Bool
    /// Whether a name is a country's or a first-level division's own name ("Virginia", "Jordan").
    func isProminentPlace(_ name: String) -> Bool
    /// Whether the gazetteer holds a place by exactly this, its own name (not an alternate form).
    func isPlaceByOwnName(_ name: String) -> Bool
}

/// A lexicon that knows no places: names are still read, places are not resolved.
struct NoPlaces: PlaceLexicon {
    func countryOfNationality(_ norm: String) -> String? { nil }
    func isPlaceName(_ name: String) -> Bool { false }
    func country(code: String) -> Entity.Geo? { nil }
    func isAbbreviation(_ name: String) -> Bool { false }
    func isProminentPlace(_ name: String) -> Bool { false }
    func isPlaceByOwnName(_ name: String) -> Bool { false }
}
