/// Figures of one sentence that share what one of them says: "eight or nine euros" (the unit),
/// "8 people were killed and 25 wounded", "13 out of 19 crew members" (the counted noun).
///
///     CoordinatedFigures.share(&figures, tokens: tokens, text: text)
enum CoordinatedFigures {
    private static let joiners: Set<String> = ["or", "to", "and", ","]

    static func share(_ figures: inout [Figure], tokens: [Token], text: ScalarText) {
        guard figures.count > 1 else { return }
        // The unit of the later figure, back to an earlier bare one joined by "or", "to" or a dangling dash.
        for k in stride(from: figures.count - 2, through: 0, by: -1) {
            let next = figures[k + 1]
            guard figures[k].unit == nil, figures[k].counted == nil, figures[k].sides == nil, let unit = next.unit else { continue }
            let gap = figures[k].end..<next.first
            guard gap.count <= 2, gap.count >= 1 else { continue }
            let first = tokens[gap.lowerBound].norm, last = tokens[gap.upperBound - 1].norm
            guard gap.count == 1 ? joiners.contains(first) : first == "-" && (last == "or" || last == "and") else { continue }
            figures[k].unit = unit
            figures[k].per = next.per
            if figures[k].kind == .count { figures[k].kind = unit.kind }
        }
        // "13 out of 19 crew members", "eight of 10 voters": the part counts what the whole does.
        for k in stride(from: figures.count - 2, through: 0, by: -1) {
            let whole = figures[k + 1]
            guard figures[k].counted == nil, figures[k].countedSpan == nil, figures[k].unit == nil, figures[k].sides == nil,
                  whole.unit == nil, let counted = whole.counted else { continue }
            let gap = figures[k].end..<whole.first
            let words = gap.count <= 2 ? gap.map { tokens[$0].norm } : []
            guard words == ["out", "of"] || words == ["of"] else { continue }
            let span = Span(start: tokens[counted.lowerBound].span.start, end: tokens[counted.upperBound - 1].span.end)
            figures[k].countedSpan = span
            figures[k].countedText = text[span]
            if figures[k].role == nil { figures[k].role = whole.role }
        }
        // The counted noun of an earlier figure, forward to a later one that names none and says
        // nothing else after it: "8 people were killed and 25 wounded", "68,400 people … and 95,800
        // who", "3.9 million headsets, up from 2.4 million".
        for k in 1..<figures.count {
            guard figures[k].counted == nil, figures[k].countedSpan == nil, figures[k].unit == nil,
                  figures[k].sides == nil, !figures[k].number.isFraction else { continue }
            // The nearest earlier figure that counts something, over at most two others between.
            var lender: Int?
            for back in stride(from: k - 1, through: max(0, k - 3), by: -1) where figures[back].counted != nil {
                lender = back
                break
            }
            guard let lender else { continue }
            let previous = figures[lender]
            guard let counted = previous.counted, previous.unit == nil, !previous.number.isFraction,
                  figures[k].first - previous.end <= 16 else { continue }
            let after = figures[k].end < tokens.count ? tokens[figures[k].end] : nil
            let bare = after.map { $0.kind == .mark || CountedNoun.stopwords.contains($0.norm) || CasualtyRoles.participles[$0.norm] != nil } ?? true
            guard bare, figures[k].role == nil || previous.role != nil else { continue }
            // The noun alone, without the earlier figure's participle ("people", not "people killed").
            var last = counted.upperBound
            if last - 1 > counted.lowerBound, CasualtyRoles.participles[tokens[last - 1].norm] != nil { last -= 1 }
            let span = Span(start: tokens[counted.lowerBound].span.start, end: tokens[last - 1].span.end)
            figures[k].countedSpan = span
            figures[k].countedText = text[span]
        }
    }
}
