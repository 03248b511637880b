/// Finds the names in an article's tokens: runs of capitalised words with the connectors between
/// them ("Syrian Observatory for Human Rights", "Jabhat Fateh al-Sham", "Staffan de Mistura"),
/// split where a title or role ends ("Deputy Foreign Minister | Sergei Ryabkov") and where a
/// nationality word opens a name that is not an organisation's ("Russian | Vitaly Churkin", but
/// "Syrian Army" whole).
///
///     let names = NameFinder(lexicon: lexicon).candidates(in: document, casing: casing, words: words)
///
/// One pass over the tokens; every decision looks at a few tokens around the run.
struct NameFinder {
    var lexicon: any PlaceLexicon
    static let longestName = 12

    func candidates(in document: ReadingDocument, casing: CasingEvidence, words: WordClasses) -> [NameCandidate] {
        var out: [NameCandidate] = []
        let tokens = document.tokens
        for sentence in document.article.sentences {
            let range = document.tokenIndices(in: sentence)
            var i = range.lowerBound
            while i < range.upperBound {
                guard isNameWord(i, document, casing, words) else { i += 1; continue }
                var end = i + 1
                // A name has a dozen words at most; a longer run (a list, a headline in capitals) is read in pieces.
                while end < range.upperBound, end - i < Self.longestName {
                    if isNameWord(end, document, casing, words) { end += 1; continue }
                    // Abbreviations with their periods: "W.Va.", "St. Petersburg", "Atlanta, Ga."
                    if tokens[end].norm == ".", tokens[end - 1].touches(tokens[end]), tokens[end - 1].isCapitalised,
                       tokens[end - 1].norm.count <= 5, !words[end - 1].contains(.roleHead) {
                        let after = end + 1
                        if after < range.upperBound, tokens[end].touches(tokens[after]), isNameWord(after, document, casing, words) {
                            end = after + 1
                            continue
                        }
                        if words[end - 1].contains(.placeAbbreviation), after < range.upperBound,
                           isNameWord(after, document, casing, words) {
                            end = after + 1
                            continue
                        }
                        let text = document[Span(start: tokens[i].span.start, end: tokens[end].span.end)]
                        if end - i <= 4, lexicon.isAbbreviation(text) { end += 1 }
                        break
                    }
                    // Up to two connectors between capitalised words ("van der", "of the"); "of" and
                    // "for" only after a head noun ("Ministry of Defence", "Secretary of State"), so
                    // "Phil Cole of the Ohio Association" is two names.
                    var next = end
                    while next < min(end + 2, range.upperBound), !tokens[next].isCapitalised, words[next].contains(.connector) {
                        next += 1
                    }
                    if next > end, next < range.upperBound, isNameWord(next, document, casing, words),
                       !(tokens[end].norm == "of" || tokens[end].norm == "for") || joinsAcrossOf(end - 1, document, words) {
                        end = next + 1
                        continue
                    }
                    break
                }
                split(i..<end, document, casing, words, into: &out)
                i = end
            }
        }
        return out
    }

    /// Whether "of" or "for" after this word goes on with the same name: after a head noun of an
    /// organisation, role, place or outlet, or inside the article's own outlet's name ("Moon of Alabama").
    private func joinsAcrossOf(_ i: Int, _ document: ReadingDocument, _ words: WordClasses) -> Bool {
        let heads: WordClass = [.organisationHead, .roleHead, .roleModifier, .placeHead, .outletHead, .foreignHead, .compass]
        if !words[i].isDisjoint(with: heads) { return true }
        let n = document.tokens[i].norm
        guard let outlet = document.article.outlet?.lowercased() else { return false }
        return outlet.contains(n + " of ") || outlet.contains(n + " for ")
    }

