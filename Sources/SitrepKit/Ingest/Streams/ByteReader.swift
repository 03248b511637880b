/// A buffer over a ``ByteStream`` for line-framed formats (JSONL, WARC headers) and
/// length-framed ones (WARC blocks).
///
/// It holds only what the caller has asked to see plus one chunk, so a multi-gigabyte container
/// streams through in constant memory; only a single record's bytes are ever copied out.
///
///     let reader = ByteReader(stream)
///     while case .line(let bytes, _)? = reader.readLine(maxLength: 1 << 20) { … }
final class ByteReader {
    static let chunkSize = 64 << 10

    private let stream: ByteStream
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Unread bytes are `storage[start..<end]`.
    private var start = 0
    private var end = 0
    private var streamEnded = false

    init(_ stream: ByteStream) {
        self.stream = stream
        capacity = Self.chunkSize * 2
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// Why the underlying stream stopped early, if it did.
    var failure: String? { stream.failure }

    /// How many times the underlying stream skipped damage and went on.
    var skippedDamage: Int { stream.skippedDamage }

    /// Bytes buffered and not yet read.
    var bufferedCount: Int { end - start }

    /// True when every byte of the stream has been read.
    var isAtEnd: Bool {
        bufferedCount == 0 && !fill()
    }

    // MARK: Looking ahead

    /// Up to `count` bytes from the current position, without consuming them.
    func peek(_ count: Int) -> [UInt8] {
        while bufferedCount < count && fill() {}
        return Array(UnsafeBufferPointer(start: storage + start, count: min(count, bufferedCount)))
    }

    /// Whether the unread bytes begin with `prefix`.
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard !prefix.isEmpty else { return true }
        while bufferedCount < prefix.count && fill() {}
        guard bufferedCount >= prefix.count else { return false }
        return prefix.withUnsafeBufferPointer { expected in
            memoryEqual(storage + start, expected.baseAddress!, prefix.count)
        }
    }

    // MARK: Lines

    enum Line {
        /// A line without its `\n` or `\r\n`; `terminated` is false for a last line with no newline.
        case line([UInt8], terminated: Bool)
        /// A line longer than the limit, skipped without being buffered whole; `length` excludes the newline.
        case tooLong(length: Int)
    }

    /// The next line, or nil at the end of the stream.
    func readLine(maxLength: Int) -> Line? {
        var scanned = 0
        while true {
            if let newline = findByte(0x0A, in: storage + start + scanned, count: bufferedCount - scanned) {
                let length = scanned + newline
                if length > maxLength {
                    consume(length + 1)
                    return .tooLong(length: length)
                }
                let line = copyLine(length: length)
                consume(length + 1)
                return .line(line, terminated: true)
            }
            scanned = bufferedCount
            if scanned > maxLength { return .tooLong(length: discardRestOfLine()) }
            if !fill() {
                guard bufferedCount > 0 else { return nil }
                let line = copyLine(length: bufferedCount)
                consume(bufferedCount)
                return .line(line, terminated: false)
            }
        }
    }

    /// Skips to the next line that begins with `prefix` and leaves it unread. False at the end.
    func skipToLine(startingWith prefix: [UInt8]) -> Bool {
        while !hasPrefix(prefix) {
            if bufferedCount == 0 && !fill() { return false }
            _ = discardRestOfLine()
        }
        return true
    }

    /// Consumes bytes up to and including the next newline and returns how many came before it.
    @discardableResult
    func discardRestOfLine() -> Int {
        var discarded = 0
        while true {
            if let newline = findByte(0x0A, in: storage + start, count: bufferedCount) {
                consume(newline + 1)
                return discarded + newline
            }
            discarded += bufferedCount
            consume(bufferedCount)
            if !fill() { return discarded }
        }
    }

    private func copyLine(length: Int) -> [UInt8] {
        var count = length
        if count > 0 && storage[start + count - 1] == 0x0D { count -= 1 }
        return Array(UnsafeBufferPointer(start: storage + start, count: count))
    }

