/// A list of lowercase phrases searched for in lowercase UTF-8 bytes: String.contains goes through
/// Foundation's locale-aware search on Linux, which dominated cleaning time.
///
///     let prompts = PhraseList(["sign up", "subscribe"])
///     prompts.count(in: line.loweredBytes)   // how many of the phrases occur
struct PhraseList: Sendable {
    let phrases: [[UInt8]]

    init(_ phrases: [String]) { self.phrases = phrases.map { Array($0.utf8) } }

    func count(in text: [UInt8]) -> Int {
        phrases.reduce(0) { $0 + (Self.occurs($1, in: text) ? 1 : 0) }
    }

    func containsAny(in text: [UInt8]) -> Bool { phrases.contains { Self.occurs($0, in: text) } }

    /// Whether `text` starts with one of the phrases, and which.
    func prefix(of text: [UInt8]) -> [UInt8]? { phrases.first { text.starts(with: $0) } }

    static func occurs(_ phrase: [UInt8], in text: [UInt8]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= text.count else { return phrase.isEmpty }
        return text.withUnsafeBufferPointer { haystack in
            phrase.withUnsafeBufferPointer { needle in
                let first = needle[0]
                var i = 0
                let last = haystack.count - needle.count
                while i <= last {
                    if haystack[i] == first {
                        var j = 1
                        while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
