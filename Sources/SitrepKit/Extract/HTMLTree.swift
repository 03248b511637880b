import CLibXML2

/// A parsed HTML page as a flat array of nodes in document order, with no C pointers left in it.
///
/// libxml2 parses the bytes; the tree is copied out and libxml2's document freed inside
/// ``parse(_:allowDeepNesting:)``. Because nodes are stored in document order, the
/// descendants of node `i` are exactly the nodes `i + 1 ..< nodes[i].end`: skipping a subtree is
/// one jump, and every walk is a loop over indices, never a recursion, however deep the markup.
///
///     let tree = HTMLTree.parse(Array("<p>Hello <b>world</b></p>".utf8))
///     tree.text(of: 0)   // "Hello world"
struct HTMLTree {
    struct Node {
        var tag: HTMLTag
        /// The parent's index; -1 for the document node at index 0.
        var parent: Int32
        /// One past the index of the last descendant.
        var end: Int32
        /// A text node's first byte in ``bytes``; an element's first entry in ``attributes``.
        var start: Int32
        /// A text node's length in bytes; an element's number of attributes.
        var count: Int32
    }

    struct Attribute {
        var name: HTMLAttribute
        var start: Int32
        var count: Int32
    }

    private(set) var nodes: [Node]
    /// UTF-8 text of all text nodes and attribute values.
    private(set) var bytes: [UInt8]
    private(set) var attributes: [Attribute]
    /// The deepest element nesting copied from libxml2.
    private(set) var maxDepth = 0

    /// libxml2 stops at this nesting depth unless told to allow huge documents.
    static let libxml2DepthLimit = 256

    private init(capacity: Int) {
        nodes = [Node(tag: .document, parent: -1, end: 1, start: 0, count: 0)]
        nodes.reserveCapacity(max(16, capacity / 24))
        bytes = []
        bytes.reserveCapacity(capacity / 2)
        attributes = []
        attributes.reserveCapacity(max(16, capacity / 64))
    }

    var count: Int { nodes.count }

    subscript(index: Int) -> Node { nodes[index] }

    // MARK: Reading

    /// The raw value of an attribute, if the element has it (an empty slice for `<div hidden>`).
    func attribute(_ name: HTMLAttribute, of index: Int) -> ArraySlice<UInt8>? {
        let node = nodes[index]
        guard node.tag != .text, node.count > 0 else { return nil }
        for entry in attributes[Int(node.start)..<Int(node.start + node.count)] where entry.name == name {
            return bytes[Int(entry.start)..<Int(entry.start + entry.count)]
        }
        return nil
    }

    func string(_ name: HTMLAttribute, of index: Int) -> String? {
        attribute(name, of: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A text node's raw bytes.
    func textBytes(of index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        return bytes[Int(node.start)..<Int(node.start + node.count)]
    }

    /// All text inside a node, whitespace collapsed, as a reader would see it on one line.
    /// Script content (JSON-LD) is left out. At most `limit` bytes are collected.
    func text(of index: Int, limit: Int = 1 << 20) -> String {
        var out = InlineTextBuffer()
        var cursor = index + (nodes[index].tag == .text ? 0 : 1)
        let stop = Int(nodes[index].end)
        while cursor < stop, out.bytes.count < limit {
            let node = nodes[cursor]
            if node.tag == .script {
                cursor = Int(node.end)
                continue
            }
            if node.tag == .text {
                out.appendCollapsed(textBytes(of: cursor))
            } else if node.tag.isBlock || node.tag == .br {
                out.pendingSpace = true
            }
            cursor += 1
        }
        return out.string
    }

    /// The indices of the direct children of a node, in order.
    func children(of index: Int) -> ChildSequence { ChildSequence(nodes: nodes, parent: index) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [Node]
        var cursor: Int
        let stop: Int
        init(nodes: [Node], parent: Int) {
            self.nodes = nodes
            cursor = parent + 1
            stop = Int(nodes[parent].end)
        }
        mutating func next() -> Int? {
            guard cursor < stop else { return nil }
            defer { cursor = Int(nodes[cursor].end) }
            return cursor
        }
    }

    // MARK: Parsing

    /// Parses a page from UTF-8 (``HTMLCharset`` brings every page to it). Never fails:
    /// unparseable input gives a tree holding only the document node.
    ///
    /// Nesting deeper than libxml2's limit of 256 makes libxml2 stop reading. When that happens
    /// the page is parsed again without the limit, unless ``NestingEstimate`` says libxml2's
    /// search of its element stack at every end tag would take more than about half a second
    /// (a crafted page); then the text past the limit is lost.
    static func parse(_ bytes: [UInt8], allowDeepNesting: Bool = true) -> HTMLTree {
        let tree = parseOnce(bytes, huge: false)
        if allowDeepNesting, tree.maxDepth >= libxml2DepthLimit,
           NestingEstimate.recoveryWork(bytes) <= deepReparseBudget {
            return parseOnce(bytes, huge: true)
        }
        return tree
    }

    /// Stack entries searched, summed over end tags, allowed for a parse without the depth
    /// limit: libxml2 searches about one per 2 ns here, so about half a second at worst.
    static let deepReparseBudget = 250_000_000

    /// Initialises libxml2 once, before any thread parses (libxml2 asks for this in threaded programs).
    private static let libxml2Ready: Void = xmlInitParser()

    /// Larger inputs are not parsed: offsets are 32-bit, and decoding may triple a page's size.
    static let maximumInput = Int(Int32.max / 4)

    private static func parseOnce(_ bytes: [UInt8], huge: Bool) -> HTMLTree {
        var tree = HTMLTree(capacity: min(bytes.count, maximumInput))
        guard !bytes.isEmpty, bytes.count < maximumInput else { return tree }
        HTMLTree.libxml2Ready
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        if huge { options |= XML_PARSE_HUGE.rawValue }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                htmlReadMemory(start, Int32(buffer.count), nil, "UTF-8", Int32(options))
            }
        }
        guard let document else { return tree }
        defer { xmlFreeDoc(document) }
        tree.copy(from: document)
        return tree
    }

