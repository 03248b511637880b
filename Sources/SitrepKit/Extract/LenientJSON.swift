/// A JSON value, as JSON-LD blocks in web pages hold them.
enum LenientJSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([LenientJSON])
    /// Members in document order (a page's JSON-LD objects are small; order helps with duplicates).
    case object([(String, LenientJSON)])

    subscript(key: String) -> LenientJSON? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    var stringValue: String? {
        switch self {
        case let .string(value): return value
        case let .number(value): return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        default: return nil
        }
    }

    var arrayValue: [LenientJSON] {
        if case let .array(items) = self { return items }
        return [self]
    }

    /// Parses JSON as pages write it: tolerates raw control characters in strings, trailing commas,
    /// single-quoted strings, HTML comment or CDATA wrappers, and text around the value. Nesting
    /// deeper than ``maxDepth`` fails the parse (no page needs it, and it bounds the recursion).
    static func parse(_ bytes: ArraySlice<UInt8>) -> LenientJSON? {
        var parser = Parser(bytes: bytes)
        return parser.parseDocument()
    }

    static func parse(_ text: String) -> LenientJSON? { parse(Array(text.utf8)[...]) }

    static let maxDepth = 64

    private struct Parser {
        let bytes: ArraySlice<UInt8>
        var index: Int
        var depth = 0

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        mutating func parseDocument() -> LenientJSON? {
            // Skip wrappers such as `<!--`, `//<![CDATA[`: try the value at each of the first few
            // `{` or `[` until one parses.
            var attempts = 0
            var start = bytes.startIndex
            let marker = Array("<![CDATA[".utf8)
            if let found = bytes.prefix(64).firstRange(of: marker) { start = found.upperBound }
            while attempts < 4 {
                while start < bytes.endIndex, bytes[start] != UInt8(ascii: "{"), bytes[start] != UInt8(ascii: "[") {
                    start += 1
                }
                guard start < bytes.endIndex else { return nil }
                index = start
                depth = 0
                if let value = parseValue() { return value }
                attempts += 1
                start += 1
            }
            return nil
        }

        private mutating func skipSpace() {
            while index < bytes.endIndex {
                let byte = bytes[index]
                if ASCIIBytes.isSpace(byte) {
                    index += 1
                } else if byte == UInt8(ascii: "/"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "/") {
                    while index < bytes.endIndex, bytes[index] != 0x0A { index += 1 }
                } else if byte == UInt8(ascii: "/"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "*") {
                    index += 2
                    while index + 1 < bytes.endIndex, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                        index += 1
                    }
                    index = min(bytes.endIndex, index + 2)
                } else {
                    return
                }
            }
        }

        private mutating func parseValue() -> LenientJSON? {
            skipSpace()
            guard index < bytes.endIndex else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"): return parseObject()
            case UInt8(ascii: "["): return parseArray()
            case UInt8(ascii: "\""), UInt8(ascii: "'"): return parseString().map { .string($0) }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return parseNumber()
            default: return parseWord()
            }
        }

        private mutating func parseObject() -> LenientJSON? {
            depth += 1
            defer { depth -= 1 }
            guard depth <= LenientJSON.maxDepth else { return nil }
            index += 1
            var members: [(String, LenientJSON)] = []
            while true {
                skipSpace()
                guard index < bytes.endIndex else { return nil }
                let byte = bytes[index]
                if byte == UInt8(ascii: "}") {
                    index += 1
                    return .object(members)
                }
                if byte == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                let key: String
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    guard let parsed = parseString() else { return nil }
                    key = parsed
                } else {
                    let start = index
                    while index < bytes.endIndex, ASCIIBytes.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "_")
                        || bytes[index] == UInt8(ascii: "@") || bytes[index] == UInt8(ascii: "$") { index += 1 }
                    guard index > start else { return nil }
                    key = String(decoding: bytes[start..<index], as: UTF8.self)
                }
                skipSpace()
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                guard let value = parseValue() else { return nil }
                members.append((key, value))
            }
        }

        private mutating func parseArray() -> LenientJSON? {
            depth += 1
            defer { depth -= 1 }
            guard depth <= LenientJSON.maxDepth else { return nil }
            index += 1
            var items: [LenientJSON] = []
            while true {
                skipSpace()
                guard index < bytes.endIndex else { return nil }
                let byte = bytes[index]
                if byte == UInt8(ascii: "]") {
                    index += 1
                    return .array(items)
                }
                if byte == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard let value = parseValue() else { return nil }
                items.append(value)
            }
        }

        private mutating func parseString() -> String? {
            let quote = bytes[index]
            index += 1
            var out: [UInt8] = []
            while index < bytes.endIndex {
                let byte = bytes[index]
                index += 1
                if byte == quote { return String(decoding: out, as: UTF8.self) }
                guard byte == UInt8(ascii: "\\") else {
                    out.append(byte)
                    continue
                }
                guard index < bytes.endIndex else { return nil }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"), UInt8(ascii: "f"): out.append(0x20)
                case UInt8(ascii: "u"):
                    guard var scalar = hexScalar() else { continue }
                    if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "\\"),
                       bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        if let low = hexScalar(), (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                    }
                    let valid = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(valid)).utf8))
                default: out.append(escaped)
                }
            }
            return nil
        }

        private mutating func hexScalar() -> UInt32? {
            guard index + 4 <= bytes.endIndex else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }

        private mutating func parseNumber() -> LenientJSON? {
            let start = index
            while index < bytes.endIndex, ASCIIBytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-")
                || bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: ".")
                || bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") { index += 1 }
            return Double(String(decoding: bytes[start..<index], as: UTF8.self)).map { .number($0) } ?? .null
        }

        private mutating func parseWord() -> LenientJSON? {
            let start = index
            while index < bytes.endIndex, ASCIIBytes.isAlphanumeric(bytes[index]) { index += 1 }
            let word = bytes[start..<index]
            if ASCIIBytes.equals(word, "true") { return .bool(true) }
            if ASCIIBytes.equals(word, "false") { return .bool(false) }
            if ASCIIBytes.equals(word, "null") || ASCIIBytes.equals(word, "undefined") { return .null }
            return nil
        }
    }
}
