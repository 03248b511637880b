/// Nouns of ground that can be taken: what makes "seized the village" a battle for territory and
/// "seized counterfeit goods" none. A place name in the object does as well.
enum TerritoryWords {
    static let nouns: Set<String> = [
        "village", "villages", "town", "towns", "city", "cities", "district", "districts", "area", "areas", "region",
        "province", "territory", "territories", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
        "hill", "hills", "heights", "airport", "airbase", "base", "bases", "post", "posts", "checkpoint", "crossing",
        "border", "road", "highway", "bridge", "port", "outskirts", "countryside", "positions", "position", "control",
        "stronghold", "strongholds", "enclave", "valley", "mountain", "island", "camp", "field", "oilfield", "dam",
        "quarter", "suburb", "suburbs", "municipality", "county", "capital", "front", "frontline", "headquarters",
        "parts", "part", "site", "junction", "farms", "mosque", "citadel", "old", "east", "west", "north", "south",
    ]

    /// Whether the phrase names ground: a territory noun or a place mention.
    static func names(_ range: Range<Int>, tokens: [Token], mentions: Layer<EntityMention>) -> Bool {
        if range.contains(where: { nouns.contains(tokens[$0].norm) }) { return true }
        let span = Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        return mentions.indices(startingIn: span).contains { mentions[$0].value.kind == .place }
    }
}
