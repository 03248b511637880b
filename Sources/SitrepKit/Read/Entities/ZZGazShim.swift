// TEMPORARY: stands in for the gazetteer branch until it is merged. Deleted at the merge.
struct GazShimError: Error {}
public final class Gazetteer: Sendable {
    public static func shared() throws -> Gazetteer { throw GazShimError() }
    public func candidates(named name: String) -> [PlaceCandidate] { [] }
    public func country(nationality word: String) -> Place? { nil }
    public func country(code: String) -> Place? { nil }
    public func key(_ name: String) -> String { name.lowercased() }
}
public struct Place: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case continent, region, country, firstLevelDivision, secondLevelDivision, city }
    public var geonameID: Int
    public var name: String
    public var kind: Kind
    public var countryCode: String
    public var admin1Code: String
    public var latitude: Double
    public var longitude: Double
    public var population: Int
}
public struct PlaceCandidate: Hashable, Sendable {
    public var place: Place
    public var byAlternateName: Bool
}
