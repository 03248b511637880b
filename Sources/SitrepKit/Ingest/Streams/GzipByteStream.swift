import CZlib

/// Decompresses a gzip stream as it is read, member after member.
///
/// Common Crawl's WARC.gz files are a concatenation of one gzip member per record, so the end
/// of a member is not the end of the data: after each member the inflater is reset and goes on
/// while input remains. Input that ends inside a member is a truncated file, which the caller
/// must hear about even though every byte before the cut was delivered.
///
/// A member whose compressed data is corrupt costs only itself when others follow: the stream
/// skips to the next gzip header and goes on (``skippedDamage`` counts them), so one bad record
/// does not lose the rest of an archive; the reader above reports the loss.
final class GzipByteStream: ByteStream {
    private static let inputCapacity = 64 << 10

    private let source: ByteStream
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutablePointer<UInt8>
    private let inputSize: Int
    private var state = State.betweenMembers
    private var membersStarted = 0
    private let rawDeflate: Bool
    private(set) var failure: String?
    /// Corrupt members skipped for a later one.
    private(set) var skippedDamage = 0

    private enum State {
        case inMember
        case betweenMembers
        case finished
    }

    /// - Parameters:
    ///   - pending: bytes already taken from `source` (those read to sniff the gzip magic).
    ///   - rawDeflate: the data is one bare deflate stream with no header, as some servers send
    ///     for HTTP `Content-Encoding: deflate`.
    init(source: ByteStream, pending: [UInt8] = [], rawDeflate: Bool = false) {
        self.source = source
        self.rawDeflate = rawDeflate
        let size = max(Self.inputCapacity, pending.count)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        pending.withUnsafeBufferPointer { bytes in
            if let base = bytes.baseAddress { buffer.update(from: base, count: bytes.count) }
        }
        inputSize = size
        input = buffer
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        stream.pointee.next_in = input
        stream.pointee.avail_in = UInt32(pending.count)
        // 15 + 32: a 32 KiB window, and accept either a gzip or a zlib header; -15: no header.
        if inflateInit2_(stream, rawDeflate ? -15 : 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) != Z_OK {
            failure = "cannot start the gzip decompressor"
            state = .finished
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let z = stream
        z.pointee.next_out = base.assumingMemoryBound(to: UInt8.self)
        z.pointee.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
        let capacity = Int(z.pointee.avail_out)

        while Int(z.pointee.avail_out) == capacity && state != .finished {
            if z.pointee.avail_in == 0 {
                if refill() { continue } else { break }
            }
            if state == .betweenMembers {
                skipPadding()
                if z.pointee.avail_in == 0 { continue }
                guard beginMember() else { break }
            }
            let code = inflate(z, Z_NO_FLUSH)
            switch code {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                state = .betweenMembers
            case Z_DATA_ERROR where !rawDeflate && skipToNextMember():
                skippedDamage += 1
            default:
                fail(code)
            }
        }
        return capacity - Int(z.pointee.avail_out)
    }

    /// Loads more compressed input; at the end of the source, decides whether that end is clean.
    private func refill() -> Bool {
        let count = source.read(into: UnsafeMutableRawBufferPointer(start: input, count: inputSize))
        if count > 0 {
            stream.pointee.next_in = input
            stream.pointee.avail_in = UInt32(count)
            return true
        }
        if let sourceFailure = source.failure {
            failure = sourceFailure
        } else if state == .inMember {
            failure = "truncated gzip stream"
        }
        state = .finished
        return false
    }

    /// Zero bytes after a member are tolerated: some writers pad the file to a block size.
    private func skipPadding() {
        guard membersStarted > 0 else { return }
        let z = stream
        while z.pointee.avail_in > 0 && z.pointee.next_in.pointee == 0 {
            z.pointee.next_in += 1
            z.pointee.avail_in -= 1
        }
    }

    /// The first member may also be zlib-wrapped (HTTP `Content-Encoding: deflate`), which zlib
    /// detects itself; later members must start with the gzip magic or the data is damaged.
    private func beginMember() -> Bool {
        if rawDeflate && membersStarted > 0 {
            state = .finished   // a bare stream has one member; what follows it is not data
            return false
        }
        if membersStarted > 0 && stream.pointee.next_in.pointee != 0x1f {
            failure = "corrupt gzip data: unexpected bytes after a gzip member"
            state = .finished
            return false
        }
        if membersStarted > 0 { inflateReset(stream) }
        membersStarted += 1
        state = .inMember
        return true
    }

    /// After corrupt data, moves the input to the next gzip header (`1F 8B 08`) and readies the
    /// inflater for it; false when the input has none.
    private func skipToNextMember() -> Bool {
        let z = stream
        // Past the first byte, so a header that itself proved corrupt is not found again.
        if z.pointee.avail_in > 0 {
            z.pointee.next_in += 1
            z.pointee.avail_in -= 1
        }
        while true {
            while z.pointee.avail_in >= 3 {
                let bytes = z.pointee.next_in!
                if bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08 {
                    inflateReset(z)
                    membersStarted += 1
                    state = .inMember
                    return true
                }
                z.pointee.next_in += 1
                z.pointee.avail_in -= 1
            }
            // A header cut by the end of the buffer is missed, and its member skipped with the
            // damaged one: rare, and never worse than losing the rest.
            let count = source.read(into: UnsafeMutableRawBufferPointer(start: input, count: inputSize))
            guard count > 0 else { return false }
            z.pointee.next_in = input
            z.pointee.avail_in = UInt32(count)
        }
    }

    private func fail(_ code: Int32) {
        switch code {
        case Z_MEM_ERROR:
            failure = "out of memory while decompressing gzip data"
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(code)"
            failure = "corrupt gzip data: \(message)"
        }
        state = .finished
    }
}
