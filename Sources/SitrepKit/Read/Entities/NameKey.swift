import Foundation

/// The key a name is identified by, corpus-wide: the spelling variants of one transliterated name
/// share it, so they share an ``EntityID`` with no lookup at all.
///
///     NameKey.key(["Idleb"]) == NameKey.key(["Idlib"])                      // "idlab"
///     NameKey.key(["Hizbullah"]) == NameKey.key(["Hezbollah"])              // "hazbola"
///     NameKey.key(["Jeish", "al-Fatah"]) == NameKey.key(["Jaish", "Al-Fatah"])   // "army fata"
///     NameKey.key(["Jabhat", "al-Nusra"]) == NameKey.key(["Nusra", "Front"])     // "front nosra"
///     NameKey.key(["Homs"]) != NameKey.key(["Hama"])
///
/// What varies between transliterations, and is folded: case and diacritics; apostrophes and
/// periods; the Arabic article (al-, el-, Al, ash- …), dropped; doubled letters; a final -ah
/// ("Hamah", "Nusrah"); and vowels within a class, since romanisation moves between a/e/i
/// (Jaish, Jeish; Idlib, Idleb) and between o/u (Hezbollah, Hizbullah). What does not vary, and is
/// kept: every consonant and its order, the first vowel of a word that starts with one (Iran is not
/// Oran), and the exact vowels of a short word, one with fewer than three consonants (Ali is not
/// Ala, Hama is not Homs). An Arabic head noun is glossed and an English one put first ("Jabhat"
/// and "Front" both become "front"), so a name and its translation meet.
///
/// Acronyms are not skeletonised: a word in capitals is kept letter for letter ("NDF").
enum NameKey {
    /// The key of a name given as its words, as written.
    static func key<S: Sequence>(_ words: S) -> String where S.Element: StringProtocol {
        var parts: [String] = []
        var exact: [Bool] = []
        var hasPreposition = false
        for word in words {
            let acronym = isAcronym(word)
            for sub in split(fold(String(word))) {
                if sub == "of" || sub == "for" { hasPreposition = true }
                if dropped.contains(sub) { continue }
                parts.append(sub == "ibn" ? "bin" : sub)
                exact.append(acronym)
            }
        }
        guard !parts.isEmpty else { return "" }
        var skeletons = parts.indices.map { exact[$0] ? parts[$0] : skeleton(parts[$0]) }
        if skeletons.count >= 2 {
            if !hasPreposition, NameWords.translatableHeads.contains(parts[parts.count - 1]) {
                let head = parts[parts.count - 1]
                skeletons.removeLast()
                skeletons.insert(head, at: 0)
            } else if let gloss = foreignHeads[skeletons[0]] {
                skeletons[0] = gloss
            }
        }
        return skeletons.joined(separator: " ")
    }

    /// The key of one word alone: how a surname is matched to a full name ("Assad", "al-Assad").
    static func wordKey<S: StringProtocol>(_ word: S) -> String {
        split(fold(String(word))).filter { !dropped.contains($0) }.map { skeleton($0) }.joined(separator: " ")
    }

