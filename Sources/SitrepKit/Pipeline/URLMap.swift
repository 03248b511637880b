import Foundation

/// The URLs of a batch's pages, read from a JSON object of file name to URL: one more signal for
/// a page's date and outlet when its file does not say where it was found.
///
///     let urls = try URLMap.load("urls.json")   // {"a.html": "https://example.org/2020/05/01/a"}
///     try BatchExtraction(FileExtraction(), urls: urls).run(from: "pages", to: "out", failure: { print($0) })
public enum URLMap {
    /// Throws the system's error when the file cannot be read or is not JSON, ``Malformed``
    /// when it is JSON of another shape.
    public static func load(_ path: String) throws -> [String: String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let map = try JSONSerialization.jsonObject(with: data) as? [String: String] else {
            throw Malformed(path: path)
        }
        return map
    }

    /// A file of JSON that is not an object of strings.
    public struct Malformed: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): expected a JSON object of file name to URL" }
    }
}
