/// How a name becomes the key the gazetteer files it under: case and diacritics folded
/// ("Ḩalab" = "halab"), apostrophes and periods dropped ("U.S." = "US", "Ma'arrat" = "Maarrat"),
/// hyphens and other punctuation made spaces ("Winston-Salem" = "Winston Salem"), and the
/// abbreviated words "St", "Ste", "Ft", "Mt" spelt out ("St. Louis" = "Saint Louis").
///
///     folding.key("Saint-Étienne") == folding.key("St. Etienne")   // "saint etienne"
///
/// scripts/build_gazetteer.py writes every key of the gazetteer with the same rules; how each
/// non-ASCII character folds comes from the gazetteer file itself (its F lines, Python's NFKD
/// plus a few letters NFKD leaves whole, like "ø" and "ł"), so both sides fold alike.
struct PlaceKeyFolding: Sendable {
    /// A non-ASCII scalar's folded UTF-8: lowercase letters without marks, a space for
    /// punctuation, nothing for an apostrophe-like mark.
    let folds: [UInt32: [UInt8]]

    static let space: UInt8 = 0x20

    /// Words spelt out, as names' words are often abbreviated: "st", "ste", "ft", "mt".
    private static func spelt(_ word: ArraySlice<UInt8>) -> [UInt8]? {
        guard word.count == 2 || word.count == 3, word.last != nil else { return nil }
        let first = word[word.startIndex], second = word[word.startIndex + 1]
        let third: UInt8? = word.count == 3 ? word[word.startIndex + 2] : nil
        switch (first, second, third) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t"), nil): return Array("saint".utf8)
        case (UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "e")): return Array("sainte".utf8)
        case (UInt8(ascii: "f"), UInt8(ascii: "t"), nil): return Array("fort".utf8)
        case (UInt8(ascii: "m"), UInt8(ascii: "t"), nil): return Array("mount".utf8)
        default: return nil
        }
    }

    func key(_ text: some StringProtocol) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): raw.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): raw.append(byte | 0x20)
                case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "`"): break
                default: raw.append(Self.space)
                }
            } else if let folded = folds[value] {
                raw.append(contentsOf: folded)
            } else {
                // A character no gazetteer name has: it cannot help a match, only keep words apart.
                let properties = scalar.properties
                switch properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: break
                default:
                    if properties.isAlphabetic || properties.numericType != nil {
                        raw.append(contentsOf: properties.lowercaseMapping.utf8)
                    } else {
                        raw.append(Self.space)
                    }
                }
            }
        }
        return Self.tidy(raw)
    }

    /// Words separated by one space, abbreviations spelt out.
    static func tidy(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            while index < raw.count && raw[index] == space { index += 1 }
            let start = index
            while index < raw.count && raw[index] != space { index += 1 }
            guard index > start else { break }
            if !out.isEmpty { out.append(space) }
            let word = raw[start..<index]
            if let spelt = spelt(word) {
                out.append(contentsOf: spelt)
            } else {
                out.append(contentsOf: word)
            }
        }
        return out
    }

    /// The Arabic article as GeoNames and news write it before a name: "al-Bab", "Ar Raqqah".
    static let arabicArticles: Set<[UInt8]> = Set(
        ["al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez"]
            .map { Array($0.utf8) })

    /// The key without a leading "the" or Arabic article, when it has one and more words after it.
    static func withoutArticle(_ key: [UInt8]) -> [UInt8]? {
        guard let space = key.firstIndex(of: space), space + 1 < key.count else { return nil }
        let first = Array(key[..<space])
        guard first == Array("the".utf8) || arabicArticles.contains(first) else { return nil }
        return Array(key[(space + 1)...])
    }
}

extension PlaceKeyFolding {
    /// The key of an ASCII name, without the detour through String the general case takes.
    static func asciiKey(_ name: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(name.count)
        for byte in name {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): raw.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): raw.append(byte | 0x20)
            case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "`"): break
            default: raw.append(space)
            }
        }
        return tidy(raw)
    }
}
