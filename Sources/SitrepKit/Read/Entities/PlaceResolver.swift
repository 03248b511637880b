import Foundation

/// Resolves an article's place names to GeoNames places, all together, each chosen from the
/// article's context rather than taken as the first or most populous match:
///
///     // "… in Dublin, Ohio …"        Dublin (US-OH), not Dublin (IE): the state named after it
///     // "… Columbus … Ohio … Dayton" the Columbus in the state the article names
///     // "Aleppo … Idlib … Syrian"    Syria's, by the country the article's other places are in
///
/// A name is a place when the gazetteer holds it and nothing says otherwise (a role, a head noun
/// of an organisation, a first name before a surname). A word that is also a common word or a
/// person's name ("Reading", "Anderson", "Mobile") is a place only with evidence: a preposition
/// of place before it ("in Anderson"), a state or country after it ("Mobile, Ala."), a place noun
/// ("Anderson County"), or another mention of it that has such evidence.
///
/// Scores, per candidate place: the log of its population; a bonus for a country, a first-level
/// division or a continent named by its own name; a large one when the article names its
/// country or its first-level division elsewhere (by a place or a nationality word), and a larger
/// one when the text writes that division or country right after it ("Dublin, Ohio"); and, in
/// the article's leading country, one for each other name that may lie in the same state or
/// county (``Neighbours``: Jamestown, Dunkirk and Fredonia are one county's). Two passes:
/// the first takes its context from the unambiguous names (countries, states), the second from
/// every choice of the first.
struct PlaceResolver: PlaceResolving {
    let gazetteer: Gazetteer

    private struct Name {
        var indices: [Int]
        var candidates: [PlaceCandidate]
        /// The divisions and countries written right after a mention (", Ohio").
        var qualifiers: [PlaceCandidate]
        var evidence: Bool
        var prominent = false
        var needsSupport = false
        /// Every mention of the name is read inside a longer name.
        var inner = true
        var personsName = false
        /// A preposition of place before a mention ("in Johnson"): evidence for a person's name, not for a common word.
        var preposition = false
        /// A number right after a mention ("Pack 122", "Section 2AA", "Route 9"): a unit or a road, no place.
        var numbered = false
        var singleWord = false
        /// Per candidate, what does not change between the passes: its own score (population,
        /// kind, namesake), its neighbours' bonus, and its division's key ("US/OH").
        var ownScores: [Double] = []
        var neighbourBonuses: [Double] = []
        var divisionKeys: [String] = []
    }

