/// Multi-word phrases looked up by tokens' `norm`s, forwards from a token or backwards to one,
/// longest phrase first. A phrase is written with spaces between its tokens as the ``Tokenizer``
/// splits them: "sq / km", "per cent", "no more than".
///
///     let table = PhraseTable(["per cent": "percent", "percent": "percent"])
///     table.match(tokens, at: i, limit: end)     // (value: "percent", end: i + 2) on "per cent"
///
/// Each lookup compares a few tokens' norms to the phrases that start (or end) with one word, so a
/// reader calling it at every token stays linear.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var words: [String]
        var value: Value
    }
    private var byFirst: [String: [Entry]] = [:]
    private var byLast: [String: [Entry]] = [:]

    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            let entry = Entry(words: words, value: value)
            byFirst[words[0], default: []].append(entry)
            byLast[words[words.count - 1], default: []].append(entry)
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.words.count > $1.words.count } }
        for key in byLast.keys { byLast[key]!.sort { $0.words.count > $1.words.count } }
    }

    init(_ phrases: [String: Value]) { self.init(phrases.map { ($0.key, $0.value) }) }

    /// The longest phrase starting at `index`, ending before `limit`.
    func match(_ tokens: [Token], at index: Int, limit: Int) -> (value: Value, end: Int)? {
        guard index < limit, let entries = byFirst[tokens[index].norm] else { return nil }
        next: for entry in entries {
            let end = index + entry.words.count
            guard end <= limit else { continue }
            for k in 1..<entry.words.count where tokens[index + k].norm != entry.words[k] { continue next }
            return (entry.value, end)
        }
        return nil
    }

    /// The longest phrase ending just before `end`, starting at or after `floor`.
    func match(_ tokens: [Token], endingAt end: Int, floor: Int) -> (value: Value, start: Int)? {
        guard end > floor, let entries = byLast[tokens[end - 1].norm] else { return nil }
        next: for entry in entries {
            let start = end - entry.words.count
            guard start >= floor else { continue }
            for k in 0..<(entry.words.count - 1) where tokens[start + k].norm != entry.words[k] { continue next }
            return (entry.value, start)
        }
        return nil
    }

    func contains(_ word: String) -> Bool { byFirst[word] != nil }
}