    /// A word's skeleton: doubled letters collapsed, a final -ah cut to -a, and (for a word of
    /// three consonants or more) each run of vowels after the first letter replaced by its class.
    /// Read on scalars: a folded word has no combining marks left, so a scalar is a letter.
    static func skeleton(_ word: String) -> String {
        // Most names in English news are ASCII: read byte by byte, no scalars built.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: skeleton(of: Array(word.utf8)), as: UTF8.self)
        }
        let scalars = skeleton(of: word.unicodeScalars.map(\.value))
        return String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    /// The rules of ``skeleton(_:)`` on a word's code points (bytes of an ASCII word, or scalar
    /// values): the vowels and the letters put in their place are all ASCII.
    private static func skeleton<Letter: FixedWidthInteger>(of word: [Letter]) -> [Letter] {
        func letter(_ c: Unicode.Scalar) -> Letter { Letter(c.value) }
        let (a, e, i0, o, u, y, h) = (letter("a"), letter("e"), letter("i"), letter("o"), letter("u"), letter("y"), letter("h"))
        var letters: [Letter] = []
        letters.reserveCapacity(word.count)
        for c in word where letters.last != c { letters.append(c) }
        if letters.count > 3, letters[letters.count - 1] == h, letters[letters.count - 2] == a { letters.removeLast() }
        func isVowel(_ i: Int) -> Bool {
            let c = letters[i]
            return c == a || c == e || c == i0 || c == o || c == u || c == y && i > 0
        }
        func isBack(_ c: Letter) -> Bool { c == o || c == u }
        var consonants = 0
        for i in letters.indices where !isVowel(i) { consonants += 1 }
        var out: [Letter] = []
        out.reserveCapacity(letters.count + 1)
        var i = 0
        guard consonants >= 3 else {
            // A short word keeps its single vowels (Ali, Ala); only a run of two is classed (Qaeda, Qaida).
            while i < letters.count {
                guard isVowel(i), i + 1 < letters.count, isVowel(i + 1), i > 0 else { out.append(letters[i]); i += 1; continue }
                var front = false, back = false
                while i < letters.count, isVowel(i) {
                    if isBack(letters[i]) { back = true } else { front = true }
                    i += 1
                }
                out += front && back ? [e, a] : back ? [o, u] : [a, i0]
            }
            return out
        }
        while i < letters.count, isVowel(i) { out.append(letters[i]); i += 1 }
        while i < letters.count {
            if !isVowel(i) { out.append(letters[i]); i += 1; continue }
            var front = false, back = false
            while i < letters.count, isVowel(i) {
                if isBack(letters[i]) { back = true } else { front = true }
                i += 1
            }
            out.append(front && back ? e : back ? o : a)
        }
        return out
    }

    /// Lowercased, diacritics and apostrophes gone, periods gone ("U.S." is "us").
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(word.utf8.count)
            for b in word.utf8 where b != UInt8(ascii: "'") && b != UInt8(ascii: ".") && b != UInt8(ascii: "`") {
                bytes.append(b >= 65 && b <= 90 ? b + 32 : b)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = String.UnicodeScalarView()
        for s in folded.unicodeScalars where !vanishing.contains(s) {
            out.append(s == "‑" || s == "–" ? "-" : s)
        }
        return String(out)
    }

    /// Whether a word is written in capitals (two letters or more), so kept letter for letter.
    static func isAcronym<S: StringProtocol>(_ word: S) -> Bool {
        var letters = 0
        // Most words are ASCII: their letters are told apart without Unicode's property tables.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in word.utf8 {
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { letters += 1 }
            }
            return letters >= 2
        }
        for s in word.unicodeScalars where s.properties.isAlphabetic {
            guard s.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// A folded word split at hyphens, with an Arabic article written against its word removed
    /// ("al-sham" → "sham", "ash-sham" → "sham").
    private static func split(_ folded: String) -> [String] {
        let pieces = folded.split(separator: "-").map(String.init)
        guard pieces.count > 1 else { return pieces }
        var out: [String] = []
        for (i, piece) in pieces.enumerated() where !(i < pieces.count - 1 && articles.contains(piece)) {
            out.append(piece)
        }
        return out
    }

    private static let vanishing: Set<Unicode.Scalar> = ["'", "’", "‘", "`", "ʿ", "ʾ", "ʼ", "ʻ", "´", "."]
    private static let articles: Set<String> = ["al", "el", "as", "ash", "ad", "adh", "an", "ar", "at", "az", "ul", "wal", "wa"]
    /// Words that never tell two names apart: articles and the connectors of a name.
    private static let dropped: Set<String> = ["al", "el", "the", "of", "for", "and", "&", "de", "du", "la", "le", "da", "di", "del", "von", "van"]

    /// The foreign head nouns by skeleton, so every transliteration finds its gloss.
    private static let foreignHeads: [String: String] = {
        var heads: [String: String] = [:]
        for (word, gloss) in NameWords.foreignOrganisationHeads { heads[skeleton(fold(word))] = gloss }
        return heads
    }()

    /// Whether a word, by its skeleton, is a foreign organisation head ("Jeish", "Jabha", "Liwaa").
    static func foreignHeadGloss<S: StringProtocol>(_ word: S) -> String? {
        foreignHeads[skeleton(fold(String(word)))]
    }
}