    /// Walks libxml2's tree without recursion (first child, next sibling, back up through parents)
    /// and appends every node worth keeping in document order.
    private mutating func copy(from document: htmlDocPtr) {
        let documentAddress = UnsafeMutableRawPointer(document)
        var open: [Int32] = [0]
        var current = document.pointee.children
        while let node = current {
            var descend = false
            let type = node.pointee.type
            if type == XML_ELEMENT_NODE, let cName = node.pointee.name {
                let tag = HTMLTag(cName: cName)
                if !tag.isDroppedWithSubtree {
                    let index = appendElement(tag, from: node, parent: open[open.count - 1])
                    let keepChildren = tag != .script || isJSONLD(index)
                    if keepChildren, node.pointee.children != nil {
                        open.append(Int32(index))
                        if open.count - 1 > maxDepth { maxDepth = open.count - 1 }
                        descend = true
                    } else {
                        nodes[index].end = Int32(index + 1)
                    }
                }
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = node.pointee.content {
                appendText(content, parent: open[open.count - 1])
            }
            if descend {
                current = node.pointee.children
                continue
            }
            var climber = node
            current = nil
            while true {
                if let sibling = climber.pointee.next {
                    current = sibling
                    break
                }
                guard let up = climber.pointee.parent, UnsafeMutableRawPointer(up) != documentAddress,
                      open.count > 1 else { break }
                let closed = Int(open.removeLast())
                nodes[closed].end = Int32(nodes.count)
                climber = up
            }
        }
        for index in open { nodes[Int(index)].end = Int32(nodes.count) }
    }

    private mutating func appendElement(_ tag: HTMLTag, from node: xmlNodePtr, parent: Int32) -> Int {
        let firstAttribute = Int32(attributes.count)
        var property = node.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            guard let cName = attribute.pointee.name, let name = HTMLAttribute(cName: cName) else { continue }
            let start = Int32(bytes.count)
            var child = attribute.pointee.children
            while let valueNode = child {
                if let content = valueNode.pointee.content { appendCString(content) }
                child = valueNode.pointee.next
            }
            attributes.append(Attribute(name: name, start: start, count: Int32(bytes.count) - start))
        }
        let index = nodes.count
        nodes.append(Node(tag: tag, parent: parent, end: Int32(index + 1), start: firstAttribute,
                          count: Int32(attributes.count) - firstAttribute))
        return index
    }

    private mutating func appendText(_ content: UnsafePointer<UInt8>, parent: Int32) {
        let start = Int32(bytes.count)
        appendCString(content)
        let length = Int32(bytes.count) - start
        guard length > 0 else { return }
        let index = nodes.count
        nodes.append(Node(tag: .text, parent: parent, end: Int32(index + 1), start: start, count: length))
    }

    private mutating func appendCString(_ content: UnsafePointer<UInt8>) {
        let length = Int(xmlStrlen(content))
        bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
    }

    private func isJSONLD(_ index: Int) -> Bool {
        guard let type = attribute(.type, of: index) else { return false }
        return ASCIIBytes.contains(type, "ld+json")
    }
}
