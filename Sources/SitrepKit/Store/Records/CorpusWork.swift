/// Articles a corpus pass has not read yet: their sites, and the store's mark for them.
public struct CorpusWork: Sendable, Equatable {
    /// The distinct sites of the pending articles (those without a site are simply cleared).
    public var sites: [String]
    /// The store's position up to which the pending articles are counted; nil when none are.
    public var mark: Int64?

    public init(sites: [String], mark: Int64?) {
        self.sites = sites
        self.mark = mark
    }

    public var isEmpty: Bool { mark == nil }
}
