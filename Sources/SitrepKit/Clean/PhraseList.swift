/// A list of lowercase phrases searched for in lowercase UTF-8 bytes, all in one pass: each
/// position is checked only against the phrases that start with its byte. (String.contains goes
/// through Foundation's locale-aware search on Linux, which dominated cleaning time.)
///
///     let prompts = PhraseList(["sign up", "subscribe"])
///     prompts.count(in: line.lowered)   // how many of the phrases occur
struct PhraseList: Sendable {
    let phrases: [[UInt8]]
    /// For each first byte, the indexes of the phrases that start with it.
    private let byFirstByte: [[Int]]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }
        var table = [[Int]](repeating: [], count: 256)
        for (index, phrase) in self.phrases.enumerated() where !phrase.isEmpty {
            table[Int(phrase[0])].append(index)
        }
        byFirstByte = table
    }

    /// How many distinct phrases occur in `text`.
    func count(in text: [UInt8]) -> Int { found(in: text, stopAtFirst: false) }

    func containsAny(in text: [UInt8]) -> Bool { found(in: text, stopAtFirst: true) > 0 }

    /// The phrase `text` starts with, if any.
    func prefix(of text: [UInt8]) -> [UInt8]? {
        guard let first = text.first else { return nil }
        return byFirstByte[Int(first)].lazy.map { phrases[$0] }.first { text.starts(with: $0) }
    }

    private func found(in text: [UInt8], stopAtFirst: Bool) -> Int {
        var seen = [Bool](repeating: false, count: phrases.count)
        var count = 0
        text.withUnsafeBufferPointer { bytes in
            for i in 0..<bytes.count {
                for index in byFirstByte[Int(bytes[i])] where !seen[index] {
                    let phrase = phrases[index]
                    guard i + phrase.count <= bytes.count else { continue }
                    var j = 1
                    while j < phrase.count, bytes[i + j] == phrase[j] { j += 1 }
                    if j == phrase.count {
                        seen[index] = true
                        count += 1
                        if stopAtFirst { return }
                    }
                }
            }
        }
        return count
    }
}
