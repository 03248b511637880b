import Testing
@testable import SitrepKit

/// A story as the user names it on the command line.
@Suite struct StoryReferenceTests {
    @Test func takesTheReportsIdOrItsNumber() throws {
        #expect(try StoryReference.id(parsing: "story:12") == 12)
        #expect(try StoryReference.id(parsing: "12") == 12)
        #expect(try StoryReference.id(parsing: " Story:3 ") == 3)
        #expect(StoryReference.text(12) == "story:12")
    }

    @Test func refusesWhatIsNoStoryID() {
        for text in ["", "story:", "story:x", "figure:1:2", "0", "-3", "story:1.5", "story 3"] {
            #expect(throws: StoryReference.Malformed.self, "\(text)") { try StoryReference.id(parsing: text) }
        }
        #expect(StoryReference.Malformed(text: "x").description.contains("\"x\""))
    }
}
