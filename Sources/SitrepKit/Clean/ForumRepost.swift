/// Recognises an article pasted into a forum: forum markup (BBCode) in the text, or the forum's
/// own list of posts ("» headline" / "Today at 7:09 am by someone") trailing after it. The copy's
/// date is the latest day those post lines give, kept apart from the article's own date.
enum ForumRepost {
    static func detect(_ lines: [TextLine], _ verdicts: [RemovedSegment.Reason?]) -> Republication? {
        let hasForumMarkup = lines.contains { $0.stripped.hadBBCode }
        let postLines = lines.indices.filter { verdicts[$0] == .sidebar && TrailingList.isTimestampByline(lines[$0]) }
        guard hasForumMarkup || postLines.count >= 3 else { return nil }
        let latest = postLines.compactMap { DateMention.all(in: lines[$0].plain).last?.day }.max()
        return Republication(kind: .forumRepost, on: latest)
    }
}
