import Foundation

/// Extracts every page of a folder into another, in one process: `OUT/NAME.txt` (or `.json`)
/// for each `NAME.html`, `NAME.htm`, `NAME.html.gz`, `NAME.htm.gz` or `NAME.txt`, in name order.
///
///     let batch = BatchExtraction(FileExtraction(format: .text), urls: ["a.html": "https://example.org/a"])
///     let summary = try batch.run(from: "pages", to: "texts", failure: { print($0) })
///     summary.failed   // documents without an article, and outputs that could not be written
///
/// Every page gets its output file, an empty one when nothing was extracted, so a scorer counts
/// the page as extracted-nothing rather than missing. A container's articles are joined by a
/// blank line.
public struct BatchExtraction: Sendable {
    public var extraction: FileExtraction
    /// Input file names (`a.html`) to their pages' URLs, where known.
    public var urls: [String: String]

    public init(_ extraction: FileExtraction, urls: [String: String] = [:]) {
        self.extraction = extraction
        self.urls = urls
    }

    public struct Summary: Sendable, Equatable {
        /// Documents that gave no article, and output files that could not be written.
        public var failed: Int
        /// Time spent in the pipeline alone, without reading or writing files.
        public var pipelineTime: Duration
    }

    /// Extracts the pages of `input` into `output`, creating it if needed. Each failure goes to
    /// `failure` as it happens; the run goes on. Throws only when a folder cannot be read or made.
    public func run(from input: String, to output: String, failure: (any Error) -> Void) throws -> Summary {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: input).sorted()
        var summary = Summary(failed: 0, pipelineTime: .zero)
        for name in names {
            guard let stem = Self.stem(of: name) else { continue }
            var texts: [String] = []
            summary.pipelineTime += extraction.each(
                in: (input as NSString).appendingPathComponent(name), url: urls[name],
                output: { texts.append($0) },
                failure: { error in
                    summary.failed += 1
                    failure(error)
                })
            let target = (output as NSString).appendingPathComponent(stem + extraction.format.fileExtension)
            do {
                try OutputFile.save(Array(texts.joined(separator: "\n\n").utf8), to: target)
            } catch {
                summary.failed += 1
                failure(error)
            }
        }
        return summary
    }

    /// NAME for the file names a batch reads (NAME.html, NAME.htm, either gzipped, NAME.txt);
    /// nil for any other file, which the batch leaves alone.
    public static func stem(of name: String) -> String? {
        for suffix in [".html.gz", ".htm.gz", ".html", ".htm", ".txt"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return nil
    }
}
