/// Who wrote a piece and when, read from the lines cleaning set aside: bylines, datelines,
/// attributions ("The original source of this article is X") and a wire dateline ("(Agency) –").
///
/// A republished piece often carries two datelines, the republisher's and the original outlet's;
/// the one that names the original outlet dates the article, and the other names the republisher.
/// Otherwise the dateline nearest above the body dates it: a whole-page dump also carries archive
/// lists and footers full of other dates, which say nothing about this article.
struct ProvenanceCues {
    var byline: String?
    var outlet: String?
    var republisher: String?
    var republished: String?
    var published: PublicationDate?

    /// - Parameter wireAgency: the agency a wire dateline names (``Dateline``), on its own line or
    ///   opening the story.
    init(lines: [TextLine], verdicts: [RemovedSegment.Reason?], wireAgency: String?, closingLine: Int?, bodyStart: Int?) {
        var attributed: String?
        var datelines: [(name: String, day: String, line: Int)] = []
        for (index, line) in lines.enumerated() {
            switch verdicts[index] {
            case .byline?:
                if byline == nil { byline = BylineRule.name(in: line) }
            case .attribution?:
                if attributed == nil { attributed = AttributionRule.outlet(in: line) }
            case .dateline?:
                if let (mention, rest) = DatelineRule.read(line) {
                    datelines.append((rest.trimming(" ,.-|–—"), mention.day, index))
                }
            default:
                break
            }
        }
        // A byline that matches a dateline's name is an outlet byline ("By Some Agency").
        let bylineOutlet = byline.flatMap { name in datelines.contains { $0.name == name } ? name : nil }
        let credit = closingLine.flatMap { ClosingCredit.outlet(in: lines[$0].plain) }
        outlet = attributed ?? wireAgency ?? bylineOutlet ?? credit

        let original = datelines.first { !$0.name.isEmpty && $0.name == outlet }
        if let original {
            published = PublicationDate(value: original.day, source: .byline, reliable: true)
        } else if let nearest = datelines.last(where: { $0.line < (bodyStart ?? lines.count) }) {
            published = PublicationDate(value: nearest.day, source: .byline, reliable: true)
        }
        let copy = datelines.first { !$0.name.isEmpty && $0.name != outlet && outlet != nil }
        republisher = copy?.name
        republished = copy?.day
    }
}

/// The agency credit that closes a story: "…, AGENCY reported." as the last words of the body.
/// Only the closing sentence counts: elsewhere "X reported" cites another outlet.
enum ClosingCredit {
    static func outlet(in line: String) -> String? {
        guard line.hasSuffix(" reported.") else { return nil }
        let before = line.dropLast(" reported.".count)
        let clause = before.split(separator: ",").last.map { String($0).trimmingWhitespace() } ?? ""
        let words = clause.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return clause
    }
}
