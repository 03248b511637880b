import Testing
@testable import SitrepKit

@Suite struct IngestPlanTests {
    @Test func walksFoldersInSortedOrderSkippingHiddenEntries() {
        let folder = TemporaryDirectory()
        folder.write("b.html", "<html></html>")
        folder.write("a.txt", "text")
        folder.write("sub/c.jsonl", "{}")
        folder.write("sub/deeper/d.md", "# d")
        folder.write("Z.txt", "capital sorts first")
        folder.write(".git/config", "[core]")
        folder.write(".hidden.html", "<html></html>")
        folder.write("sub/.DS_Store", "junk")
        let extra = folder.write("extra/.explicit.txt", "named on purpose")

        let plan = Ingestor().plan([folder.path + "/", extra, "-", folder.path + "/missing.html"])
        let base = folder.path + "/"
        // The hidden file is skipped in the walk and taken where it is named, after the folder.
        #expect(plan.files.map(\.path) == [base + "Z.txt", base + "a.txt", base + "b.html", base + "sub/c.jsonl",
                                           base + "sub/deeper/d.md", base + "extra/.explicit.txt", "-"])
        #expect(plan.files.first?.size == 19)
        #expect(plan.files.last?.size == nil)
        #expect(plan.totalBytes == 19 + 4 + 13 + 16 + 2 + 3)
        #expect(plan.errors.map(\.description) == ["\(base)missing.html: no such file or directory"])
    }
}
