/// Names in the text: persons (with the role written before them), organisations, outlets, places
/// and nationality words, each mention pointing to an entity whose id is the same in every
/// article, with the aliases the text gives.
///
///     // "Russian Deputy Foreign Minister Sergei Ryabkov said …"
///     // mentions: "Russian" → nationality:RU; "Sergei Ryabkov" → person:sargay ryabkov (role "Deputy Foreign Minister")
///     // "Jabhat Fateh al-Sham, formerly known as the Nusra Front"
///     // aliases: organisation:front fatah sham ← organisation:front nosra (formerly-known-as)
///
/// How it reads: ``NameFinder`` finds the names, ``NameCues`` weighs what each is, the votes of
/// every mention of one name in the article decide its kind, a surname alone joins the full
/// name it shortens ("Assad" after "Bashar al-Assad"), ``TextAliases`` reads "formerly known as"
/// and acronyms, and ``NameKey`` makes the id, so spelling variants (Idleb, Idlib) meet.
public struct EntityReader: Reader {
    public static let needs: Set<LayerName> = [.tokens, .sentences]
    public static let adds: Set<LayerName> = [.mentions]

    let lexicon: any PlaceLexicon
    let places: (any PlaceResolving)?

    /// Reads places with the gazetteer Sitrep ships; names alone if it cannot be loaded.
    public init() {
        if let gazetteer = try? Gazetteer.shared() {
            self.init(lexicon: GazetteerLexicon(gazetteer: gazetteer), places: PlaceResolver(gazetteer: gazetteer))
        } else {
            self.init(lexicon: NoPlaces(), places: nil)
        }
    }

    init(lexicon: any PlaceLexicon, places: (any PlaceResolving)?) {
        self.lexicon = lexicon
        self.places = places
        Self.loadWordLists()
    }

    /// The word lists load with the reader, not inside the first article's reading: there every
    /// thread reading an article at the time would wait for them, each counting the wait as reading.
    private static func loadWordLists() {
        _ = CommonWords.words.count + FirstNames.words.count + Surnames.words.count + FrequentNames.words.count
        _ = NameKey.foreignHeadGloss("front")
        _ = WordClass.of("the")
    }

    public func read(_ document: inout ReadingDocument) {
        let casing = CasingEvidence(document)
        let words = WordClasses(document, lexicon: lexicon)
        let tokens = document.tokens
        var candidates = NameFinder(lexicon: lexicon).candidates(in: document, casing: casing, words: words)
        let cues = NameCues(document: document, words: words)

        // Keys and votes, mention by mention.
        var keys: [String] = []
        var keyOfText: [String: String] = [:]
        var wordKeys: [String] = []
        var wordKeyOfText: [String: String] = [:]
        for n in candidates.indices {
            let range = candidates[n].tokens
            let text = document[Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)]
            let key = keyOfText[text] ?? NameKey.key(tokens[range].map { document[$0.span] })
            keyOfText[text] = key
            let last = document[tokens[range.upperBound - 1].span]
            let wordKey = wordKeyOfText[last] ?? NameKey.wordKey(last)
            wordKeyOfText[last] = wordKey
            wordKeys.append(wordKey)
            keys.append(key)
            if candidates[n].tokens.count == 1, let country = words.nationality(candidates[n].tokens.lowerBound) {
                candidates[n].nationality = country
                candidates[n].vote(.nationality, 10)
                continue
            }
            cues.vote(&candidates[n], key: key)
        }
        let aliases = TextAliases.find(candidates, tokens)

        // An acronym takes the kind of the name it abbreviates; an alias the kind of its entity.
        // Keys the text links are one group for their kind (a small union-find over keys).
        var parent: [String: String] = [:]
        func root(_ key: String) -> String {
            var k = key
            while let p = parent[k], p != k { k = p }
            return k
        }
        for link in aliases where candidates[link.entity].nationality == nil && candidates[link.alias].nationality == nil {
            let a = root(keys[link.entity]), b = root(keys[link.alias])
            if a != b { parent[b] = a }
        }
        var groupVotes: [String: [EntityKind: Int]] = [:]
        for (n, c) in candidates.enumerated() where c.nationality == nil {
            let group = root(keys[n])
            for (kind, v) in c.votes { groupVotes[group, default: [:]][kind, default: 0] += v }
        }
        var votesByKey: [String: [EntityKind: Int]] = [:]
        for n in candidates.indices where candidates[n].nationality == nil { votesByKey[keys[n]] = groupVotes[root(keys[n])] }
        func kind(ofKey key: String) -> EntityKind {
            let votes = votesByKey[key] ?? [:]
            var best: (EntityKind, Int) = (.organisation, 0)
            for kind in EntityKind.allCases { if let v = votes[kind], v > best.1 { best = (kind, v) } }
            return best.0
        }

