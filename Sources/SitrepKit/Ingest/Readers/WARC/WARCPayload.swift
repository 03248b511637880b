/// What one well-framed WARC record gives the pipeline: an HTML page, nothing (requests,
/// metadata, images, redirects), or a reason the page in it cannot be used.
enum WARCPayload {
    case html([UInt8], charset: String?)
    case skipped
    case rejected(String)

    static func extract(block: [UInt8], header: WARCHeader, limit: Int) -> WARCPayload {
        switch header.type {
        case "response":
            return fromResponse(block: block, header: header, limit: limit)
        case "resource":
            let mediaType = MediaType(header["content-type"] ?? "")
            return page(block[...], mediaType: mediaType, limit: limit)
        default:
            return .skipped
        }
    }

    /// Only HTTP responses are pages; a `response` record may also hold a DNS answer
    /// (`text/dns`) or another protocol's reply, which are skipped.
    private static func fromResponse(block: [UInt8], header: WARCHeader, limit: Int) -> WARCPayload {
        let recordType = MediaType(header["content-type"] ?? "")
        guard recordType.essence == "application/http" || block.starts(with: Array("HTTP/".utf8)) else {
            return .skipped
        }
        guard let response = HTTPResponse(block) else {
            return .rejected("the block is not an HTTP response")
        }
        guard response.status == 200 else { return .skipped }

        let mediaType = MediaType(response.headers["content-type"] ?? "")
        guard mediaType.isHTML || mediaType.isUninformative else { return .skipped }

        var body = response.body
        if response.headers["transfer-encoding"]?.lowercased().contains("chunked") == true,
           let dechunked = ChunkedBody.decode(body) {
            body = dechunked[...]
        }
        switch ContentDecoding.decode(body, encoding: response.headers["content-encoding"], limit: limit) {
        case .failure(let damage):
            return .rejected(damage.reason)
        case .success(let decoded):
            return page(decoded[...], mediaType: mediaType, limit: limit)
        }
    }

    private static func page(_ body: ArraySlice<UInt8>, mediaType: MediaType, limit: Int) -> WARCPayload {
        let bytes = Array(body)
        guard mediaType.isHTML || (mediaType.isUninformative && FormatSniffer.looksLikeHTML(bytes)) else {
            return .skipped
        }
        if FormatSniffer.firstSignificantIndex(bytes) == bytes.count { return .skipped }
        if bytes.count > limit {
            return .rejected("document is \(ByteCount.megabytes(bytes.count)), over the \(ByteCount.megabytes(limit)) limit")
        }
        return .html(bytes, charset: mediaType.charset)
    }
}
