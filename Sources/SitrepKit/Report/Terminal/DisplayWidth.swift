/// How many terminal columns text takes: one per grapheme cluster, two for East Asian wide and
/// fullwidth characters and for emoji shown as pictures.
///
///     DisplayWidth.of("Alep")    // 4
///     DisplayWidth.of("阿勒颇")   // 6
///     DisplayWidth.of("e\u{301}") // 1: a letter and its accent are one cluster
///
/// Terminals disagree about a few characters (ambiguous-width symbols, emoji sequences); where
/// they do, this errs on the wide side, since a line measured too wide only ends a little early,
/// while one measured too narrow overflows its table.
public enum DisplayWidth {
    public static func of(_ text: some StringProtocol) -> Int {
        // ASCII is every column and every table of the seeds: counted without Unicode tables.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0xFE0F }) { return 2 }
        return isWide(scalars.first!) ? 2 : 1
    }

    /// The blocks Unicode's East Asian Width property marks Wide or Fullwidth (UAX #11), by range:
    /// the standard library does not expose the property.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F,    // Hangul Jamo initials
             0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic punctuation
             0x3041...0x33FF,    // kana, Bopomofo, CJK compatibility
             0x3400...0x4DBF,    // CJK extension A
             0x4E00...0x9FFF,    // CJK unified ideographs
             0xA000...0xA4CF,    // Yi
             0xA960...0xA97F,    // Hangul Jamo extended A
             0xAC00...0xD7A3,    // Hangul syllables
             0xF900...0xFAFF,    // CJK compatibility ideographs
             0xFE10...0xFE19,    // vertical forms
             0xFE30...0xFE6F,    // CJK compatibility forms, small forms
             0xFF00...0xFF60,    // fullwidth forms
             0xFFE0...0xFFE6,
             0x1F300...0x1F64F,  // pictographs and emoticons, wide even without emoji presentation
             0x1F900...0x1F9FF,
             0x20000...0x2FFFD,  // CJK extensions B and on
             0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