    func resolve(_ indices: [Int], _ all: [NameCandidate], _ kinds: [EntityKind], _ keys: [String], _ ownKeys: [String],
                 _ document: ReadingDocument, context: PlaceContext) -> [Int: Entity.Geo] {
        let tokens = document.tokens
        var names: [String: Name] = [:]
        var order: [String] = []
        // Words of the article's persons' names ("Bana" after "Bana Alabed") are persons' names here.
        var personWords: Set<String> = []
        for (n, c) in all.enumerated() where kinds[n] == .person && c.tokens.count >= 2 {
            for t in tokens[c.tokens] { personWords.insert(t.norm) }
        }
        for n in indices {
            let c = all[n]
            // A person (by a role, a first name, or as the surname of one named in full) is no place.
            guard c.nationality == nil, kinds[n] != .person || c.votes[.person, default: 0] <= 1 && keys[n] == ownKeys[n] else { continue }
            let span = Span(start: tokens[c.tokens.lowerBound].span.start, end: tokens[c.tokens.upperBound - 1].span.end)
            let text = document[span]
            let key = gazetteer.key(text)
            if names[key] == nil {
                let found = gazetteer.candidates(forKey: key, limit: 60)
                guard !found.isEmpty else { continue }
                names[key] = Name(indices: [], candidates: found, qualifiers: [], evidence: false)
                order.append(key)
            }
            names[key]!.indices.append(n)
            if !c.isInner { names[key]!.inner = false }
            switch evidence(c, tokens) {
            case 2: names[key]!.evidence = true
            case 1: names[key]!.preposition = true
            case -1: names[key]!.numbered = true
            default: break
            }
            names[key]!.qualifiers += qualifiers(after: c.tokens.upperBound, document)
        }
        // A name that may be a common word or a person's needs evidence; one that is only a place does not.
        for key in order {
            guard var name = names[key] else { continue }
            let c = all[name.indices[0]]
            let words = tokens[c.tokens].filter { $0.kind == .word }
            let norm = words.map(\.norm).joined(separator: " ")
            let top = name.candidates[0]
            // An abbreviation or acronym ("U.S.", "Ga.", "EU") is a news form, an alternate name by nature.
            let abbreviated = words.count <= 2 && (words.allSatisfy(\.isAllCaps) || tokens[c.tokens].contains { $0.norm == "." })
                || words.count == 1 && words[0].isAllCaps
            let prominent = (!top.byAlternateName || abbreviated || top.place.kind == .country)
                && [.country, .firstLevelDivision, .continent, .region].contains(top.place.kind)
            if !name.qualifiers.isEmpty { name.evidence = true }
            // What the name says of itself: a role, a first name, an organisation's or outlet's head noun.
            let known = name.indices.contains { Self.isOtherwiseKnown(all[$0], prominent: prominent) }
            let commonWord = words.count == 1 && (CommonWords.words.contains(norm) || NameWords.function.contains(norm))
            let personsName = words.count == 1 && (FrequentNames.words.contains(norm) || personWords.contains(norm))
            let ambiguous = commonWord || personsName
            if name.numbered && !prominent { names[key] = nil; continue }
            // A preposition is evidence enough for a person's name ("in Anderson"), not for a common word ("in Section").
            if name.preposition && !commonWord { name.evidence = true }
            // An acronym is a place only as a country's or a state's ("US", "UAE"), never as a village's ("UN", "CIA").
            let acronym = words.count == 1 && words[0].isAllCaps && words[0].norm.count <= 4
            if known || acronym && !prominent
                || kinds[name.indices[0]] == .person && c.votes[.person, default: 0] >= 2 && !name.evidence && !prominent {
                names[key] = nil
                continue
            }
            // Without evidence in the text, a common word or a person's name needs the article's
            // other places to back it (Columbus in an article about Ohio), or a great city's fame.
            name.needsSupport = ambiguous && !name.evidence && !prominent
            name.personsName = personsName && !commonWord
            name.singleWord = words.count == 1
            name.prominent = prominent
            names[key] = name
        }

        // Pass one: context from the countries of nationality words and the prominent names.
        var countries: [String: Int] = [:]
        var divisions: [String: Int] = [:]
        for (country, n) in context.countries { countries[country, default: 0] += n }
        for key in order {
            guard let name = names[key] else { continue }
            let top = name.candidates[0]
            if !name.needsSupport, !name.inner, name.prominent && top.place.kind != .continent && top.place.kind != .region
                || name.candidates.count == 1 {
                add(top.place, name.indices.count, to: &countries, &divisions)
            }
        }
        let neighbours = Neighbours(names.values.filter { !$0.inner && !$0.needsSupport }.map(\.candidates))
        for key in order where names[key] != nil { prepare(&names[key]!, neighbours) }
        var chosen: [String: Place] = [:]
        for key in order { if let name = names[key] { chosen[key] = best(name, countries, divisions) } }

        // Pass two: context from every choice.
        countries = [:]
        divisions = [:]
        for (country, n) in context.countries { countries[country, default: 0] += n }
        // Places read inside longer names ("United" of "United Nations") are too weak to be context.
        for (key, place) in chosen where !names[key]!.inner { add(place, names[key]!.indices.count, to: &countries, &divisions) }
        // Except a state or province by its own name inside an agency's ("Georgia Bureau of
        // Investigation", "Ohio Department of Transportation"): local news names its state so.
        for (key, place) in chosen where names[key]!.inner && place.kind == .firstLevelDivision && !names[key]!.needsSupport {
            divisions[place.countryCode + "/" + place.admin1Code, default: 0] += 1
        }
        var out: [Int: Entity.Geo] = [:]
        for key in order {
            guard let name = names[key], let own = chosen[key] else { continue }
            // The name's own votes do not count as its context.
            var c = countries, d = divisions
            if !name.inner { remove(own, name.indices.count, from: &c, &d) }
            let place = best(name, c, d)
            // A small place the text gives no reason for, in a country the article never names, is a guess too far.
            if name.singleWord, !name.evidence, !name.prominent, place.population < 100_000, c[place.countryCode, default: 0] <= 0 { continue }
            // A person's name with no evidence is a place only as a great city; a common word also by the
            // article's own state or province.
            if name.needsSupport, place.population < 1_000_000,
               name.personsName || place.admin1Code.isEmpty || d[place.countryCode + "/" + place.admin1Code, default: 0] <= 0 {
                continue
            }
            for n in name.indices { out[n] = Self.geo(place) }
        }
        return out
    }

    /// Scores each candidate of a name by what it is, whatever the context: its population and
    /// kind, whether it gives its name to its division, and the other names that may be its neighbours.
    private func prepare(_ name: inout Name, _ neighbours: Neighbours) {
        name.ownScores = name.candidates.map { ownScore($0, among: name.candidates) }
        name.neighbourBonuses = name.candidates.map { neighbours.bonus(for: $0.place, counted: !name.needsSupport && !name.inner) }
        name.divisionKeys = name.candidates.map { $0.place.admin1Code.isEmpty ? "" : $0.place.countryCode + "/" + $0.place.admin1Code }
    }