        // A surname alone is the person named in full elsewhere in the article.
        var fullNameBySurname: [String: String] = [:]
        var ambiguousSurnames: Set<String> = []
        for (n, c) in candidates.enumerated() where c.nationality == nil && c.tokens.count >= 2 && kind(ofKey: keys[n]) == .person
            && votesByKey[keys[n]]?[.person, default: 0] ?? 0 >= 3 {
            let surname = wordKeys[n]
            if let known = fullNameBySurname[surname], known != keys[n] { ambiguousSurnames.insert(surname) }
            fullNameBySurname[surname] = keys[n]
        }

        var ownKeys = keys
        var mentions = Layer<EntityMention>(.mentions)
        var entities: [EntityID: Entity] = [:]
        var ids: [EntityID?] = Array(repeating: nil, count: candidates.count)
        var placeContext = PlaceContext()
        var resolvedKinds: [EntityKind] = Array(repeating: .organisation, count: candidates.count)
        for (n, c) in candidates.enumerated() {
            if let country = c.nationality {
                placeContext.countries[country, default: 0] += 1
                resolvedKinds[n] = .nationality
                continue
            }
            var key = keys[n]
            var k = kind(ofKey: key)
            if c.tokens.count == 1, k != .outlet, let full = fullNameBySurname[wordKeys[n]], !ambiguousSurnames.contains(wordKeys[n]), full != key {
                key = full
                k = .person
            }
            keys[n] = key
            resolvedKinds[n] = k
        }
        // Places and nationalities that open a longer name ("Cottonport Fire Station", "Russian Peace
        // Coordination Center") are mentions of their own, resolved with the rest.
        if places != nil {
            for n in candidates.indices where candidates[n].tokens.count >= 2 && candidates[n].nationality == nil && !candidates[n].isInner
                && ([.organisation, .outlet, .place].contains(resolvedKinds[n])
                    || resolvedKinds[n] == .person && candidates[n].votes[.person, default: 0] <= 1 && candidates[n].role == nil) {
                guard let inner = innerPlace(candidates[n], document, words) else { continue }
                candidates.append(inner)
                keys.append("")
                ownKeys.append("")
                ids.append(nil)
                resolvedKinds.append(inner.nationality != nil ? .nationality : .place)

            }
        }
        // Places: resolved together, each against the others and the countries the article names.
        var geo: [Int: Entity.Geo] = [:]
        if let places {
            geo = places.resolve(Array(candidates.indices), candidates, resolvedKinds, keys, ownKeys, document, context: placeContext)
        }

        for (n, c) in candidates.enumerated() {
            let span = Span(start: tokens[c.tokens.lowerBound].span.start, end: tokens[c.tokens.upperBound - 1].span.end)
            let text = document[span]
            let id: EntityID
            let entity: Entity
            if c.isInner, c.nationality == nil, geo[n] == nil { continue }
            if c.tokens.count >= 2, geo[n] == nil, NameWords.streetHeads.contains(tokens[c.tokens.upperBound - 1].norm) { continue }
            if let country = c.nationality {
                id = .nationality(countryCode: country)
                entity = Entity(id: id, name: entities[id]?.name ?? text, kind: .nationality, place: lexicon.country(code: country))
            } else if let place = geo[n] {
                id = .place(geonameID: place.geonameID)
                entity = Entity(id: id, name: entities[id]?.name ?? text, kind: .place, place: place)
            } else {
                guard !keys[n].isEmpty else { continue }
                // Without a gazetteer place, a place needs a place noun to stay one.
                let k = resolvedKinds[n] == .place && places != nil && candidates[n].votes[.place, default: 0] < 3 ? .organisation : resolvedKinds[n]
                id = .named(k, key: keys[n])
                let name = entities[id].map { $0.name.unicodeScalars.count >= text.unicodeScalars.count ? $0.name : text } ?? text
                entity = Entity(id: id, name: name, kind: k)
            }
            entities[id] = entity
            ids[n] = id
            let role = c.role.map { Span(start: tokens[$0.lowerBound].span.start, end: tokens[$0.upperBound - 1].span.end) }
            mentions.append(Annotation(span: span, value: EntityMention(entity: id, kind: entity.kind, role: role)))
        }
        mentions.sort()

