import Testing
@testable import SitrepKit

/// Near-duplicate pairs among raw inputs, as `sitrep duplicates --from` prints them.
@Suite struct InputNearDuplicatesTests {
    let directory = TemporaryDirectory()

    @Test func pairsCopiesByTheirURLsOrSourcesAndReportsUnreadableFiles() {
        let text = NearDuplicateTests.text(seed: 7)
        directory.write("in/a.txt", text)
        directory.write("in/b.txt", NearDuplicateTests.text(seed: 8))
        directory.write("in/c.jsonl", #"{"url": "https://harbour.example/copy", "text": "\#(text)"}"# + "\n")
        directory.write("in/d.txt", "")
        var failures: [String] = []
        let found = InputNearDuplicates(threshold: 0.5).find(in: [directory.file("in"), directory.file("missing")],
                                                            failure: { failures.append("\($0)") })
        #expect(found.pairs.map { [$0.first, $0.second] } == [[directory.file("in/a.txt"), "https://harbour.example/copy"]])
        #expect(found.pairs.first?.similarity == 1)
        #expect(failures == ["\(directory.file("in/d.txt")): empty file"])
    }

    @Test func theThresholdDecidesWhatCountsAsACopy() {
        let text = NearDuplicateTests.text(seed: 9)
        directory.write("in/a.txt", text)
        directory.write("in/b.txt", NearDuplicateTests.edited(text, every: 30))
        let paths = [directory.file("in")]
        #expect(InputNearDuplicates(threshold: 0.5).find(in: paths, failure: { _ in }).pairs.count == 1)
        #expect(InputNearDuplicates(threshold: 0.95).find(in: paths, failure: { _ in }).pairs.isEmpty)
    }
}
