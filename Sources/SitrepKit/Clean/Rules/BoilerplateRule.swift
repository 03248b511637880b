/// Site furniture: legal notices and disclaimers, and the short prompts to comment, share, follow,
/// subscribe or join that sites put around every article.
struct BoilerplateRule: LineRule {
    /// Phrases that only legal notices use; any line carrying one is furniture however long it is.
    static let legalPhrases = PhraseList([
        "disclaimer:", "not be responsible for", "all rights reserved", "copyrighted material", "fair use",
        "sole responsibility of the author", "grants permission to", "for media inquiries", "terms of use",
        "terms of service", "privacy policy", "this material may not be published", "we use cookies", "uses cookies", "use of cookies",
        "cookie policy", "cookie settings", "accept cookies", "accept all cookies",
        "reproduction in whole or in part", "views expressed in this article", "do not necessarily reflect",
    ])

    static let promptWords = PhraseList([
        "comment on", "comments", "share this", "share on", "follow us", "subscribe", "sign up", "newsletter",
        "become a member", "join us", "like us on", "click here", "read more", "related articles", "related posts",
        "print this", "email this", "leave a reply", "log in", "login", "register", "advertisement", "tweet",
        "whatsapp", "telegram channel",
    ])

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        // Two legal phrases mark a notice of any length. One marks a short line, or a line that
        // opens with it, as notices do ("This website uses cookies…"); in the middle of a long
        // paragraph it is more likely a story about the law.
        let legal = Self.legalPhrases.count(in: line.lowered)
        let opening = Array(line.lowered.prefix(80))
        if legal >= 2 || (legal == 1 && (line.wordCount <= 25 || Self.legalPhrases.containsAny(in: opening))) {
            return .boilerplate
        }
        let shortPrompt = line.wordCount <= 12 && !line.isFigureRow && (line.isMostlyLinks || (!line.endsSentence && !introducesQuotation(line)))
        if shortPrompt, line.contains(anyOf: Self.promptWords) { return .boilerplate }
        return nil
    }

    /// "Asked to comment on the ruling, a ministry spokesman said:": a clause, a comma and a
    /// colon introduce what someone said; a prompt ("Comment on this story:") is no such sentence.
    private func introducesQuotation(_ line: TextLine) -> Bool {
        line.wordCount >= 8 && line.plain.hasSuffix(":") && line.plain.contains(",")
    }
}
