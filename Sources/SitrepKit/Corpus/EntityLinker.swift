/// Unites the entity ids the texts link as aliases into one canonical id each, corpus-wide.
///
///     // "Jabhat Fateh al-Sham (formerly known as Nusra Front)" in one article,
///     // "Jabhat al-Nusra, also known as Nusra Front" in another:
///     EntityLinker().canonical(for: links)
///     // [nusra front: jabhat fateh al-sham, jabhat al-nusra: jabhat fateh al-sham]
///
/// Links are united transitively (union-find, near-linear in the links). A group's canonical id
/// is the one the links name as the entity and never as the alias — the name an article gives
/// first, as in "X, formerly Y" — else the longest, then the first in order; so the answer is the
/// same whatever order the links arrive in.
public struct EntityLinker: Sendable {
    public init() {}

    /// The canonical id of every id that is not its own.
    public func canonical(for links: [AliasLink]) -> [EntityID: EntityID] {
        var parent: [EntityID: EntityID] = [:]
        func root(_ id: EntityID) -> EntityID {
            var node = id
            while let up = parent[node], up != node { node = up }
            // Path compression: every node on the way points at the root.
            var walk = id
            while let up = parent[walk], up != node { parent[walk] = node; walk = up }
            return node
        }
        var aliasOnly = Set<EntityID>()
        var primary = Set<EntityID>()
        for link in links where link.entity != link.alias {
            parent[link.entity] = parent[link.entity] ?? link.entity
            parent[link.alias] = parent[link.alias] ?? link.alias
            primary.insert(link.entity)
            aliasOnly.insert(link.alias)
            let a = root(link.entity), b = root(link.alias)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        aliasOnly.subtract(primary)
        var groups: [EntityID: [EntityID]] = [:]
        for id in parent.keys { groups[root(id), default: []].append(id) }
        var out: [EntityID: EntityID] = [:]
        for members in groups.values {
            let best = members.min { a, b in
                let aPrimary = !aliasOnly.contains(a), bPrimary = !aliasOnly.contains(b)
                if aPrimary != bPrimary { return aPrimary }
                if a.rawValue.count != b.rawValue.count { return a.rawValue.count > b.rawValue.count }
                return a < b
            }!
            for id in members where id != best { out[id] = best }
        }
        return out
    }
}
