import Foundation
import Testing
@testable import SitrepKit

@Suite struct EntityTimingScratch {
    @Test func timing() {
        guard ProcessInfo.processInfo.environment["SITREP_DUMP"] != nil else { return }
        let text = EntityReaderGrowthTests.sentence(1024 * 1024)
        func t(_ label: String, _ f: () -> Void) { let s = DispatchTime.now().uptimeNanoseconds; f(); print(label, Double(DispatchTime.now().uptimeNanoseconds - s) / 1e9) }
        var article = Article(id: "t", contentHash: "t", source: "t", format: .text, text: text, paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
        t("stage sentences+tokens") { article = ReadingStage([SentenceReader(), TokenReader()]).read(article) }
        var doc = ReadingDocument(article)
        doc.tokens = Tokenizer().tokens(doc.text)
        var casing: CasingEvidence!
        t("casing") { casing = CasingEvidence(doc) }
        var cands: [NameCandidate] = []
        t("finder") { cands = NameFinder(lexicon: HandLexicon()).candidates(in: doc, casing: casing) }
        print("candidates", cands.count)
        t("keys") { for c in cands { _ = NameKey.key(doc.tokens[c.tokens].map { doc[$0.span] }) } }
        t("reader") { EntityReader(lexicon: HandLexicon(), places: nil).read(&doc) }
    }
}

@Suite struct GazScratch {
    @Test func look() throws {
        guard let names = ProcessInfo.processInfo.environment["GAZ_LOOK"] else { return }
        let g = try Gazetteer.shared()
        for name in names.split(separator: ",") {
            print("##", name)
            for c in g.candidates(named: String(name)).prefix(8) {
                print("   ", c.place.geonameID, c.place.name, c.place.kind, c.place.countryCode, c.place.admin1Code, c.place.population, c.byAlternateName)
            }
        }
    }
}

@Suite struct VotesScratch {
    @Test func votes() throws {
        guard let path = ProcessInfo.processInfo.environment["SITREP_TEXT"] else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let g = try Gazetteer.shared()
        let lex = GazetteerLexicon(gazetteer: g)
        var article = Article(id: "t", contentHash: "t", source: "t", format: .text, text: text, paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
        article = ReadingStage([SentenceReader(), TokenReader()]).read(article)
        var doc = ReadingDocument(article)
        doc.tokens = Tokenizer().tokens(doc.text)
        let casing = CasingEvidence(doc)
        var cands = NameFinder(lexicon: lex).candidates(in: doc, casing: casing)
        let cues = NameCues(document: doc)
        for n in cands.indices {
            let key = NameKey.key(doc.tokens[cands[n].tokens].map { doc[$0.span] })
            cues.vote(&cands[n], key: key)
            let span = Span(start: doc.tokens[cands[n].tokens.lowerBound].span.start, end: doc.tokens[cands[n].tokens.upperBound - 1].span.end)
            print("CAND", doc[span], cands[n].votes.map { "\($0.key)=\($0.value)" }.sorted())
        }
        EntityReader(lexicon: lex, places: PlaceResolver(gazetteer: g)).read(&doc)
        for m in doc.article.layers.mentions { print("MENTION", doc[m.span], m.value.entity) }
    }
}
