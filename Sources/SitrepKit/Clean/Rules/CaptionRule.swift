/// Photo and map captions and their credits, which sit inside a body but are not its prose:
/// "Map via Some Institute", "Photo: Jane Roe/Agency", "Rescuers at work on Monday. AGENCY/Jane Roe",
/// "A still from a video … Handout via AGENCY TV". They are kept as asides.
struct CaptionRule: LineRule {
    static let openers = PhraseList(["photo:", "photo by", "photos:", "image:", "image caption", "image credit",
                                     "picture:", "pictured:", "caption:", "credit:", "map via", "map:", "file photo",
                                     "screenshot"])

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        guard line.wordCount <= 60 else { return nil }
        if line.starts(withAnyOf: Self.openers) { return .aside }
        return Self.endsWithCredit(line.plain) ? .aside : nil
    }

    /// A picture credit closing the line: "AGENCY/Jane Roe", "Jane Roe/Agency Images", or
    /// "(Handout) via Some Agency TV" — names in capitals, with no sentence after them.
    static func endsWithCredit(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 3, let last = words.last, !last.hasSuffix(".") else { return false }
        let tail = words.suffix(4)
        // AGENCY/Name: a slash joining two capitalised names.
        if let slashed = tail.first(where: { $0.contains("/") && !$0.contains("://") }) {
            let sides = slashed.split(separator: "/", omittingEmptySubsequences: false)
            if sides.count == 2, sides.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        }
        // "… via Some Agency": "via" followed only by capitalised words, at the end.
        if let via = words.lastIndex(of: "via"), words.count - via <= 4, via > 0 {
            return words[(via + 1)...].allSatisfy { $0.first?.isUppercase == true }
        }
        return false
    }
}
