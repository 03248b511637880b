import ArgumentParser
import Foundation
import SitrepKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print one file's article: the body, or everything as JSON. Nothing is stored."
    )

    @Argument(help: "An HTML, text or Markdown file (a container prints each of its articles).")
    var file: String

    @Option(help: "The page's URL, when known: one more signal for date and outlet.")
    var url: String?

    @Flag(help: "Print the article with its metadata, spans and removed segments as JSON.")
    var json = false

    func run() throws {
        let pipeline = Pipeline()
        var failed = false
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Ingestor().read(InputFile(path: file, size: nil), document: { document in
            var document = document
            if let url { document.hints.url = url }
            do {
                let processed = try pipeline.process(document)
                if json {
                    print(String(decoding: try encoder.encode(ArticleJSON(processed)), as: UTF8.self))
                } else {
                    print(processed.article.text)
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            }
        }, failure: { error in
            failed = true
            FileHandle.standardError.write(Data("\(error)\n".utf8))
        })
        if failed { throw ExitCode(1) }
    }
}
