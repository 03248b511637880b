/// A short line that does little but date the piece: "Tue Dec 13, 2016 22:11:53",
/// "Some Outlet, December 07, 2016", "Other Outlet 6 December 2016".
struct DatelineRule: LineRule {
    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        // "Deaths since March 2011: 4,120" dates a figure, not the piece.
        guard line.wordCount <= 16, !line.isProse, !line.isFigureRow, let (_, rest) = Self.read(line) else { return nil }
        let otherWords = rest.split(whereSeparator: { !$0.isLetter }).count
        // "Gunmen killed three aid workers on Dec. 4, 2016.": a short lead sentence with a date,
        // which a wire dateline above it leaves in the header, is a sentence still.
        if line.endsSentence && otherWords >= 3 { return nil }
        return otherWords <= (context.inHeader ? 6 : 2) ? .dateline : nil
    }

    /// The first date on the line, and the line without its dates (nor weekday names, labels such
    /// as "Updated:", and clock times).
    static func read(_ line: TextLine) -> (DateMention, String)? {
        let mentions = DateMention.all(in: line.plain)
        guard let first = mentions.first else { return nil }
        var scalars = ScalarText.scalars(of: line.plain)
        for mention in mentions.reversed() { scalars.removeSubrange(mention.range) }
        let rest = ScalarText.string(scalars)
            .split(separator: " ")
            .filter { word in
                let w = word.lowercased().trimming(",.:|")
                return !w.isEmpty && !weekdays.contains(w) && !w.contains(":") && !["am", "pm", "gmt", "utc", "et", "at"].contains(w)
            }
            .joined(separator: " ")
        return (first, rest)
    }

    static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "updated", "published", "posted", "on", "last",
        "modified", "created", "date",
    ]
}
