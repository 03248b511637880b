/// Why the gazetteer could not be loaded: the file and what is wrong with it.
///
///     "gazetteer.tsv.gz: line 7: a place record has 9 fields, not 11"
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