        var links: [AliasLink] = []
        var seen: Set<AliasLink> = []
        // Places and nationalities have the gazetteer's ids; the text links names of the same kind only.
        func linkable(_ id: EntityID) -> Bool { id.rawValue.hasPrefix("organisation:") || id.rawValue.hasPrefix("outlet:") || id.rawValue.hasPrefix("person:") }
        for found in aliases {
            guard let a = ids[found.entity], let b = ids[found.alias], a != b, linkable(a), linkable(b) else { continue }
            if found.reason != .acronym, a.rawValue.hasPrefix("person:") != b.rawValue.hasPrefix("person:") { continue }
            let link = AliasLink(entity: a, alias: b, reason: found.reason, evidence: found.evidence)
            if seen.insert(link).inserted { links.append(link) }
        }
        var linkedPairs = Set(links.map { [$0.entity, $0.alias] })
        // An acronym never defined here but made of the initials of a name the article gives in full
        // ("FNA" in a piece by the Fars News Agency).
        var byInitials: [String: EntityID] = [:]
        for (n, c) in candidates.enumerated() where c.tokens.count >= 2 && c.nationality == nil {
            if let id = ids[n], id.rawValue.hasPrefix("organisation:") || id.rawValue.hasPrefix("outlet:") {
                byInitials[TextAliases.initials(c, tokens)] = id
            }
        }
        for (n, c) in candidates.enumerated() where c.tokens.count == 1 && tokens[c.tokens.lowerBound].isAllCaps {
            let letters = String(NameKey.fold(tokens[c.tokens.lowerBound].norm).filter { $0.isLetter })
            guard letters.count >= 3, let full = byInitials[letters], let id = ids[n], id != full, linkable(id) else { continue }
            if linkedPairs.insert([full, id]).inserted { links.append(AliasLink(entity: full, alias: id, reason: .acronym)) }
        }

        document.article.layers.mentions = mentions
        document.article.layers.entities = entities
        document.article.layers.aliases = links
    }
}

extension EntityReader {
    /// The place or nationality that opens a longer name which is not a place itself: "Cottonport"
    /// of "Cottonport Fire Station", "Russian" of "Russian Peace Coordination Center".
    func innerPlace(_ c: NameCandidate, _ document: ReadingDocument, _ words: WordClasses) -> NameCandidate? {
        let tokens = document.tokens
        let first = c.tokens.lowerBound
        func text(_ end: Int) -> String { document[Span(start: tokens[first].span.start, end: tokens[end - 1].span.end)] }
        guard words[first].isDisjoint(with: [.foreignHead, .organisationHead]), !lexicon.isPlaceName(text(c.tokens.upperBound)) else { return nil }
        if let country = words.nationality(first) {
            var inner = NameCandidate(tokens: first..<(first + 1), opensSentence: c.opensSentence)
            inner.nationality = country
            inner.isInner = true
            return inner
        }
        for end in stride(from: c.tokens.upperBound - 1, to: first, by: -1)
        where tokens[end - 1].kind == .word && !words[end - 1].contains(.connector) && lexicon.isPlaceByOwnName(text(end)) {
            // "Dublin City Council": the place is Dublin, "City" belongs to the council's name.
            if end - first >= 2, words[end - 1].contains(.placeHead), tokens[end - 1].norm == "city" || tokens[end - 1].norm == "town",
               lexicon.isPlaceByOwnName(text(end - 1)) {
                continue
            }
            // A first word that is also a common word or a person's name ("Grant Foundation") is no place
            // here, unless it is a state's or a country's ("Virginia State Board of Elections").
            if end - first == 1, !words[first].isDisjoint(with: [.commonWord, .firstName, .surname]),
               !lexicon.isProminentPlace(text(end)) { return nil }
            var inner = NameCandidate(tokens: first..<end, opensSentence: c.opensSentence)
            inner.isInner = true
            return inner
        }
        return nil
    }
}

/// What the article says about where it is: the countries it names (by nationality words and by
/// places), for a resolver to prefer places there.
struct PlaceContext: Sendable {
    /// Mentions of each country by a nationality word ("Syrian" → SY).
    var countries: [String: Int] = [:]
}

/// Resolves the place names of one article to GeoNames places, all together.
protocol PlaceResolving: Sendable {
    /// For the candidates at `indices` that can be places, the place each names, by candidate index.
    /// `keys` are the names' keys after a surname joined its full name; `ownKeys` their own.
    func resolve(_ indices: [Int], _ candidates: [NameCandidate], _ kinds: [EntityKind], _ keys: [String], _ ownKeys: [String],
                 _ document: ReadingDocument, context: PlaceContext) -> [Int: Entity.Geo]
}
