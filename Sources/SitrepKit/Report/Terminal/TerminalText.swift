/// Text from an article made inert before it reaches a terminal: nothing in it can move the
/// cursor, recolour the screen, set the window title, reorder what follows or end a line.
///
///     TerminalText.sanitized("\u{1B}[31mAleppo\u{1B}[0m\nfalls")   // "Aleppo falls"
///
/// Escape sequences (CSI, OSC, DCS and the other string controls, and two-character escapes) are
/// removed whole, so no "[31m" is left behind; every other control character, C0 and C1 (C1's
/// CSI, U+009B, is an escape on some terminals), and the line and paragraph separators become a
/// space; bidirectional overrides and other invisible format characters are dropped, except the
/// joiners emoji sequences are built from.
public enum TerminalText {
    public static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipControlString(&scalars)
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                out.append(" ")
            case 0x200C, 0x200D:
                out.append(scalar)
            default:
                if scalar.properties.generalCategory != .format { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// After ESC: a control sequence after "[", a control string after "]", "P", "X", "^" or "_",
    /// else intermediates and one final character.
    private static func skipEscapeSequence(_ scalars: inout Substring.UnicodeScalarView) {
        guard let next = scalars.first else { return }
        switch next {
        case "[":
            scalars.removeFirst()
            skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_":
            scalars.removeFirst()
            skipControlString(&scalars)
        default:
            while let s = scalars.first, (0x20...0x2F).contains(s.value) { scalars.removeFirst() }
            if let s = scalars.first, (0x30...0x7E).contains(s.value) { scalars.removeFirst() }
        }
    }

    /// ECMA-48's shape: parameter bytes, intermediate bytes, one final byte. Stops at anything else,
    /// which is then read as text, as a terminal would.
    private static func skipControlSequence(_ scalars: inout Substring.UnicodeScalarView) {
        while let s = scalars.first, (0x30...0x3F).contains(s.value) { scalars.removeFirst() }
        while let s = scalars.first, (0x20...0x2F).contains(s.value) { scalars.removeFirst() }
        if let s = scalars.first, (0x40...0x7E).contains(s.value) { scalars.removeFirst() }
    }

    /// Up to and with the string terminator (ESC \, or C1's ST), or BEL, which xterm also accepts
    /// after a title; an unterminated string runs to the end of the text, as it would on screen.
    private static func skipControlString(_ scalars: inout Substring.UnicodeScalarView) {
        while let s = scalars.popFirst() {
            if s.value == 0x07 || s.value == 0x9C { return }
            // ESC ends the string whatever follows: ESC \ is the terminator, anything else a new escape.
            if s.value == 0x1B { return skipEscapeSequence(&scalars) }
        }
    }
}
