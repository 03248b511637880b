/// Word shingles of a text, as 64-bit hashes: the sets near-duplicate detection compares.
///
///     Shingles.hashes(of: "The river rose two metres overnight", size: 3)   // 4 hashes
///
/// Words are runs of letters and digits, lowercased, so punctuation, case and spacing changes made
/// by a republisher do not hide a copy.
public enum Shingles {
    public static func hashes(of text: String, size: Int = 5) -> [UInt64] {
        let words = wordHashes(of: text)
        guard words.count >= size else { return words.isEmpty ? [] : [combine(words[...])] }
        var out = [UInt64]()
        out.reserveCapacity(words.count - size + 1)
        for start in 0...(words.count - size) {
            out.append(combine(words[start..<(start + size)]))
        }
        return out
    }

    /// FNV-1a over each lowercased word's UTF-8, without building the words as Strings. ASCII is
    /// classified and lowercased by arithmetic; only other scripts consult Unicode properties.
    static func wordHashes(of text: String) -> [UInt64] {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf8.count / 5)
        var hash = basis
        var inWord = false
        @inline(__always) func feed(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            var isWordScalar: Bool
            if v < 0x80 {
                let byte = UInt8(v)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    feed(byte); isWordScalar = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    feed(byte | 0x20); isWordScalar = true
                default:
                    isWordScalar = false
                }
            } else if scalar.isAlphabeticFast || scalar.properties.numericType != nil {
                for byte in String(scalar.properties.lowercaseMapping).utf8 { feed(byte) }
                isWordScalar = true
            } else {
                isWordScalar = false
            }
            if isWordScalar {
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = basis
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    private static func combine(_ words: ArraySlice<UInt64>) -> UInt64 {
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15
        for w in words { h = mix(h ^ w) }
        return h
    }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
