/// WARC 1.0 and 1.1 files, plain or gzipped (one gzip member per record, as Common Crawl writes
/// them): yields the HTML pages of `response` and `resource` records.
///
/// A record is a version line, header lines, a blank line, `Content-Length` bytes of block and
/// CRLF CRLF. When a record's framing is damaged the reader reports it and resynchronises on the
/// next line that starts with `WARC/1.`, so one bad record costs only itself.
struct WARCReader: FormatReader {
    var limit: Int

    private static let versionPrefix = Array("WARC/1.".utf8)
    private static let lineBreaks: Set<UInt8> = [0x0D, 0x0A]
    /// Room for the HTTP headers around a page of `limit` bytes.
    private static let headerAllowance = 1 << 20
    /// Damaged records in a row after which the rest of the file is given up: each resync may
    /// re-read a block of up to `limit` bytes, and a file of nothing but false headers would
    /// otherwise cost time that grows with the square of its size.
    static let damagedRecordsInARow = 64

    func read(_ input: OpenedInput,
              document: (SourceDocument) throws -> Void,
              failure: (IngestError) -> Void,
              progress: (Int) -> Void) rethrows {
        let reader = input.reader
        var number = 0
        var streamFailureReported = false
        var damagedInARow = 0
        var skippedDamage = 0
        while true {
            reader.skip(while: Self.lineBreaks, limit: .max)
            if reader.isAtEnd { break }
            number += 1
            let location = "record \(number)"
            let record = readRecord(from: input)
            // A corrupt gzip member skipped while reading: a record (this one, or one before it
            // that left no trace) is lost, and the user hears of it.
            if reader.skippedDamage > skippedDamage {
                skippedDamage = reader.skippedDamage
                failure(input.error(at: location, "corrupt gzip data: a damaged member was skipped, and the record in it lost"))
            }
            switch record {
            case .page(let payload, let charset, let header):
                let hints = SourceDocument.Hints(url: header.targetURI, charset: charset)
                try document(SourceDocument(source: "\(input.name)#\(location)", format: .html, payload: payload, hints: hints))
            case .skipped:
                break
            case .rejected(let reason):
                failure(input.error(at: location, reason))
            case .damaged(let reason, let block):
                failure(input.error(at: location, reason))
                damagedInARow += 1
                if damagedInARow >= Self.damagedRecordsInARow {
                    failure(input.error(at: location, "\(damagedInARow) damaged records in a row: the rest of the file is skipped"))
                    return
                }
                resynchronise(reader, after: block)
                input.reportProgress(progress)
                continue
            case .cutShort(let reason):
                failure(input.error(at: location, reason))
                streamFailureReported = reader.failure != nil
            }
            damagedInARow = 0
            input.reportProgress(progress)
        }
        if !streamFailureReported, let reason = reader.failure {
            failure(input.error(reason))
        }
    }

    private enum Record {
        case page([UInt8], charset: String?, header: WARCHeader)
        case skipped
        /// Well framed, but its page cannot be used: the next record is where the framing says.
        case rejected(String)
        /// The framing itself is wrong; `block` holds what was read as the block, which may
        /// contain the start of the next record.
        case damaged(String, block: [UInt8])
        /// The input ended inside the record.
        case cutShort(String)
    }

    private func readRecord(from input: OpenedInput) -> Record {
        let reader = input.reader
        guard case .line(let versionLine, _)? = reader.readLine(maxLength: 256),
              versionLine.starts(with: Self.versionPrefix) else {
            if let reason = reader.failure, reader.isAtEnd { return .cutShort(reason) }
            return .damaged("expected a WARC/1.0 or WARC/1.1 version line", block: [])
        }
        let header: WARCHeader
        switch WARCHeader.read(from: reader) {
        case .header(let parsed): header = parsed
        case .corrupt(let reason):
            if reader.isAtEnd { return .cutShort(reason) }
            return .damaged(reason, block: [])
        }
        let length: Int
        switch header.contentLength {
        case .success(let declared): length = declared
        case .failure(let damage): return .damaged(damage.reason, block: [])
        }

        // A length past the end of the file is a cut-off last record or a damaged header; either
        // way it is not a block to skip, which would swallow every record after it: the reader
        // resynchronises on the next record, if there is one.
        if let left = input.bytesLeft, length > left {
            return .damaged(shortBlockReason(read: left, declared: length, reader), block: [])
        }

        let wanted = header.type == "response" || header.type == "resource"
        if length > limit + Self.headerAllowance {
            // Skipped unread, but not blindly: a record version line inside means the length was
            // wrong (in a WARC.gz, where the bytes left are unknown, a bogus huge length would
            // otherwise swallow every record after it).
            let (skipped, stopped) = reader.skip(length, stoppingAtLineStartingWith: Self.versionPrefix)
            if stopped { return .damaged(shortBlockReason(read: skipped, declared: length, reader), block: []) }
            if skipped < length { return .cutShort(shortBlockReason(read: skipped, declared: length, reader)) }
            guard endsWhereDeclared(reader) else { return .damaged(misframedReason(length), block: []) }
            guard wanted else { return .skipped }
            return .rejected("record is \(ByteCount.megabytes(length)), over the \(ByteCount.megabytes(limit)) limit")
        }

        // Even unwanted blocks are read rather than skipped: if the framing turns out wrong, the
        // next record may be inside them.
        let block = reader.read(exactly: length)
        if block.count < length {
            let reason = shortBlockReason(read: block.count, declared: length, reader)
            if reader.failure == nil && containsRecordStart(block) { return .damaged(reason, block: block) }
            return .cutShort(reason)
        }
        guard endsWhereDeclared(reader) else { return .damaged(misframedReason(length), block: block) }
        guard wanted else { return .skipped }

        switch WARCPayload.extract(block: block, header: header, limit: limit) {
        case .html(let payload, let charset): return .page(payload, charset: charset, header: header)
        case .skipped: return .skipped
        case .rejected(let reason): return .rejected(reason)
        }
    }

    /// After the block come CRLF CRLF and then the next record or the end of the input. Anything
    /// else means the Content-Length was wrong, and the block is not what it claims to be.
    private func endsWhereDeclared(_ reader: ByteReader) -> Bool {
        reader.skip(while: Self.lineBreaks, limit: 4)
        return reader.isAtEnd || reader.hasPrefix(Self.versionPrefix)
    }

    private func misframedReason(_ length: Int) -> String {
        "the block does not end where its Content-Length (\(length)) says"
    }

    private func shortBlockReason(read: Int, declared: Int, _ reader: ByteReader) -> String {
        reader.failure ?? "the block is shorter than its Content-Length (\(read) of \(declared) bytes)"
    }

    private static let recordStart: [UInt8] = [0x0A] + versionPrefix

    private func containsRecordStart(_ block: [UInt8]) -> Bool {
        block.starts(with: Self.versionPrefix) || block.index(ofBytes: Self.recordStart) != nil
    }

    /// Continues at the next `WARC/1.` line, looking first inside the damaged block: when the
    /// Content-Length was too large, the next record started inside it.
    private func resynchronise(_ reader: ByteReader, after block: [UInt8]) {
        if block.starts(with: Self.versionPrefix) {
            reader.unread(block[...])
        } else if let next = block.index(ofBytes: Self.recordStart) {
            reader.unread(block[(next + 1)...])
        }
        _ = reader.skipToLine(startingWith: Self.versionPrefix)
    }
}
