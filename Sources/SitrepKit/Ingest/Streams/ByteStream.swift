/// A source of bytes read chunk by chunk: a file, standard input, memory, or a decompressor over
/// one of those. Streams never throw: a stream that stops early says why in ``failure``, so the
/// readers above can deliver what came before the damage and then report it.
protocol ByteStream: AnyObject {
    /// Fills the start of `buffer` with the next bytes and returns how many; 0 only at the end of
    /// the stream or after a failure.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int

    /// Why the stream ended early (a read error, a truncated or corrupt gzip member); nil when it
    /// ended cleanly or has not ended.
    var failure: String? { get }

    /// Damage the stream skipped past and went on (a corrupt gzip member): how many times so far.
    var skippedDamage: Int { get }
}

extension ByteStream {
    var skippedDamage: Int { 0 }
}