    /// Whether a token can be part of a name: a capitalised word, an acronym, or a word opened by
    /// an Arabic article before a capital ("al-Nusra"); never a month, a weekday or a headline's
    /// common word in capitals.
    func isNameWord(_ i: Int, _ document: ReadingDocument, _ casing: CasingEvidence, _ words: WordClasses) -> Bool {
        let t = document.tokens[i]
        guard t.kind == .word, t.norm != "'s", t.norm != "’s" else { return false }
        if words[i].contains(.calendar) { return false }
        // A compound adjective ("Arabic-language", "Roman-era") describes; it names nothing.
        if t.norm.utf8.contains(UInt8(ascii: "-")), let hyphen = t.norm.lastIndex(of: "-"), !Self.isArticleName(t, document.text) {
            let at = t.span.start + t.norm[..<hyphen].unicodeScalars.count + 1
            if at < t.span.end, !document.text.scalars[at].isUppercaseFast { return false }
        }
        if t.isAllCaps {
            let letters = t.norm.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            if letters >= 3, !words[i].isDisjoint(with: .calendarOrFunction) || casing.isCommonWord(i, t.norm, words) { return false }
            return true
        }
        return t.isCapitalised || Self.isArticleName(t, document.text)
    }

    /// "al-Sham", "el-Sisi": an article, a hyphen, a capital.
    static func isArticleName(_ t: Token, _ text: ScalarText) -> Bool {
        // Every article is a few letters and a hyphen: look at the hyphen before comparing prefixes.
        guard t.span.length > 3, let dash = (t.span.start + 1..<min(t.span.end, t.span.start + 5)).first(where: {
            text.scalars[$0] == "-" || text.scalars[$0] == "‑" || text.scalars[$0] == "'"
        }), dash + 1 < t.span.end, text.scalars[dash + 1].isUppercaseFast else { return false }
        for prefix in NameWords.articlePrefixes where t.norm.hasPrefix(prefix) {
            let at = t.span.start + prefix.unicodeScalars.count
            return at < t.span.end && text.scalars[at].isUppercaseFast
        }
        return false
    }

    // MARK: Splitting a run

