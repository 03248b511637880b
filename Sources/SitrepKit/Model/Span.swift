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

    public init(_ text: String) { scalars = Self.scalars(of: text) }

    public var count: Int { scalars.count }

    public subscript(span: Span) -> String { Self.string(scalars[span.start..<span.end]) }

    /// The scalars of a string, decoded straight from its UTF-8 (the generic iteration of
    /// `unicodeScalars` into an array cost more than the stages that read them).
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out = [Unicode.Scalar]()
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let lead = UInt32(bytes[i])
                var value: UInt32
                var length: Int
                switch lead {
                case 0..<0x80: value = lead; length = 1
                case 0xC0..<0xE0: value = lead & 0x1F; length = 2
                case 0xE0..<0xF0: value = lead & 0x0F; length = 3
                default: value = lead & 0x07; length = 4
                }
                // A String's UTF-8 is always valid, so continuation bytes are where they should be.
                for k in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += length
            }
            return out
        }
    }

    /// A string from scalars, encoded straight to UTF-8.
    public static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            let v = scalar.value
            switch v {
            case 0..<0x80:
                bytes.append(UInt8(v))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
