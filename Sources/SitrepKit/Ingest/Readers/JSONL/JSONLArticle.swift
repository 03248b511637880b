import Foundation

/// One JSONL line read as an article: its body and what the other fields say about it.
///
/// Field names differ between scrapers (newspaper3k, trafilatura, news-please, NewsAPI dumps),
/// hence the alternatives for each.
struct JSONLArticle {
    var body: String
    var bodyIsHTML: Bool
    var hints: SourceDocument.Hints

    enum ParseResult {
        case blank
        case invalid(String)
        case article(JSONLArticle)
    }

    static let htmlFields = ["html", "raw_html", "content_html"]
    static let textFields = ["text", "content", "body", "maintext", "article"]

    static func parse(_ line: [UInt8], isFirstLine: Bool) -> ParseResult {
        var bytes = line[...]
        if isFirstLine && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.contains(where: { !FormatSniffer.isASCIIWhitespace($0) }) else { return .blank }

        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return .invalid("not JSON (\(describe(error)))")
        }
        guard let fields = object as? [String: Any] else { return .invalid("not a JSON object") }

        let body: String
        let bodyIsHTML: Bool
        if let html = firstText(in: fields, keys: htmlFields, isBody: true) {
            body = html
            bodyIsHTML = true
        } else if let text = firstText(in: fields, keys: textFields, isBody: true) {
            body = text
            bodyIsHTML = false
        } else {
            return .invalid("no html or text field")
        }
        let hints = SourceDocument.Hints(
            url: firstText(in: fields, keys: ["url", "link", "canonical_url"]),
            title: firstText(in: fields, keys: ["title", "headline"]),
            outlet: firstText(in: fields, keys: ["outlet", "source", "site_name", "source_domain", "publisher"]),
            byline: firstText(in: fields, keys: ["author", "byline", "authors"]),
            published: firstText(in: fields, keys: ["published", "date", "published_at", "publish_date", "date_publish"]),
            language: firstText(in: fields, keys: ["language", "lang"]))
        return .article(JSONLArticle(body: body, bodyIsHTML: bodyIsHTML, hints: hints))
    }

    func document(source: String) -> SourceDocument {
        let payload = Array(body.utf8)
        let format: DocumentFormat
        if bodyIsHTML || FormatSniffer.looksLikeHTML(payload) {
            format = .html
        } else if MarkdownSignals(Array(payload.prefix(FormatSniffer.prefixLength))).isClearlyMarkdown {
            format = .markdown
        } else {
            format = .text
        }
        return SourceDocument(source: source, format: format, payload: payload, hints: hints)
    }

    /// The first of `keys` with a non-blank value. Besides strings it takes a list of strings
    /// (several authors), an object with a `name` (NewsAPI's `source`) and a number (an epoch date).
    /// Bodies come back untouched (the payload is hashed as given); other values trimmed.
    private static func firstText(in fields: [String: Any], keys: [String], isBody: Bool = false) -> String? {
        for key in keys {
            guard let value = fields[key], let text = text(from: value) else { continue }
            if isBody {
                // Trimming a whole page through Foundation costs more than parsing its JSON.
                if text.utf8.contains(where: { !FormatSniffer.isASCIIWhitespace($0) }) { return text }
            } else {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return nil
    }

    private static func text(from value: Any) -> String? {
        switch value {
        case let string as String:
            return string
        case let strings as [Any]:
            let parts = strings.compactMap { text(from: $0) }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case let object as [String: Any]:
            return object["name"].flatMap { text(from: $0) }
        case let number as NSNumber where !(value is Bool):
            return number.stringValue
        default:
            return nil
        }
    }

    /// JSONSerialization's own wording, which names the offending character when it can.
    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty {
            return detail
        }
        return nsError.localizedDescription
    }
}
