import Testing
@testable import SitrepKit

@Suite struct URLMapTests {
    let directory = TemporaryDirectory()

    @Test func readsAnObjectOfFileNamesToURLs() throws {
        let path = directory.write("urls.json", #"{"frost.html": "https://valley.example/frost", "b.html": "https://valley.example/b"}"#)
        #expect(try URLMap.load(path) == ["frost.html": "https://valley.example/frost", "b.html": "https://valley.example/b"])
    }

    @Test func jsonOfAnotherShapeIsMalformedAndSaysWhichFile() {
        for (name, text) in [("list.json", #"["frost.html"]"#), ("numbers.json", #"{"frost.html": 3}"#)] {
            let path = directory.write(name, text)
            #expect(throws: URLMap.Malformed.self) { try URLMap.load(path) }
            #expect(URLMap.Malformed(path: path).description == "\(path): expected a JSON object of file name to URL")
        }
    }

    @Test func aMissingFileOrOneThatIsNotJSONThrowsTheSystemsError() {
        let garbled = directory.write("garbled.json", "frost.html = https://valley.example/frost")
        for path in [directory.file("missing.json"), garbled] {
            #expect { try URLMap.load(path) } throws: { !($0 is URLMap.Malformed) }
        }
    }
}
