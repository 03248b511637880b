/// What a document's payload is, as sniffed from its bytes (never from its name alone).
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case html
    case text
    case markdown
}

/// What a file or stream holds, as sniffed from its first bytes. A container yields documents.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    case html
    case text
    case markdown
    case jsonl
    case warc
    case rss
    case atom
}
