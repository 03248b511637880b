/// Decodes HTML character references: every name the HTML Standard defines (``table``, generated
/// by `scripts/generate_html_entities.py`) and numeric references, the C1 range read as
/// windows-1252 as browsers do. Unknown names stay as written.
///
///     HTMLEntities.decode("AT&amp;T &ndash; caf&eacute; &#8220;ok&#x201D;")   // "AT&T – café “ok”"
enum HTMLEntities {
    /// The table, read once at first use.
    private static let named: [Substring: String] = {
        var result: [Substring: String] = [:]
        result.reserveCapacity(2_200)
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let name = fields.first else { continue }
            let scalars = fields.dropFirst().compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            result[name] = String(String.UnicodeScalarView(scalars))
        }
        return result
    }()

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            if let semicolon = rest[afterAmpersand...].prefix(33).firstIndex(of: ";"),
               let decoded = character(referencedBy: rest[afterAmpersand..<semicolon]) {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        result += rest
        return result
    }

    /// The text of a named reference (`nbsp` → U+00A0), for the names this decoder knows.
    static func namedCharacter(_ name: Substring) -> String? {
        named[name]
    }

    /// The text a reference stands for, from what lies between its `&` and `;` (`eacute`,
    /// `#233`, `#xE9`); nil for a name or number that means nothing.
    static func character(referencedBy name: Substring) -> String? {
        if let known = named[name] { return known }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, let scalar = numericCharacter(value) else { return nil }
        return String(Character(scalar))
    }

    /// The character a numeric reference stands for: references to C1 controls mean the
    /// windows-1252 character of that byte (pages written in windows-1252 and escaped byte by
    /// byte); NUL, surrogates and numbers past Unicode mean nothing.
    static func numericCharacter(_ value: UInt32) -> Unicode.Scalar? {
        guard value != 0 else { return nil }
        if (0x80...0x9F).contains(value) { return Unicode.Scalar(HTMLCharset.windows1252Scalar(UInt8(value))) }
        return Unicode.Scalar(value)
    }
}
