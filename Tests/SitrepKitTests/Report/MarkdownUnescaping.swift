/// Reads escaped Markdown text back as a renderer shows it: a backslash before ASCII punctuation
/// and the three entities ``MarkdownText`` writes stand for the plain character. Lets a test say
/// that the escaped report still says what the article said.
enum MarkdownUnescaping {
    static func unescaped(_ markdown: String) -> String {
        var out = ""
        var rest = Substring(markdown)
        while let c = rest.first {
            if c == "\\", let next = rest.dropFirst().first, next.isASCII, next.isPunctuation || next.isSymbol {
                out.append(next)
                rest = rest.dropFirst(2)
                continue
            }
            if let (entity, character) = entities.first(where: { rest.hasPrefix($0.0) }) {
                out.append(character)
                rest = rest.dropFirst(entity.count)
                continue
            }
            out.append(c)
            rest = rest.dropFirst()
        }
        return out
    }

    private static let entities: [(String, Character)] = [("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")]
}
