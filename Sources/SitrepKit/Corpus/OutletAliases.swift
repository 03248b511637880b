/// Outlets that one article names by initials and another by name: "FNA" for "Fars News Agency".
///
///     OutletAliases.expansions(of: ["FNA", "Fars News Agency", "Reuters"])
///     // ["FNA": "Fars News Agency"]
///
/// An acronym is expanded only when exactly one outlet in the corpus has those initials, so a
/// corpus with two candidates leaves it alone rather than guess.
public enum OutletAliases {
    public static func expansions(of outlets: some Collection<String>) -> [String: String] {
        var byInitials: [String: Set<String>] = [:]
        for name in outlets {
            let words = name.split(separator: " ").filter { $0.first?.isUppercase == true }
            guard words.count >= 2 else { continue }
            byInitials[String(words.compactMap(\.first)), default: []].insert(name)
        }
        var result: [String: String] = [:]
        for outlet in outlets where isAcronym(outlet) {
            if let names = byInitials[outlet], names.count == 1, let name = names.first { result[outlet] = name }
        }
        return result
    }

    static func isAcronym(_ text: String) -> Bool {
        (2...6).contains(text.count) && text.allSatisfy { $0.isUppercase && $0.isLetter }
    }
}
