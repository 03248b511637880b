import Foundation
import Testing
@testable import SitrepKit

/// A quick check on real pages from the article-extraction benchmark (when the shared bench folder
/// is present): the extracted body must share most of its words with the benchmark's body. The
/// full measurement is the benchmark script; this only catches a broken extractor.
@Suite struct ExtractBenchmarkSanityTests {
    static let folder = "/work/shared/bench/aeb-dev"

    static var pages: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Array(names.filter { $0.hasSuffix(".json") }.sorted().prefix(4).map { String($0.dropLast(5)) })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: folder) && FileManager.default.fileExists(atPath: "/bin/gzip")),
          arguments: pages)
    func extractsMostOfTheBody(name: String) throws {
        let html = try gunzip("\(Self.folder)/\(name).html.gz")
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(Self.folder)/\(name).json")))
        let body = try #require((truth as? [String: Any])?["articleBody"] as? String)
        let text = HTMLExtractor().extract(html).text
        let (precision, recall) = wordOverlap(predicted: text, truth: body)
        #expect(precision > 0.8, "precision \(precision)")
        #expect(recall > 0.8, "recall \(recall)")
    }

    private func gunzip(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    /// Precision and recall of the predicted words against the true words, as multisets.
    private func wordOverlap(predicted: String, truth: String) -> (Double, Double) {
        func counts(_ text: String) -> [Substring: Int] {
            var result: [Substring: Int] = [:]
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { result[word, default: 0] += 1 }
            return result
        }
        let p = counts(predicted), t = counts(truth)
        let shared = p.reduce(0) { $0 + min($1.value, t[$1.key] ?? 0) }
        let predictedTotal = max(1, p.values.reduce(0, +)), trueTotal = max(1, t.values.reduce(0, +))
        return (Double(shared) / Double(predictedTotal), Double(shared) / Double(trueTotal))
    }
}
