import Foundation
import Testing
@testable import SitrepKit

@Suite struct LayerExportTests {
    let directory = TemporaryDirectory()

    func exported(_ layer: LayerExport.Layer, _ format: LayerExport.Format, _ store: SQLiteStore) throws -> String {
        let path = directory.file("\(layer).\(format)")
        let output = try ReportOutput(path: path)
        try LayerExport(layer: layer, format: format).write(store, to: output)
        output.close()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func csvRowsCarryArticleOutletAndSpanText() throws {
        let store = try SQLiteStore(path: directory.file("e.sqlite"))
        var article = LayerStorageTests.annotated()
        article.article.outlet = "Kyiv Independent, \"Live\""
        try store.save([article])
        let csv = try exported(.quantities, .csv, store)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == "article,outlet,text,start,end,low,high,kind,approx,unit,counts,role,place,date,sides,direction,claim,speaker,measure,measure_kind,measure_place,measure_part")
        #expect(rows[1].hasPrefix("id0,\"Kyiv Independent, \"\"Live\"\"\",40 soldiers,"))
        // The army's claim holds the figure: the army owns it, by its entity's name.
        #expect(rows[1].hasSuffix(",40,40,count,,,soldiers,wounded,geonames:707308,2022-09-05,,,id0/claims/0,Ukrainian,,,,"))
        // Built by hand, the figure has no measure: its measure fields are empty.
        let mentions = try exported(.mentions, .csv, store).components(separatedBy: "\r\n")
        #expect(mentions.count == 5)   // header, three mentions, the empty line after the last CRLF
    }

    @Test func eventsInCSVTakeACLEDsColumnNames() throws {
        let store = try SQLiteStore(path: directory.file("ev.sqlite"))
        var article = LayerStorageTests.annotated()
        article.article.outlet = "Kyiv Independent"
        try store.save([article])
        let rows = try exported(.events, .csv, store).components(separatedBy: "\r\n")
        #expect(rows[0] == "event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,fatalities,"
            + "source,notes,action,wounded,claim,article,sitrep_id")
        #expect(rows[1] == "2022-09-05,1,Battles,Armed clash,Ukrainian,,Izium,,,0,Kyiv Independent,"
            + "Kharkiv 0: on Monday the Ukrainian army said 40 soldiers were wounded near Izium (Izyum).,clash,40,id0/claims/0,id0,id0/events/0")
        let json = try exported(.events, .jsonl, store).split(separator: "\n")
        let event = try #require(try JSONSerialization.jsonObject(with: Data(json[0].utf8)) as? [String: Any])
        #expect(event["sub_event_type"] as? String == "Armed clash")
        let actor = try #require(event["actor1"] as? [String: Any])
        #expect(actor["text"] as? String == "the Ukrainian army" && actor["kind"] as? String == "state forces")
        #expect(actor["name"] as? String == "Ukrainian")
        #expect(event["actor2"] is NSNull && event["killed"] is NSNull && event["wounded"] as? Double == 40)
        #expect((event["sentence"] as? [String: Any])?["start"] as? Int == 0)
    }

    @Test func jsonlHasOneRecordPerLine() throws {
        let store = try SQLiteStore(path: directory.file("j.sqlite"))
        try store.save([LayerStorageTests.annotated()])
        let lines = try exported(.entities, .jsonl, store).split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["kind"] as? String != nil)
        #expect(first?.keys.contains("lat") == true)
    }

    @Test func aCellASpreadsheetWouldRunIsDefused() {
        #expect(LayerExport.csv(.text("=HYPERLINK(\"http://x\")")) == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(LayerExport.csv(.text("+1 555")) == "'+1 555")
        #expect(LayerExport.csv(.number(-40)) == "-40")
        #expect(LayerExport.csv(.number(4.5)) == "4.5")
    }

    @Test func theHTMLReportMarksLayersAndEscapesWhatTheyCover() throws {
        var processed = LayerStorageTests.annotated()
        // A hostile entity name cannot leave its attribute.
        let kharkiv = EntityID.place(geonameID: 706483)
        processed.article.layers.entities[kharkiv]?.name = "K\"><script>alert(1)</script>"
        let html = HighlightedText(processed.article).paragraphs[0]
        #expect(html.contains("<mark class=\"date\" title=\"2022-09-05 (relative)\">on Monday</mark>"))
        #expect(html.contains("<mark class=\"quantity\" title=\"40 soldiers (wounded)\">40 soldiers</mark>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("K&quot;&gt;&lt;script&gt;"))
        // The claim's parts wrap the marks inside them.
        #expect(html.contains("<span class=\"claim-speaker\">the <mark class=\"mention\" title=\"Ukrainian · nationality · UA · 49.0, 32.0\">Ukrainian</mark> army</span> "
            + "<span class=\"claim-cue\" title=\"claim · 2022-09-05\">said</span> <span class=\"claim-content\"><mark class=\"quantity\""))
        #expect(html.contains("near <mark class=\"mention\" title=\"Izium · place\">Izium</mark></span> (Izyum)."))
    }

    @Test func aMarkAcrossAClaimPartsEdgeIsLeftOutAndNoWordIsLost() throws {
        var processed = LayerStorageTests.annotated()
        let text = processed.article.text
        let claim = try #require(processed.article.layers.claims.items.first)
        var moved = claim
        moved.value.content.start += 3   // now inside "40 soldiers"
        processed.article.layers.claims = Layer(.claims)
        processed.article.layers.claims.append(moved)
        let html = HighlightedText(processed.article).paragraphs[0]
        #expect(!html.contains("class=\"quantity\""))
        #expect(html.contains("<span class=\"claim-content\">soldiers were wounded"))
        let words = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        #expect(words == text.htmlEscaped)
    }

    @Test func eventsAreListedUnderTheirArticle() throws {
        let lines = EventLine.lines(LayerStorageTests.annotated().article)
        #expect(lines.count == 1)
        #expect(lines[0].subEventType == "Armed clash" && lines[0].eventType == "Battles")
        #expect(lines[0].facts == ["clash", "the Ukrainian army [state forces]", "Izium", "2022-09-05", "40 soldiers wounded",
                                  "claimed by the Ukrainian army"])
    }
}
