/// The word lists generated under scripts/ store their words as one space-separated string,
/// wrapped at any byte to keep source lines short: a line break is no separator.
enum WordList {
    /// The words of such a string, built from its bytes in one pass (no intermediate strings for
    /// the rewrapped text: these sets load when the reading stage is built).
    static func set(_ source: String) -> Set<String> {
        var words = Set<String>(minimumCapacity: source.utf8.count / 8)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        for byte in source.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): continue
            case UInt8(ascii: " "):
                if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            default: word.append(byte)
            }
        }
        if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
