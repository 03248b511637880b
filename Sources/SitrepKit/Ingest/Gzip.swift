import CZlib

/// Compresses bytes into the gzip format, one member. Tests and benchmarks use it to make `.gz`
/// and `.warc.gz` inputs; a WARC.gz is one member per record, concatenated.
///
///     let member = Gzip.compress(Array("WARC/1.1\r\n…".utf8))
///     let warcGz = records.flatMap { Gzip.compress($0) }
public enum Gzip {
    /// The wrapping around the deflate stream.
    public enum Wrapper: Sendable {
        case gzip
        /// No header or trailer at all, as some servers send `Content-Encoding: deflate`.
        case none
    }

    public static func compress(_ bytes: [UInt8], level: Int32 = 6, wrapper: Wrapper = .gzip) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            deflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        // 15 + 16: a 32 KiB window with a gzip header and trailer rather than zlib's; -15: neither.
        let started = deflateInit2_(stream, level, Z_DEFLATED, wrapper == .gzip ? 15 + 16 : -15, 8, Z_DEFAULT_STRATEGY,
                                    ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK, "zlib refused deflateInit2 (level \(level))")
        // A gzip header and trailer come on top of deflate's own bound.
        let bound = Int(deflateBound(stream, UInt(bytes.count))) + 32
        var input = bytes
        return [UInt8](unsafeUninitializedCapacity: bound) { output, written in
            input.withUnsafeMutableBufferPointer { source in
                stream.pointee.next_in = source.baseAddress
                stream.pointee.avail_in = UInt32(source.count)
                stream.pointee.next_out = output.baseAddress
                stream.pointee.avail_out = UInt32(output.count)
                let finished = deflate(stream, Z_FINISH)
                precondition(finished == Z_STREAM_END, "deflate did not finish within deflateBound")
                written = output.count - Int(stream.pointee.avail_out)
            }
        }
    }
}
