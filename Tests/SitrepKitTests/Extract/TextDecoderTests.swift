import Testing
@testable import SitrepKit

@Suite struct TextDecoderTests {
    @Test func decodesUTF8AndNormalisesLineEnds() throws {
        let text = try TextDecoder.decode(Array("\u{FEFF}one\r\ntwo\rthree – ok".utf8), source: "a.txt")
        #expect(text == "one\ntwo\nthree – ok")
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]
        #expect(try TextDecoder.decode(bytes, source: "a.txt") == "Hi")
    }

    @Test func reportsTheLineOfInvalidUTF8() {
        let bytes = Array("first line\nsecond line\nthird ".utf8) + [0xFF] + Array(" line".utf8)
        #expect {
            try TextDecoder.decode(bytes, source: "notes.txt")
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("notes.txt: line 3: invalid UTF-8 (byte 0xFF at column 7)")
        }
    }
}