    // MARK: Lengths

    /// The next `count` bytes, or fewer when the stream ends first.
    func read(exactly count: Int) -> [UInt8] {
        reserve(count)
        while bufferedCount < count && fill() {}
        let available = min(count, bufferedCount)
        let bytes = Array(UnsafeBufferPointer(start: storage + start, count: available))
        consume(available)
        return bytes
    }

    /// Everything up to the end of the stream, unless that is more than `limit` bytes: then nil,
    /// having read only a little past the limit.
    func readToEnd(limit: Int, expectedSize: Int? = nil) -> [UInt8]? {
        if let expectedSize, expectedSize <= limit { reserve(expectedSize + 1) }
        while bufferedCount <= limit && fill() {}
        guard bufferedCount <= limit else { return nil }
        return read(exactly: bufferedCount)
    }

    /// Skips up to `count` bytes, but stops before a line (other than the first) that starts
    /// with `prefix`, leaving it unread. Returns how many bytes were skipped, and whether it
    /// stopped at such a line.
    func skip(_ count: Int, stoppingAtLineStartingWith prefix: [UInt8]) -> (skipped: Int, stopped: Bool) {
        var skipped = 0
        var atLineStart = false
        while skipped < count {
            if atLineStart, hasPrefix(prefix) { return (skipped, true) }
            if bufferedCount == 0 && !fill() { break }
            let window = min(count - skipped, bufferedCount)
            if let newline = findByte(0x0A, in: storage + start, count: window) {
                consume(newline + 1)
                skipped += newline + 1
                atLineStart = true
            } else {
                consume(window)
                skipped += window
                atLineStart = false
            }
        }
        return (skipped, false)
    }

    /// Skips bytes while they are in `set`, at most `limit` of them; returns how many.
    @discardableResult
    func skip(while set: Set<UInt8>, limit: Int) -> Int {
        var skipped = 0
        while skipped < limit {
            if bufferedCount == 0 && !fill() { break }
            guard set.contains(storage[start]) else { break }
            consume(1)
            skipped += 1
        }
        return skipped
    }

    /// Puts bytes back in front of the unread ones, as if they had not been read yet.
    func unread(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        let remaining = bufferedCount
        let needed = bytes.count + remaining
        let newCapacity = max(capacity, needed + Self.chunkSize)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bytes.withUnsafeBufferPointer { newStorage.update(from: $0.baseAddress!, count: bytes.count) }
        (newStorage + bytes.count).update(from: storage + start, count: remaining)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
        start = 0
        end = needed
    }

    // MARK: Buffer management

    private func consume(_ count: Int) {
        start += count
        if start == end {
            start = 0
            end = 0
        }
    }

    /// Makes room for `count` unread bytes plus a chunk, moving the unread bytes to the front.
    private func reserve(_ count: Int) {
        let needed = max(count, bufferedCount) + Self.chunkSize
        if capacity - start >= needed { return }
        if capacity >= needed {
            compact()
            return
        }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: needed)
        newStorage.update(from: storage + start, count: bufferedCount)
        storage.deallocate()
        storage = newStorage
        capacity = needed
        end = bufferedCount
        start = 0
    }

    private func compact() {
        guard start > 0 else { return }
        let remaining = bufferedCount
        storage.update(from: storage + start, count: remaining)
        start = 0
        end = remaining
    }

    /// Reads one more chunk from the stream; false at its end.
    private func fill() -> Bool {
        if streamEnded { return false }
        if capacity - end < Self.chunkSize {
            // Moving is cheap when little is unread; otherwise grow so each byte moves O(1) times.
            if start >= bufferedCount {
                compact()
            }
            if capacity - end < Self.chunkSize { reserve(max(bufferedCount * 2, Self.chunkSize)) }
        }
        let count = stream.read(into: UnsafeMutableRawBufferPointer(start: storage + end, count: capacity - end))
        if count == 0 {
            streamEnded = true
            return false
        }
        end += count
        return true
    }
}
