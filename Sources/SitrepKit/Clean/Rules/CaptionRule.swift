/// Photo and map captions and their credits, which sit inside a body but are not its prose:
/// "Map via Some Institute - bigger", "Photo: Jane Roe/Agency", "A still image taken from a video
/// … Handout via AGENCY TV", "Soldiers patrol a street. REUTERS/John Doe". They are kept as asides.
struct CaptionRule: LineRule {
    static let openers = PhraseList(["photo:", "photo by", "photos:", "image:", "image caption", "image credit",
                                     "picture:", "pictured:", "caption:", "credit:", "map via", "map:", "file photo",
                                     "a still image taken from", "screenshot"])
    static let creditTails = PhraseList(["getty images", "handout", "via reuters", "reuters tv", "/reuters", "reuters/",
                                         "/afp", "afp/", "/ap", "ap photo", "/epa", "epa/", "shutterstock", "photo credit"])

    func judge(_ line: TextLine, _ context: LineContext) -> RemovedSegment.Reason? {
        guard line.wordCount <= 60 else { return nil }
        if line.starts(withAnyOf: Self.openers) { return .aside }
        // A credit in the last few words: the agency or photographer behind an image.
        let tail = Array(line.lowered.suffix(40))
        return Self.creditTails.containsAny(in: tail) ? .aside : nil
    }
}
