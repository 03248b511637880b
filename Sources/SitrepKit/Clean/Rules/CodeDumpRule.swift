/// Machine output that leaked into a page: a serialised variable dump (`string(1931) "[{…}]"`,
/// `array(3) {`), or a line of JSON.
struct CodeDumpRule: LineRule {
    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        let text = line.plain
        if Self.startsWithDumpHeader(text) { return .codeDump }
        guard text.unicodeScalars.count >= 40 else { return nil }
        var syntax = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar {
            case "{", "}", "[", "]", "\"", ":", ";", "=", "<", ">", "\\": syntax += 1
            default: break
            }
        }
        let looksLikeJSON = (text.hasPrefix("{") || text.hasPrefix("[")) && text.contains("\":")
        return looksLikeJSON || syntax * 6 >= total ? .codeDump : nil
    }

    /// PHP's var_dump style: `string(12) "…"`, `array(3) {`, `object(Foo)#1 (2) {`.
    private static func startsWithDumpHeader(_ text: String) -> Bool {
        for type in ["string(", "array(", "object(", "int(", "bool("] where text.hasPrefix(type) {
            let rest = text.dropFirst(type.count)
            return rest.first.map { $0.isNumber || $0.isLetter } ?? false && rest.contains(")")
        }
        return false
    }
}
