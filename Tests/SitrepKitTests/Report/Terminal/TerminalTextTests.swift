import Testing
@testable import SitrepKit

/// Text from an article cannot act on the terminal it is printed on.
@Suite struct TerminalTextTests {
    @Test func colourEscapesGoWholeAndLineBreaksBecomeSpaces() {
        #expect(TerminalText.sanitized("\u{1B}[31mred\u{1B}[0m\nline") == "red line")
        #expect(TerminalText.sanitized("a\u{1B}[2J\u{1B}[1;1Hb") == "ab")
        #expect(TerminalText.sanitized("tab\there\r\nthere") == "tab here  there")
    }

    @Test func titleAndOtherControlStringsGoUpToTheirTerminator() {
        #expect(TerminalText.sanitized("x\u{1B}]0;owned\u{07}y") == "xy")
        #expect(TerminalText.sanitized("x\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\y") == "xlinky")
        #expect(TerminalText.sanitized("x\u{1B}Pq#0;2;0;0;0\u{1B}\\y") == "xy")
        #expect(TerminalText.sanitized("x\u{1B}]0;never ends") == "x")
    }

    @Test func eightBitControlsAreEscapesTooOrSpaces() {
        #expect(TerminalText.sanitized("a\u{9B}31mb") == "ab")
        #expect(TerminalText.sanitized("a\u{9D}0;t\u{9C}b") == "ab")
        #expect(TerminalText.sanitized("a\u{85}b\u{2028}c") == "a b c")
        #expect(TerminalText.sanitized("a\u{1B}7b\u{1B}(0c") == "abc")
    }

    @Test func invisibleReorderingIsDroppedButEmojiJoinersStay() {
        #expect(TerminalText.sanitized("safe\u{202E}txt.exe\u{202C}") == "safetxt.exe")
        #expect(TerminalText.sanitized("zero\u{200B}width\u{FEFF}") == "zerowidth")
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(TerminalText.sanitized(family) == family)
        #expect(TerminalText.sanitized("Ḥalab, 阿勒颇, Alep") == "Ḥalab, 阿勒颇, Alep")
    }
}
