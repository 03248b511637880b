/// An appeal for money, usually with somewhere to send it: "please support the project … PayPal: …".
struct DonationAppealRule: LineRule {
    static let appealWords = ["donate", "donation", "paypal", "patreon", "bitcoin", "btc:", "eth:", "subscribestar",
                              "buy me a coffee", "support the project", "support our work", "support us",
                              "support independent", "contribute", "your help", "crowdfunding"]

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        let text = line.lowered
        let hits = Self.appealWords.filter { text.contains($0) }.count
        guard hits > 0 else { return nil }
        let hasAddress = text.contains("@") || text.contains("http") || text.contains("www.")
        return hits >= 2 || (hasAddress && line.wordCount <= 60) ? .donationAppeal : nil
    }
}
