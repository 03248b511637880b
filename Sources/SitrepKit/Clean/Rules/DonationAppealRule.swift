/// An appeal for money with somewhere to send it: "please support us … PayPal: …".
struct DonationAppealRule: LineRule {
    /// Channels that take payments: naming one is what makes an appeal an appeal, not a story
    /// about donations.
    static let paymentChannels = PhraseList(["paypal", "patreon", "bitcoin", "btc:", "eth:", "iban", "subscribestar",
                                             "buy me a coffee", "ko-fi", "liberapay", "venmo", "cash app"])
    static let appealWords = PhraseList(["donate", "donation", "support us", "support our", "support independent",
                                         "please support", "contribute", "crowdfunding", "if you like our"])

    static let addressMarks = PhraseList(["@", "http", "www."])

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        guard line.wordCount <= 80, Self.paymentChannels.containsAny(in: line.lowered) else { return nil }
        let asks = Self.appealWords.containsAny(in: line.lowered)
        let hasAddress = Self.addressMarks.containsAny(in: line.lowered)
        return asks || hasAddress ? .donationAppeal : nil
    }
}
