import Testing
@testable import SitrepKit

@Suite struct IngestGzipTests {
    private func inflate(_ bytes: [UInt8]) -> (bytes: [UInt8], failure: String?) {
        let reader = ByteReader(GzipByteStream(source: MemoryByteStream(bytes)))
        let output = reader.readToEnd(limit: .max - ByteReader.chunkSize) ?? []
        return (output, reader.failure)
    }

    @Test func compressionRoundTrips() {
        let inputs: [[UInt8]] = [[], Array("one line".utf8), (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }]
        for input in inputs {
            for level: Int32 in [1, 6, 9] {
                let result = inflate(Gzip.compress(input, level: level))
                #expect(result.bytes == input)
                #expect(result.failure == nil)
            }
        }
    }

    @Test func readsConcatenatedMembers() {
        let parts = ["first member\n", "second member\n", "", "third\n"].map { Array($0.utf8) }
        let result = inflate(parts.flatMap { Gzip.compress($0) } + [0, 0, 0])
        #expect(result.bytes == parts.flatMap { $0 })
        #expect(result.failure == nil)
    }

    @Test func reportsTruncationAndCorruption() {
        let compressed = Gzip.compress(Array(String(repeating: "abcdefgh", count: 10_000).utf8))
        #expect(inflate(Array(compressed.prefix(compressed.count - 4))).failure == "truncated gzip stream")
        var corrupt = compressed
        corrupt[20] ^= 0xFF
        corrupt[21] ^= 0xFF
        #expect(inflate(corrupt).failure?.hasPrefix("corrupt gzip data: ") == true)
        #expect(inflate(compressed + Array("junk".utf8)).failure == "corrupt gzip data: unexpected bytes after a gzip member")
    }

    @Test func readerSplitsLinesAcrossChunks() {
        let lines = (0..<20_000).map { "line \($0)" + String(repeating: "x", count: $0 % 50) }
        let reader = ByteReader(GzipByteStream(source: MemoryByteStream(Gzip.compress(Array(lines.joined(separator: "\r\n").utf8)))))
        var read: [String] = []
        while case .line(let bytes, _)? = reader.readLine(maxLength: 1000) {
            read.append(String(decoding: bytes, as: UTF8.self))
        }
        #expect(read == lines)
    }
}
