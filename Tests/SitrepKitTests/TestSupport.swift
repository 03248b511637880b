import Foundation
@testable import SitrepKit

/// A fresh directory under the system temp folder, removed when the test's value goes away.
final class TemporaryDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "sitrep-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let target = file(name)
        try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: target, contents: Data(bytes)), "cannot write \(target)")
        return target
    }
}

/// The folder holding the package, found from this file's path.
enum PackagePaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// ../shared/seeds beside the repository.
    static let seeds = (root as NSString).appendingPathComponent("../shared/seeds")

    /// The sitrep executable built beside the tests.
    static let sitrep: String = {
        let built = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sitrep").path
        if FileManager.default.isExecutableFile(atPath: built) { return built }
        return root + "/.build/debug/sitrep"
    }()
}

func textDocument(_ text: String, source: String = "test.txt") -> SourceDocument {
    SourceDocument(source: source, format: .text, payload: Array(text.utf8))
}
