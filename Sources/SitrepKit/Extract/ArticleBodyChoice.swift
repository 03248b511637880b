/// Decides between the text chosen from the page's markup and the `articleBody` its JSON-LD gives.
///
/// The markup keeps paragraph breaks and is preferred; the JSON-LD body wins when it is long and the
/// markup's text is much shorter (the body sits in a script-rendered widget) or shares little of
/// its vocabulary (the scorer chose the wrong box).
enum ArticleBodyChoice {
    /// A JSON-LD body shorter than this many characters is a teaser, not a body.
    static let minimumBody = 400

    static func choose(markup: String, markupCharacters: Int, articleBody: String?, title: String?) -> String {
        guard let articleBody, let body = paragraphs(of: articleBody, title: title) else { return markup }
        let bodyCharacters = characterCount(body)
        guard bodyCharacters >= minimumBody else { return markup }
        if Double(markupCharacters) < Double(bodyCharacters) * 0.5 { return body }
        return sharedVocabulary(of: body, in: markup) < 0.5 ? body : markup
    }

    /// The body as paragraphs: markup inside it is parsed and rendered; plain text keeps its line
    /// breaks as paragraph breaks.
    static func paragraphs(of articleBody: String, title: String?) -> String? {
        let bytes = Array(articleBody.utf8)
        let text: String
        if looksLikeMarkup(bytes) {
            let tree = HTMLTree.parse(UTF8Repair.sanitized(bytes), allowDeepNesting: false)
            let layout = TreeLayout(tree, traits: [ElementTraits](repeating: [], count: tree.count))
            var excluded = [Bool](repeating: false, count: tree.count)
            for index in 0..<tree.count where tree[index].tag == .script || tree[index].tag == .style { excluded[index] = true }
            let rendered = ParagraphRenderer(tree: tree, layout: layout).render(roots: [0], excluded: excluded)
            text = rendered.joined(droppingTitle: title)
        } else {
            let lines = articleBody.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" })
                .map { line in
                    // Entities (&amp;, &#8217;) left in the JSON string are decoded by the HTML parser.
                    line.contains("&") ? HTMLTree.parse(Array(line.utf8), allowDeepNesting: false).text(of: 0)
                        : MarkupText.collapsed(String(line))
                }
                .filter { !$0.isEmpty }
            var kept = lines
            if let title, let first = kept.first, MarkupText.comparisonKey(first) == MarkupText.comparisonKey(title) {
                kept.removeFirst()
            }
            text = kept.joined(separator: "\n\n")
        }
        return text.isEmpty ? nil : text
    }

    private static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "/") || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z")) { return true }
            }
            index += 1
        }
        return false
    }

    /// The share of the body's longer words (five bytes or more) that also occur in the markup text.
    static func sharedVocabulary(of body: String, in markup: String) -> Double {
        let markupWords = Set(wordHashes(markup))
        let bodyWords = wordHashes(body)
        guard !bodyWords.isEmpty else { return 1 }
        return Double(bodyWords.count { markupWords.contains($0) }) / Double(bodyWords.count)
    }

    /// Hashes of the words of a text (runs of ASCII letters and digits or non-ASCII bytes, ASCII
    /// case folded), leaving out short ones.
    private static func wordHashes(_ text: String) -> [Int] {
        var hashes: [Int] = []
        var hasher = Hasher()
        var length = 0
        func finish() {
            if length >= 5 { hashes.append(hasher.finalize()) }
            hasher = Hasher()
            length = 0
        }
        for byte in text.utf8 {
            if byte >= 0x80 || ASCIIBytes.isAlphanumeric(byte) {
                hasher.combine(ASCIIBytes.lower(byte))
                length += 1
            } else if length > 0 {
                finish()
            }
        }
        finish()
        return hashes
    }

    /// Visible characters: Unicode scalars other than ASCII whitespace.
    static func characterCount(_ text: String) -> Int {
        text.utf8.count { $0 & 0xC0 != 0x80 && !ASCIIBytes.isSpace($0) }
    }
}
