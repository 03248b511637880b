import Testing
@testable import SitrepKit

@Suite struct OutletAliasesTests {
    @Test func expandsAnAcronymWithOneMatchingOutlet() {
        #expect(OutletAliases.expansions(of: ["VPN", "Valley Post News", "Harbour Times"]) == ["VPN": "Valley Post News"])
    }

    @Test func leavesAmbiguousOrUnknownAcronymsAlone() {
        #expect(OutletAliases.expansions(of: ["VPN", "Valley Post News", "Vale Public Network"]).isEmpty)
        #expect(OutletAliases.expansions(of: ["HTX", "Harbour Times"]).isEmpty)
    }

    @Test func aClosingCreditNamesTheOutlet() {
        #expect(ClosingCredit.outlet(in: "The town is close to reopening its port, VPN reported.") == "VPN")
        #expect(ClosingCredit.outlet(in: "Nothing changed, the minister said, as the local paper reported.") == nil)
        #expect(ClosingCredit.outlet(in: "The Valley Post reported it first, officials said.") == nil)
    }

    @Test func theCorpusPassRenamesAcronymOutlets() throws {
        let directory = TemporaryDirectory()
        let store = try SQLiteStore(path: directory.file("o.sqlite"))
        try store.save([
            try Pipeline().process(textDocument("Port Reopens\n\nBy Valley Post News\n\nValley Post News, May 02, 2021\n\nThe port reopened on Monday after the storm, officials said.", source: "a.txt")),
            try Pipeline().process(textDocument("Ferries Resume\n\nFerries resumed on Tuesday after the port reopened, the operator said, VPN reported.", source: "b.txt")),
        ])
        try CorpusPass().run(on: store)
        #expect(Set(try store.outletNames()) == ["Valley Post News"])
    }
}