    private func ownScore(_ candidate: PlaceCandidate, among candidates: [PlaceCandidate]) -> Double {
        let place = candidate.place
        var score = log10(Double(max(place.population, 0)) + 10)
        switch place.kind {
        case .country, .continent: score += 3
        case .firstLevelDivision: score += 2.5
        case .region: score += 1
        case .secondLevelDivision:
            // A district named like a town ("Albany", "Cambridge": local government areas), or
            // a county the text names without "County" ("DeKalb"), is meant far less often
            // than the town of that name.
            score += !candidate.byAlternateName && Self.namesItsKind(place.name) ? 0.5 : -1.5
        case .city: break
        }
        // A city that gives its name to its division ("Aleppo", "Idlib", "Moscow") is what news means by it.
        let namesake = place.kind == .city && place.population >= 50_000 && candidates.contains {
            $0.place.kind == .firstLevelDivision && !$0.byAlternateName && $0.place.countryCode == place.countryCode
                && $0.place.admin1Code == place.admin1Code
        }
        if namesake { score += 3.5 } else if candidate.byAlternateName { score -= 1 }
        return score
    }

    private func best(_ name: Name, _ countries: [String: Int], _ divisions: [String: Int]) -> Place {
        var top = name.candidates[0].place
        var topScore = -Double.infinity
        let countryTotal = countries.values.reduce(0) { $0 + max($1, 0) }
        let divisionTotal = divisions.values.reduce(0) { $0 + max($1, 0) }
        let leadingCountry = countries.values.max() ?? 0
        // The named countries' points, looked up once for all the candidates.
        let namedCountries = countries.compactMap { $0.value > 0 ? gazetteer.country(code: $0.key) : nil }
        for (i, candidate) in name.candidates.enumerated() {
            let place = candidate.place
            var score = name.ownScores[i]
            // The article's countries and divisions, by their share of its place names.
            if !place.countryCode.isEmpty, let n = countries[place.countryCode], n > 0 {
                score += 2.5 + 3 * Double(n) / Double(max(countryTotal, 1))
            } else if isNear(place, namedCountries) {
                // Just over a border of a country the article names: Gaza beside Israel and Egypt,
                // not Gaza province in Mozambique.
                score += 2.5
            }
            if !place.admin1Code.isEmpty, place.kind != .firstLevelDivision, let n = divisions[name.divisionKeys[i]], n > 0 {
                score += 4 * Double(n) / Double(max(divisionTotal, 1))
            }
            // Other names of the article that may be places in the same county or state: local
            // news names its neighbourhood (Alexandria, Douglas County, Brandon: all in one county).
            // Only in the article's leading country, when it has one: an article on Syria that
            // names the U.S. does not move Palmyra and Geneva to their American namesakes. A name
            // read inside a longer one ("Northeast Georgia Medical Center") is placed by them too.
            if leadingCountry <= 0 || countries[place.countryCode, default: 0] == leadingCountry {
                score += name.neighbourBonuses[i]
            }
            for q in name.qualifiers where q.place.countryCode == place.countryCode && q.place.geonameID != place.geonameID {
                if q.place.kind == .country || q.place.kind == .firstLevelDivision && q.place.admin1Code == place.admin1Code {
                    score += 6
                    break
                }
            }
            if score > topScore { topScore = score; top = place }
        }
        return top
    }

    /// Words that say a name is a division's: "Boone County", "Rapides Parish", "Idlib District".
    private static let divisionWords: Set<String> = ["county", "parish", "district", "province", "governorate", "region",
                                                     "borough", "municipality", "prefecture", "department", "shire",
                                                     "oblast", "raion", "rayon", "canton", "division", "city"]

    private static func namesItsKind(_ name: String) -> Bool {
        name.split(separator: " ").contains { divisionWords.contains($0.lowercased()) }
    }

    /// Whether a place lies within 300 km of the point of a country the article names: a
    /// neighbour's town or a disputed territory the article's countries surround.
    private func isNear(_ place: Place, _ countries: [Place]) -> Bool {
        guard place.kind != .country, place.kind != .continent else { return false }
        return countries.contains { Self.kilometres(place.latitude, place.longitude, $0.latitude, $0.longitude) <= 300 }
    }