    private func split(_ run: Range<Int>, _ document: ReadingDocument, _ casing: CasingEvidence, _ words: WordClasses,
                       into out: inout [NameCandidate]) {
        let tokens = document.tokens
        var start = run.lowerBound, end = run.upperBound
        // A name the gazetteer holds whole keeps an opening common word ("South Sudan", "New Mexico").
        let wholeIsPlace = end - start >= 2
            && lexicon.isPlaceName(document[Span(start: tokens[start].span.start, end: tokens[end - 1].span.end)])
        // Words capitalised only because they open the sentence, and a leading "The".
        while start < end {
            let t = tokens[start]
            let opening = casing.opensSentence[start]
            if !words[start].isDisjoint(with: .calendarOrFunction) && !(t.isAllCaps && t.norm.count <= 3)
                || words[start].contains(.connector) && !t.isCapitalised
                || (opening && !wholeIsPlace && !t.isAllCaps && casing.isCommonWord(start, t.norm, words) && words.nationality(start) == nil) {
                start += 1
            } else { break }
        }
        while end > start, words[end - 1].contains(.connector), !tokens[end - 1].isCapitalised { end -= 1 }
        guard start < end else { return }
        // Words of creeds and languages are no names; they split the run ("Sunni rebels").
        if let creed = (start..<end).first(where: { words[$0].contains(.creedOrLanguage) && words.nationality($0) == nil }) {
            if creed > start { split(start..<creed, document, casing, words, into: &out) }
            if creed + 1 < end { split((creed + 1)..<end, document, casing, words, into: &out) }
            return
        }
        // "East Aleppo", "northern Syria": the place is Aleppo, unless the whole is a name ("South Africa").
        if words[start].contains(.compass) {
            if end - start == 1 { return }
            let whole = document[Span(start: tokens[start].span.start, end: tokens[end - 1].span.end)]
            if !lexicon.isPlaceName(whole) {
                // "Old City", "North Side": what is left is a common noun, no name.
                if end - start == 2, words[start + 1].contains(.commonWord) { return }
                split((start + 1)..<end, document, casing, words, into: &out)
                return
            }
        }
        let opens = casing.opensSentence[start]

        // A role inside the run: the last role head with a name after it.
        var roleHead: Int?
        var k = end - 2
        while k >= start {
            if words[k].contains(.roleHead) { roleHead = k; break }
            k -= 1
        }
        if let head = roleHead {
            var nameStart = head + 1
            // "Secretary of State John Kerry": the role goes on through "of" and its modifiers.
            while nameStart < end - 1 {
                let n = tokens[nameStart].norm
                if words[nameStart].contains(.roleModifier) && n != "of" && n != "the" && n != "for" || words[nameStart].contains(.roleHead) {
                    nameStart += 1
                } else if (n == "of" || n == "for"), nameStart + 1 < end - 1, words[nameStart + 1].contains(.roleModifier) {
                    nameStart += 2
                } else { break }
            }
            let name = nameStart..<end
            if isPersonAfterRole(name, tokens, words) {
                var roleStart = head
                while roleStart > start, isRoleWord(roleStart - 1, tokens, words) { roleStart -= 1 }
                while roleStart < head, ["of", "the", "for"].contains(tokens[roleStart].norm) { roleStart += 1 }
                if roleStart > start { split(start..<roleStart, document, casing, words, into: &out) }
                out.append(NameCandidate(tokens: name, role: roleStart..<nameStart, opensSentence: false))
                return
            }
        }
        // A role that ends the run ("the British Foreign Minister") names no one: keep what precedes it.
        if words[end - 1].contains(.roleHead), end - start >= 2, !words[end - 1].contains(.organisationHead) {
            var roleStart = end - 1
            while roleStart > start, isRoleWord(roleStart - 1, tokens, words) { roleStart -= 1 }
            if roleStart > start { split(start..<roleStart, document, casing, words, into: &out) }
            return
        }

        // A nationality word opening a name that is not an organisation's.
        if end - start >= 2, words.nationality(start) != nil, !endsAsOrganisation(start..<end, tokens, words) {
            out.append(NameCandidate(tokens: start..<(start + 1), opensSentence: opens))
            split((start + 1)..<end, document, casing, words, into: &out)
            return
        }
        // A lowercase role just before the name: "special envoy Staffan de Mistura", "rebel commander X".
        var role: Range<Int>?
        if start > 0, !opens, isPersonAfterRole(start..<end, tokens, words) {
            let before = tokens[start - 1]
            if before.kind == .word, !before.isCapitalised, words[start - 1].contains(.roleHead) {
                var roleStart = start - 1
                while roleStart > 0, tokens[roleStart - 1].kind == .word, !tokens[roleStart - 1].isCapitalised,
                      !words[roleStart - 1].isDisjoint(with: [.roleModifier, .roleHead]),
                      !["of", "the", "for"].contains(tokens[roleStart - 1].norm) {
                    roleStart -= 1
                }
                role = roleStart..<start
            }
        }
        out.append(NameCandidate(tokens: start..<end, role: role, opensSentence: opens))
    }

    private func isRoleWord(_ i: Int, _ tokens: [Token], _ words: WordClasses) -> Bool {
        let t = tokens[i]
        return t.kind == .word && (!words[i].isDisjoint(with: [.roleHead, .roleModifier]) || t.isAllCaps && t.norm.count <= 4)
            && words.nationality(i) == nil && t.norm != "us" && t.norm != "u.s."
    }

    /// Whether the words after a role can be a person's name: no organisation, outlet or place head
    /// ends them, and they are not all role words ("General Assembly" is no General named Assembly).
    private func isPersonAfterRole(_ name: Range<Int>, _ tokens: [Token], _ words: WordClasses) -> Bool {
        guard !name.isEmpty, name.count <= 5 else { return false }
        if !words[name.upperBound - 1].isDisjoint(with: [.organisationHead, .outletHead, .placeHead]) { return false }
        if tokens[name].allSatisfy({ $0.isAllCaps }) { return false }
        if words.nationality(name.lowerBound) != nil { return false }
        return !name.allSatisfy { !words[$0].isDisjoint(with: [.roleHead, .roleModifier]) }
    }

    /// Whether a run ends as an organisation's name does ("Syrian Army", "Russian Peace
    /// Coordination Center", "Syrian Observatory for Human Rights").
    func endsAsOrganisation(_ run: Range<Int>, _ tokens: [Token], _ words: WordClasses) -> Bool {
        if !words[run.upperBound - 1].isDisjoint(with: [.organisationHead, .outletHead]) { return true }
        return tokens[run].contains { $0.norm == "for" || $0.norm == "of" }
    }
}
