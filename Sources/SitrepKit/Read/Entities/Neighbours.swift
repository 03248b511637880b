/// How many of an article's place names could lie in the same county or state as a candidate
/// place, whichever of their candidates is meant: spatial minimality, the reading that puts an
/// article's places close together. It is counted before any choice, so a populous namesake far
/// away does not pull the others after it (Alexandria, Douglas County, Brandon, Nelson are all in
/// one Minnesota county; their most populous namesakes are in four states).
///
/// Counted by division, not by distance: one pass over every name's candidates, where distances
/// between all pairs of candidates would cost the square of their number.
struct Neighbours {
    /// Per "CC/ADMIN1", and per "CC/ADMIN1/ADMIN2", the number of names with a candidate there.
    private var states: [String: Int] = [:]
    private var counties: [String: Int] = [:]

    init(_ names: [[PlaceCandidate]]) {
        for candidates in names {
            var seenStates: Set<String> = [], seenCounties: Set<String> = []
            for c in candidates {
                guard let state = Self.state(c.place) else { continue }
                if seenStates.insert(state).inserted { states[state, default: 0] += 1 }
                if let county = Self.county(c.place), seenCounties.insert(county).inserted { counties[county, default: 0] += 1 }
            }
        }
    }

    /// The score a candidate gains from the other names that may be its neighbours: the name's own
    /// candidates (`counting`) are taken out. Capped, so a long list of towns weighs like a few.
    func bonus(for place: Place, counting own: [PlaceCandidate]) -> Double {
        guard let state = Self.state(place) else { return 0 }
        let ownInState = own.contains { Self.state($0.place) == state }
        let others = states[state, default: 0] - (ownInState ? 1 : 0)
        var bonus = Double(min(others, 3))
        if let county = Self.county(place) {
            let ownInCounty = own.contains { Self.county($0.place) == county }
            bonus += Double(min(counties[county, default: 0] - (ownInCounty ? 1 : 0), 2))
        }
        return bonus
    }

    /// A division itself is its own state; a country or continent has none.
    private static func state(_ place: Place) -> String? {
        guard !place.countryCode.isEmpty, !place.admin1Code.isEmpty, place.kind != .country else { return nil }
        return place.countryCode + "/" + place.admin1Code
    }

    private static func county(_ place: Place) -> String? {
        guard let state = state(place) else { return nil }
        if place.kind == .secondLevelDivision { return state + "/" + place.name }
        return place.admin2.map { state + "/" + $0 }
    }
}
