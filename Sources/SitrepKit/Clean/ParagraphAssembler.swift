/// Builds the body from the lines that survived cleaning: one paragraph per line (a wrapped
/// paragraph's lines were joined into one already), with markup stripped and paragraphs split by
/// a page break mended. Paragraph spans are offsets into the body it returns.
struct ParagraphAssembler {
    struct Output {
        var text: String
        var paragraphs: [Span]
        var markup: [RemovedSegment]
    }

    func assemble(_ raw: [Unicode.Scalar], _ lines: [TextLine], kept: [Bool]) -> Output {
        var pieces: [(text: String, joinsPrevious: Bool)] = []
        var markup: [RemovedSegment] = []
        var block: [Int] = []
        // Whether only blank lines (no removed ones) separate the current block from the last.
        var gapIsBlankOnly = true
        var blockFollowsBlankGap = true

        func flush() {
            guard !block.isEmpty else { return }
            var first = true
            for index in block {
                let stripped = lines[index].stripped
                markup += stripped.removed
                let text = collapseSpaces(stripped.text)
                guard !text.isEmpty else { continue }
                let joins = first && blockFollowsBlankGap && continues(pieces.last?.text, text)
                pieces.append((text, joins))
                first = false
            }
            block.removeAll()
        }

        for (index, line) in lines.enumerated() {
            if kept[index] && !line.isBlank {
                if block.isEmpty { blockFollowsBlankGap = gapIsBlankOnly }
                block.append(index)
            } else {
                if !block.isEmpty {
                    flush()
                    gapIsBlankOnly = true
                }
                if !line.isBlank { gapIsBlankOnly = false }
            }
        }
        flush()

        var paragraphs: [String] = []
        for piece in pieces {
            if piece.joinsPrevious, let last = paragraphs.popLast() {
                paragraphs.append(last + " " + piece.text)
            } else {
                paragraphs.append(piece.text)
            }
        }
        var text = ""
        var spans: [Span] = []
        var offset = 0
        for paragraph in paragraphs {
            if !text.isEmpty { text += "\n\n"; offset += 2 }
            let length = paragraph.unicodeScalars.count
            spans.append(Span(start: offset, end: offset + length))
            text += paragraph
            offset += length
        }
        return Output(text: text, paragraphs: spans, markup: markup)
    }

    /// A paragraph cut in two by a stray blank line: the first half stops mid-sentence and the
    /// second carries on in lower case or with a number.
    private func continues(_ previous: String?, _ next: String) -> Bool {
        guard let previous, let end = previous.last, let start = next.first else { return false }
        let endsOpen = end.isLetter || end.isNumber || end == ","
        return endsOpen && (start.isLowercase || start.isNumber)
    }

    private func collapseSpaces(_ text: String) -> String {
        if !needsCollapsing(text) { return text }
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " " || scalar == "\t" || scalar == "\u{A0}"
            if isSpace {
                if !lastWasSpace { out.append(" ") }
            } else {
                out.append(scalar)
            }
            lastWasSpace = isSpace
        }
        while out.last == " " { out.removeLast() }
        return String(out)
    }

    /// Leading, trailing or doubled spaces, tabs or no-break spaces.
    private func needsCollapsing(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            // 0xC2 leads the UTF-8 of U+00A0; checking it errs towards the slow path, never past it.
            let isSpace = byte == 32 || byte == 9 || byte == 0xC2
            if isSpace && (previousSpace || byte != 32) { return true }
            previousSpace = isSpace
        }
        return previousSpace
    }
}
