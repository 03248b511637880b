/// Up to 60 bytes of damaged input, quoted and made printable, for an error message.
func quotedForMessage(_ bytes: [UInt8]) -> String {
    let shown = bytes.prefix(60).map { byte -> Character in
        byte >= 0x20 && byte < 0x7F ? Character(UnicodeScalar(byte)) : "?"
    }
    return "\"" + String(shown) + (bytes.count > 60 ? "…" : "") + "\""
}
