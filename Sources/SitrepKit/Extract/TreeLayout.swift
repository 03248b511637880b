/// Facts about each node's place in the tree that every later pass needs, computed in two linear
/// passes (one forward for what ancestors pass down, one backward for what descendants pass up).
struct TreeLayout {
    /// The nearest block ancestor-or-self: the paragraph a text node's characters belong to.
    let blockOwner: [Int32]
    /// Inside an `<a>`.
    let inLink: [Bool]
    /// Inside `<article>`, `<main>` or an `itemprop="articleBody"` element.
    let inArticle: [Bool]
    /// Has a block element among its descendants (a table cell that is a layout box, not a cell).
    let hasBlockDescendant: [Bool]
    /// Visible characters (Unicode scalars other than whitespace) of each text node; 0 for elements.
    let characters: [Int32]
    /// Commas (`,` `،` `、` `，`) of each text node; 0 for elements.
    let commas: [Int32]

    init(_ tree: HTMLTree, traits: [ElementTraits]) {
        let count = tree.count
        var blockOwner = [Int32](repeating: 0, count: count)
        var inLink = [Bool](repeating: false, count: count)
        var inArticle = [Bool](repeating: false, count: count)
        var hasBlockDescendant = [Bool](repeating: false, count: count)
        var characters = [Int32](repeating: 0, count: count)
        var commas = [Int32](repeating: 0, count: count)
        tree.bytes.withUnsafeBufferPointer { bytes in
            for index in 1..<max(1, count) {
                let node = tree[index]
                let parent = Int(node.parent)
                inLink[index] = inLink[parent] || node.tag == .a
                inArticle[index] = inArticle[parent] || node.tag == .article || node.tag == .main
                    || traits[index].contains(.articleBody)
                if node.tag == .text {
                    blockOwner[index] = blockOwner[parent]
                    var visible: Int32 = 0, commaCount: Int32 = 0
                    var cursor = Int(node.start)
                    let end = cursor + Int(node.count)
                    while cursor < end {
                        let byte = bytes[cursor]
                        if byte == 0x2C {
                            commaCount += 1
                        } else if byte >= 0xD8, cursor + 2 < end {
                            // ، U+060C (D8 8C), 、 U+3001 (E3 80 81), ， U+FF0C (EF BC 8C)
                            let second = bytes[cursor + 1]
                            if (byte == 0xD8 && second == 0x8C) || (byte == 0xE3 && second == 0x80 && bytes[cursor + 2] == 0x81)
                                || (byte == 0xEF && second == 0xBC && bytes[cursor + 2] == 0x8C) { commaCount += 1 }
                        }
                        if !ASCIIBytes.isSpace(byte), byte & 0xC0 != 0x80, !(byte == 0xC2 && cursor + 1 < end && bytes[cursor + 1] == 0xA0) {
                            visible += 1
                        }
                        cursor += 1
                    }
                    characters[index] = visible
                    commas[index] = commaCount
                } else {
                    blockOwner[index] = node.tag.isBlock ? Int32(index) : blockOwner[parent]
                }
            }
        }
        for index in stride(from: count - 1, through: 1, by: -1) {
            let node = tree[index]
            if node.tag.isBlock || hasBlockDescendant[index] { hasBlockDescendant[Int(node.parent)] = true }
        }
        self.blockOwner = blockOwner
        self.inLink = inLink
        self.inArticle = inArticle
        self.hasBlockDescendant = hasBlockDescendant
        self.characters = characters
        self.commas = commas
    }
}