    /// Great-circle distance.
    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let (p1, p2) = (lat1 * .pi / 180, lat2 * .pi / 180)
        let dp = p2 - p1, dl = (lon2 - lon1) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }

    private func add(_ place: Place, _ weight: Int, to countries: inout [String: Int], _ divisions: inout [String: Int]) {
        if !place.countryCode.isEmpty { countries[place.countryCode, default: 0] += weight }
        if !place.admin1Code.isEmpty { divisions[place.countryCode + "/" + place.admin1Code, default: 0] += weight }
    }

    private func remove(_ place: Place, _ weight: Int, from countries: inout [String: Int], _ divisions: inout [String: Int]) {
        if !place.countryCode.isEmpty { countries[place.countryCode, default: 0] -= weight }
        if !place.admin1Code.isEmpty { divisions[place.countryCode + "/" + place.admin1Code, default: 0] -= weight }
    }

    /// The first-level divisions and countries written right after a name: "Dublin, Ohio",
    /// "Mobile, Ala.", "Paris (Texas)".
    private func qualifiers(after end: Int, _ document: ReadingDocument) -> [PlaceCandidate] {
        let tokens = document.tokens
        guard end + 1 < tokens.count, tokens[end].norm == "," || tokens[end].norm == "(", tokens[end + 1].isCapitalised else { return [] }
        var last = end + 1
        while last + 1 < tokens.count, last < end + 3, tokens[last + 1].isCapitalised || tokens[last + 1].norm == "." && tokens[last].touches(tokens[last + 1]) {
            last += 1
        }
        var found: [PlaceCandidate] = []
        for stop in stride(from: last, through: end + 1, by: -1) {
            let text = document[Span(start: tokens[end + 1].span.start, end: tokens[stop].span.end)]
            found = gazetteer.candidates(named: text, kinds: [.country, .firstLevelDivision])
            if !found.isEmpty { break }
        }
        return found
    }

    /// How strongly the words around a mention say it is a place: 2 for a place noun after it or a
    /// place cue's vote ("Anderson County", "the province of Idlib"), 1 for a preposition of place
    /// before it ("in Anderson"), -1 for a number after it ("Pack 122"), 0 for nothing.
    private func evidence(_ c: NameCandidate, _ tokens: [Token]) -> Int {
        if c.votes[.place, default: 0] >= 3 { return 2 }
        let after = c.tokens.upperBound
        // A dateline: "ROSWELL - A man …", "MOUNT GILEAD (AP) --".
        if c.opensSentence, tokens[c.tokens].allSatisfy({ $0.isAllCaps || $0.kind != .word }), after < tokens.count,
           ["-", "—", "–", ",", "("].contains(tokens[after].norm) {
            return 2
        }
        if after < tokens.count, NameWords.placeCues.contains(tokens[after].norm) { return 2 }
        if after < tokens.count, tokens[after].kind == .number { return -1 }
        let before = c.tokens.lowerBound
        if before > 0, NameWords.locativePrepositions.contains(tokens[before - 1].norm) { return 1 }
        return 0
    }

    /// What the name says it is, when that is no place: a person by a role or a first name, an
    /// organisation or outlet by its head noun.
    static func isOtherwiseKnown(_ c: NameCandidate, prominent: Bool) -> Bool {
        if c.role != nil { return true }
        let bar = prominent ? 6 : 3
        if c.votes[.person, default: 0] >= bar { return true }
        if c.votes[.organisation, default: 0] >= bar + 1 || c.votes[.outlet, default: 0] >= bar + 1 { return true }
        return false
    }

    static func geo(_ place: Place) -> Entity.Geo {
        let feature: String
        switch place.kind {
        case .continent: feature = "continent"
        case .region: feature = "region"
        case .country: feature = "country"
        case .firstLevelDivision: feature = "admin1"
        case .secondLevelDivision: feature = "admin2"
        case .city: feature = "city"
        }
        return Entity.Geo(geonameID: place.geonameID, feature: feature, country: place.countryCode.isEmpty ? nil : place.countryCode,
                          latitude: place.latitude, longitude: place.longitude)
    }
}

/// The gazetteer as the name reader asks it: nationality words and whole place names.
struct GazetteerLexicon: PlaceLexicon {
    let gazetteer: Gazetteer

    func countryOfNationality(_ norm: String) -> String? {
        let code = gazetteer.country(nationality: norm)?.countryCode
        return code?.isEmpty == false ? code : nil
    }

    func isPlaceName(_ name: String) -> Bool { gazetteer.isPlaceName(name) }

    func isAbbreviation(_ name: String) -> Bool {
        guard let top = gazetteer.topCandidate(named: name) else { return false }
        return top.byAlternateName && [.country, .firstLevelDivision, .region].contains(top.place.kind)
    }

    func isProminentPlace(_ name: String) -> Bool {
        guard let top = gazetteer.topCandidate(named: name) else { return false }
        return !top.byAlternateName && [.country, .firstLevelDivision, .continent].contains(top.place.kind)
    }

    func isPlaceByOwnName(_ name: String) -> Bool { gazetteer.isOwnPlaceName(name) }

    func country(code: String) -> Entity.Geo? { gazetteer.country(code: code).map(PlaceResolver.geo) }
}
