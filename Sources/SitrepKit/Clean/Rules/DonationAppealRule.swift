/// An appeal for money, usually with somewhere to send it: "please support the project … PayPal: …".
struct DonationAppealRule: LineRule {
    static let appealWords = PhraseList(["donate", "donation", "paypal", "patreon", "bitcoin", "btc:", "eth:", "subscribestar",
                              "buy me a coffee", "support the project", "support our work", "support us",
                              "support independent", "contribute", "your help", "crowdfunding"])

    static let addressMarks = PhraseList(["@", "http", "www."])

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        let hits = Self.appealWords.count(in: line.lowered)
        guard hits > 0 else { return nil }
        let hasAddress = Self.addressMarks.containsAny(in: line.lowered)
        return hits >= 2 || (hasAddress && line.wordCount <= 60) ? .donationAppeal : nil
    }
}
