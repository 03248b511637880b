/// Serves bytes already in memory, so in-memory data (a gzip-encoded HTTP body inside a WARC
/// record) can go through the same decompressor as a file.
final class MemoryByteStream: ByteStream {
    private let bytes: [UInt8]
    private var position = 0
    let failure: String? = nil

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0, let base = buffer.baseAddress else { return 0 }
        bytes.withUnsafeBytes { source in
            base.copyMemory(from: source.baseAddress! + position, byteCount: count)
        }
        position += count
        return count
    }
}
