/// A `Content-Type` value split into its type and charset: `text/html; charset="utf-8"`.
struct MediaType {
    /// The lower-cased type and subtype, `text/html`; empty when the header was empty.
    var essence: String
    var charset: String?

    init(_ header: String) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        essence = parts.first.map { String($0).trimmingASCIIWhitespace().lowercased() } ?? ""
        charset = nil
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmingASCIIWhitespace().lowercased() == "charset" else { continue }
            var value = String(pair[1]).trimmingASCIIWhitespace()
            if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            charset = value.isEmpty ? nil : value
        }
    }

    var isHTML: Bool {
        essence == "text/html" || essence == "application/xhtml+xml"
    }

    /// A type that says nothing either way, so the content must be sniffed: servers send HTML
    /// as `text/plain` or `application/octet-stream`, or with no type at all.
    var isUninformative: Bool {
        essence.isEmpty || essence == "text/plain" || essence == "application/octet-stream"
            || essence == "unknown/unknown"
    }
}
