/// What a named thing is. A nationality word ("Syrian", "Turkish forces") is its own kind, linked
/// to its country.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    /// Armed groups, armies, governments, ministries, agencies, parties, companies.
    case organisation
    /// News media: agencies, papers, broadcasters, sites.
    case outlet
    case place
    case nationality
}

/// A corpus-wide identity, the same on every store and worker because it is derived from what
/// identifies the thing, not from an insertion order:
///
///     EntityID.place(geonameID: 170063)                 // "geonames:170063" (Aleppo)
///     EntityID.nationality(countryCode: "SY")           // "nationality:SY"
///     EntityID.named(.organisation, key: "jbht ft shm") // "organisation:jbht ft shm"
///
/// Names that turn out to be one entity ("Nusra Front", "Jabhat Fateh al-Sham") keep their ids;
/// the store links them to one canonical id (``AliasLink``).
public struct EntityID: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static func place(geonameID: Int) -> EntityID { EntityID(rawValue: "geonames:\(geonameID)") }
    public static func nationality(countryCode: String) -> EntityID { EntityID(rawValue: "nationality:\(countryCode)") }
    public static func named(_ kind: EntityKind, key: String) -> EntityID { EntityID(rawValue: "\(kind.rawValue):\(key)") }

    public var description: String { rawValue }
    public static func < (a: EntityID, b: EntityID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// A named thing as a reader knows it: its name, kind, and for a place (or a nationality's
/// country) where it is.
public struct Entity: Sendable, Hashable, Codable {
    public var id: EntityID
    /// The fullest form the text gives ("Jabhat Fateh al-Sham"), or the gazetteer's name for a place.
    public var name: String
    public var kind: EntityKind
    public var place: Geo?

    public init(id: EntityID, name: String, kind: EntityKind, place: Geo? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.place = place
    }

    /// Where a place is, as GeoNames has it.
    public struct Geo: Sendable, Hashable, Codable {
        public var geonameID: Int
        /// GeoNames' feature kind: `country`, `admin1`, `admin2`, `city`, `continent`, `region`.
        public var feature: String
        /// ISO 3166 alpha-2 country code.
        public var country: String?
        public var latitude: Double
        public var longitude: Double

        public init(geonameID: Int, feature: String, country: String?, latitude: Double, longitude: Double) {
            self.geonameID = geonameID
            self.feature = feature
            self.country = country
            self.latitude = latitude
            self.longitude = longitude
        }
    }
}

/// Evidence in one article that two ids name one entity: "Jabhat Fateh al-Sham (formerly known as
/// Nusra Front)", an acronym defined in parentheses, a spelling variant of a transliterated name.
/// The store unites linked ids under one canonical id, across the corpus.
public struct AliasLink: Sendable, Hashable, Codable {
    public var entity: EntityID
    public var alias: EntityID
    public var reason: Reason
    /// Where the text says so; nil for a link made from spelling alone.
    public var evidence: Span?

    public init(entity: EntityID, alias: EntityID, reason: Reason, evidence: Span? = nil) {
        self.entity = entity
        self.alias = alias
        self.reason = reason
        self.evidence = evidence
    }

    public enum Reason: String, Sendable, Hashable, Codable {
        case formerlyKnownAs = "formerly-known-as"
        case alsoKnownAs = "also-known-as"
        case parenthetical          // "X (Y)"
        case acronym                // "Syrian Observatory for Human Rights (SOHR)"
        case spelling               // Idleb / Idlib, Hizbullah / Hezbollah
    }
}

/// One mention of an entity in the text.
public struct EntityMention: Sendable, Hashable, Codable {
    public var entity: EntityID
    public var kind: EntityKind
    /// A title or role written before a person's name ("Deputy Foreign Minister"), when there is one.
    public var role: Span?

    public init(entity: EntityID, kind: EntityKind, role: Span? = nil) {
        self.entity = entity
        self.kind = kind
        self.role = role
    }
}
