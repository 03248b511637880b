/// A stretch of an article's clean text, as offsets in Unicode scalars (code points).
///
/// Every annotation in Sitrep is stand-off: it points into ``Article/text`` and never copies it, so
/// the report and the UI can highlight exactly what a stage read. Offsets count Unicode scalars, the
/// way Python's `str` indexes, so a consumer of the JSON report can slice `text[start:end]` directly.
///
///     let span = Span(start: 0, end: 5)
///     article.text[span]            // "Syria"
public struct Span: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "span ends before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public func shifted(by delta: Int) -> Span { Span(start: start + delta, end: end + delta) }
}

extension String {
    /// The text a span covers. O(n) in the offset; stages that slice many spans use ``ScalarText``.
    public subscript(span: Span) -> Substring {
        let scalars = unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: span.start)
        let to = scalars.index(from, offsetBy: span.length)
        return self[from..<to]
    }
}

/// A text held as an array of scalars, for stages that read it by offset many times.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public var count: Int { scalars.count }

    public subscript(span: Span) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[span.start..<span.end])
        return String(out)
    }
}
