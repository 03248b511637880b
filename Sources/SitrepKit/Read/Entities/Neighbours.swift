/// How many of an article's place names could lie in the same county or state as a candidate
/// place, whichever of their candidates is meant: spatial minimality, the reading that puts an
/// article's places close together. It is counted before any choice, so a populous namesake far
/// away does not pull the others after it (Alexandria, Douglas County, Brandon, Nelson are all in
/// one Minnesota county; their most populous namesakes are in four states).
///
/// Counted by division, not by distance: one pass over every name's candidates, where distances
/// between all pairs of candidates would cost the square of their number.
struct Neighbours {
    private struct State: Hashable { var country: String, admin1: String }
    private struct County: Hashable { var state: State, name: String }
    /// Per state, and per county, the number of names with a candidate there.
    private var states: [State: Int] = [:]
    private var counties: [County: Int] = [:]

    init(_ names: [[PlaceCandidate]]) {
        for candidates in names {
            var seenStates: Set<State> = [], seenCounties: Set<County> = []
            for c in candidates {
                guard let state = Self.state(c.place) else { continue }
                if seenStates.insert(state).inserted { states[state, default: 0] += 1 }
                if let county = Self.county(c.place, state), seenCounties.insert(county).inserted { counties[county, default: 0] += 1 }
            }
        }
    }

    /// The score a candidate gains from the other names that may be its neighbours. `counted`
    /// says whether the candidate's own name was among those counted (it then counts once in
    /// the candidate's own state and county, and is taken out). Capped, so a long list of towns
    /// weighs like a few.
    func bonus(for place: Place, counted: Bool) -> Double {
        guard let state = Self.state(place) else { return 0 }
        let own = counted ? 1 : 0
        var bonus = Double(min(states[state, default: 0] - own, 3))
        if let county = Self.county(place, state) {
            bonus += Double(min(counties[county, default: 0] - own, 2))
        }
        return bonus
    }

    /// A division itself is its own state; a country or continent has none.
    private static func state(_ place: Place) -> State? {
        guard !place.countryCode.isEmpty, !place.admin1Code.isEmpty, place.kind != .country else { return nil }
        return State(country: place.countryCode, admin1: place.admin1Code)
    }

    private static func county(_ place: Place, _ state: State) -> County? {
        if place.kind == .secondLevelDivision { return County(state: state, name: place.name) }
        return place.admin2.map { County(state: state, name: $0) }
    }
}
