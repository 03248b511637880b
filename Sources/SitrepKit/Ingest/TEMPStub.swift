// TEMPORARY STUB until the ingest stage lands.
import Foundation
public struct InputFile: Sendable, Hashable { public var path: String; public var size: Int?; public init(path: String, size: Int? = nil) { self.path = path; self.size = size } }
public struct InputPlan: Sendable { public var files: [InputFile]; public var errors: [IngestError]; public var totalBytes: Int }
public struct Ingestor: Sendable {
    public var maxDocumentBytes: Int
    public init(maxDocumentBytes: Int = 16 << 20) { self.maxDocumentBytes = maxDocumentBytes }
    public func plan(_ paths: [String]) -> InputPlan {
        var files: [InputFile] = []
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                for f in (try? FileManager.default.contentsOfDirectory(atPath: p))!.sorted() { files.append(InputFile(path: p + "/" + f, size: nil)) }
            } else { files.append(InputFile(path: p, size: nil)) }
        }
        return InputPlan(files: files, errors: [], totalBytes: 0)
    }
    public func read(_ input: InputFile, document: (SourceDocument) throws -> Void, failure: (IngestError) -> Void, progress: (Int) -> Void = { _ in }) rethrows {
        let data = FileManager.default.contents(atPath: input.path) ?? Data()
        try document(SourceDocument(source: input.path, format: .text, payload: Array(data)))
    }
}
