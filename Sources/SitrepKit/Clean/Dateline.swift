/// Where a wire story was filed and who filed it: the dateline that opens it, "ATLANTA (AP) --",
/// "NAIROBI, Kenya (Reuters) —", "WASHINGTON, March 12 (Xinhua) --", "MIAMI _", "(AFP) -".
///
///     let cleaned = TextCleaner().clean(ExtractedText(text: "KHARTOUM, Sudan (AP) --\nFighting resumed …"))
///     cleaned.dateline?.place    // "KHARTOUM, Sudan"
///     cleaned.dateline?.agency   // "AP"
///
/// On a line of its own the dateline is not body text: cleaning removes it (reason `dateline`)
/// and keeps it here. When it opens the first paragraph ("LIMA (AP) — A strong earthquake …")
/// the paragraph stays whole and the dateline is only read.
public struct Dateline: Sendable, Hashable {
    /// The place as written, region included ("DAR ES SALAAM, Tanzania"); nil when only an
    /// agency is given.
    public var place: String?
    /// The day as written after the place ("March 12"), when there is one.
    public var date: String?
    /// The agency in parentheses ("AP", "Xinhua"), when there is one.
    public var agency: String?
    /// The dateline in the text cleaning started from, like a ``RemovedSegment``'s span.
    public var span: Span
    /// It stood on a line of its own, and was removed as a `dateline` segment.
    public var isOwnLine: Bool

    public init(place: String?, date: String? = nil, agency: String?, span: Span, isOwnLine: Bool) {
        self.place = place
        self.date = date
        self.agency = agency
        self.span = span
        self.isOwnLine = isOwnLine
    }
}

/// Reads a wire dateline at the start of a line of text.
enum WireDateline {
    struct Reading: Equatable {
        var place: String?
        var date: String?
        var agency: String?
        /// Scalars of the line the dateline takes, its separator included.
        var length: Int
        /// Nothing but the dateline is on the line.
        var isWholeLine: Bool
    }

    static let longestPlace = 5
    static let longestRegion = 4
    static let longestAgency = 4
    static let separators: Set<Unicode.Scalar> = ["-", "–", "—", "―", "_"]

    static func read(_ text: String) -> Reading? {
        read(ScalarText.scalars(of: text))
    }

    /// A cheap first look: a short line starting in capitals or with a parenthesis.
    static func mayOpen(_ line: TextLine) -> Bool {
        guard !line.isBlank, line.wordCount <= 14, let first = line.plain.unicodeScalars.first else { return false }
        return first.isUppercaseFast || first == "("
    }

    /// The dateline opening the line at `span` of `raw`, with the story going on after it
    /// ("LIMA (AP) — A strong earthquake …"). Read from the raw text, so its span is exact; a
    /// dateline with markup inside is not read.
    static func opening(_ raw: [Unicode.Scalar], _ span: Span) -> Dateline? {
        var start = span.start
        while start < span.end, raw[start].isWhitespaceFast { start += 1 }
        guard start < span.end, raw[start].isUppercaseFast || raw[start] == "(",
              let reading = read(Array(raw[start..<min(span.end, start + 160)])), !reading.isWholeLine else { return nil }
        var end = start + reading.length
        while end > start, raw[end - 1].isWhitespaceFast { end -= 1 }
        return Dateline(place: reading.place, date: reading.date, agency: reading.agency,
                        span: Span(start: start, end: end), isOwnLine: false)
    }

    /// The dateline opening `line` (markup already stripped, leading spaces allowed), or nil.
    static func read(_ line: [Unicode.Scalar]) -> Reading? {
        var i = 0
        skipSpaces(line, &i)
        // The place: words in capitals ("DAR ES SALAAM", "INDEPENDENCE"), then ", Region" or ", Date".
        var placeWords: [String] = []
        var region: [String] = []
        var afterComma = false
        while i < line.count, line[i] != "(", !isSeparator(line, i) {
            let start = i
            while i < line.count, !line[i].isWhitespaceFast, line[i] != "(" { i += 1 }
            var word = Array(line[start..<i])
            let endsWithComma = word.last == ","
            if endsWithComma { word.removeLast() }
            if afterComma {
                guard let first = word.first, first.isUppercaseFast || first.asciiDigit != nil,
                      region.count < longestRegion else { return nil }
                region.append(ScalarText.string(word))
            } else {
                guard isCapitals(word), placeWords.count < longestPlace else { return nil }
                placeWords.append(ScalarText.string(word))
            }
            if endsWithComma {
                guard !afterComma else { return nil }
                afterComma = true
            }
            skipSpaces(line, &i)
        }
        if afterComma && region.isEmpty { return nil }
        var agency: String?
        var spacedAfterAgency = false
        var end = i
        if i < line.count, line[i] == "(" {
            guard let close = line[i...].prefix(42).firstIndex(of: ")") else { return nil }
            let name = ScalarText.string(line[(i + 1)..<close]).trimmingWhitespace()
            let words = name.split(separator: " ")
            guard (1...longestAgency).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            agency = name
            i = close + 1
            end = i
            skipSpaces(line, &i)
            spacedAfterAgency = i > end
        }
        var separated = false
        if isSeparator(line, i) {
            separated = true
            while i < line.count, separators.contains(line[i]) { i += 1 }
            end = i
        }
        let length = end
        skipSpaces(line, &i)
        let isWholeLine = i == line.count
        // The story goes on after a separator ("LIMA (AP) — A quake …", which ``isSeparator``
        // wants followed by a space) or after the agency alone ("(Reuters) Rebels said …").
        guard isWholeLine || separated || (agency != nil && spacedAfterAgency) else { return nil }
        guard agency != nil || (separated && placeWords.joined().unicodeScalars.filter(\.isAlphabeticFast).count >= 3) else {
            return nil
        }
        // "(Undated)" alone is a note, not an agency: with no place a dash must follow it.
        if placeWords.isEmpty && !separated && isWholeLine { return nil }
        // A comma after the place introduces its region ("Kenya", "N.Y.") or the filing day ("March 12").
        let isDate = region.contains { $0.unicodeScalars.allSatisfy { $0.asciiDigit != nil } }
        var place = placeWords.isEmpty ? nil : placeWords.joined(separator: " ")
        if let named = place, !region.isEmpty, !isDate { place = named + ", " + region.joined(separator: " ") }
        return Reading(place: place, date: isDate ? region.joined(separator: " ") : nil, agency: agency,
                       length: length, isWholeLine: isWholeLine)
    }

    /// A word in capitals: "NAIROBI", "N.Y.", "O'HARE", "SAN-PEDRO"; at least one letter, none lowercase.
    private static func isCapitals(_ word: [Unicode.Scalar]) -> Bool {
        var letters = 0
        for scalar in word {
            if scalar.isAlphabeticFast {
                guard scalar.isUppercaseFast else { return false }
                letters += 1
            } else if !(scalar == "." || scalar == "'" || scalar == "’" || scalar == "-" || scalar == "&") {
                return false
            }
        }
        return letters > 0
    }

    /// A dash or underscore standing alone ("--", " — "), or glued to the agency ("(AP)_").
    private static func isSeparator(_ line: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < line.count, separators.contains(line[i]) else { return false }
        var end = i
        while end < line.count, separators.contains(line[end]) { end += 1 }
        return end == line.count || line[end].isWhitespaceFast
    }

    private static func skipSpaces(_ line: [Unicode.Scalar], _ i: inout Int) {
        while i < line.count, line[i].isWhitespaceFast { i += 1 }
    }
}
