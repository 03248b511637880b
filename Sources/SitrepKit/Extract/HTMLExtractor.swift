// TEMPORARY STUB until the extract stage lands.
public struct HTMLExtractor: Sendable {
    public init() {}
    public func extract(_ html: [UInt8], hints: SourceDocument.Hints = .init()) -> ExtractedText {
        ExtractedText(text: String(decoding: html, as: UTF8.self))
    }
}
