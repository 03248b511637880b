/// Unicode character classes with an ASCII fast path. Most of the text Sitrep reads is ASCII,
/// and `Unicode.Scalar.Properties` answers every question through a table lookup that costs
/// more than the rest of a tokenizer's loop; these answer ASCII from the code point and fall
/// back to the properties for everything else, with the same results.
extension Unicode.Scalar {
    /// Unicode's White_Space.
    @inline(__always)
    var isWhitespaceFast: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }

    /// Unicode's Alphabetic.
    @inline(__always)
    var isAlphabeticFast: Bool {
        value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : properties.isAlphabetic
    }

    /// Unicode's Uppercase.
    @inline(__always)
    var isUppercaseFast: Bool {
        value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase
    }
}
