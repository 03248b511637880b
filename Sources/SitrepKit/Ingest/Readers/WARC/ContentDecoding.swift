/// Undoes an HTTP `Content-Encoding` on a body taken from a WARC record.
enum ContentDecoding {
    /// The decoded body. Crawlers (Common Crawl among them) often store the body already decoded
    /// but keep the original header, so a body without the gzip or zlib magic is taken as is.
    static func decode(_ body: ArraySlice<UInt8>, encoding: String?, limit: Int) -> Result<[UInt8], WARCRecordDamage> {
        let name = encoding?.trimmingASCIIWhitespace().lowercased() ?? ""
        switch name {
        case "", "identity", "none":
            return .success(Array(body))
        case "gzip", "x-gzip", "deflate":
            if hasCompressionMagic(body) { return inflate(body, limit: limit) }
            // `deflate` is often sent bare, without the zlib header; a body that inflates that
            // way was one, any other is taken as already decoded.
            if name == "deflate", !FormatSniffer.looksLikeHTML(Array(body.prefix(1024))),
               case let .success(decoded) = inflate(body, limit: limit, rawDeflate: true), !decoded.isEmpty {
                return .success(decoded)
            }
            return .success(Array(body))
        default:
            let bytes = Array(body)
            if FormatSniffer.looksLikeHTML(bytes) { return .success(bytes) }
            return .failure(WARCRecordDamage(reason: "unsupported Content-Encoding \"\(name)\""))
        }
    }

    /// A gzip member, or a zlib stream (what most servers mean by `deflate`): a header whose
    /// first two bytes, as a big-endian number, are a multiple of 31.
    private static func hasCompressionMagic(_ body: ArraySlice<UInt8>) -> Bool {
        guard body.count >= 2 else { return false }
        let first = body[body.startIndex]
        let second = body[body.startIndex + 1]
        if first == 0x1F && second == 0x8B { return true }
        return first & 0x0F == 8 && (Int(first) << 8 | Int(second)) % 31 == 0
    }

    private static func inflate(_ body: ArraySlice<UInt8>, limit: Int, rawDeflate: Bool = false) -> Result<[UInt8], WARCRecordDamage> {
        let reader = ByteReader(GzipByteStream(source: MemoryByteStream(Array(body)), rawDeflate: rawDeflate))
        guard let decoded = reader.readToEnd(limit: limit) else {
            return .failure(WARCRecordDamage(reason: "the decompressed body is over the \(ByteCount.megabytes(limit)) limit"))
        }
        if let reason = reader.failure {
            return .failure(WARCRecordDamage(reason: "cannot decode the \(reason.contains("gzip") ? "" : "gzip ")body: \(reason)"))
        }
        return .success(decoded)
    }
}
