/// The identity of one annotation within its article: its layer and its place in that layer.
///
///     AnnotationID(layer: .dates, index: 2).description   // "dates/2"
///
/// Stable as long as the article's text is: a re-cleaned article is read again and its layers are
/// renumbered whole, so a reference never outlives the text it points into.
public struct AnnotationID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var layer: LayerName
    public var index: Int

    public init(layer: LayerName, index: Int) {
        self.layer = layer
        self.index = index
    }

    public var description: String { "\(layer.rawValue)/\(index)" }

    public static func < (a: AnnotationID, b: AnnotationID) -> Bool {
        a.layer != b.layer ? a.layer < b.layer : a.index < b.index
    }
}

/// One labelled stretch of an article's clean text: where it is and what a reader made of it.
///
///     let date = article.layers.dates[0]
///     article.text[date.span]      // "on Tuesday"
///     date.value.value             // "2016-12-06"
///
/// The value is the layer's own typed record (``TimeExpression``, ``Quantity``, ``EntityMention``):
/// a normalised value, a kind, an entity id, references to other annotations by ``AnnotationID``.
public struct Annotation<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var span: Span
    public var value: Value

    public init(span: Span, value: Value) {
        self.span = span
        self.value = value
    }
}

/// The annotations of one layer, in text order, each addressed by its index.
///
///     var dates = Layer<TimeExpression>(.dates)
///     let id = dates.append(Annotation(span: span, value: expression))   // dates/0
public struct Layer<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable, RandomAccessCollection {
    public let name: LayerName
    public private(set) var items: [Annotation<Value>]

    public init(_ name: LayerName, _ items: [Annotation<Value>] = []) {
        self.name = name
        self.items = items
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { items.count }
    public subscript(index: Int) -> Annotation<Value> { items[index] }

    public subscript(id: AnnotationID) -> Annotation<Value>? {
        id.layer == name && items.indices.contains(id.index) ? items[id.index] : nil
    }

    public func id(at index: Int) -> AnnotationID { AnnotationID(layer: name, index: index) }

    /// Adds an annotation and returns its id. Readers add in text order; ``sort()`` restores it
    /// for one that cannot.
    @discardableResult
    public mutating func append(_ annotation: Annotation<Value>) -> AnnotationID {
        items.append(annotation)
        return id(at: items.count - 1)
    }

    /// Puts the annotations in text order. Only for a reader that has handed out no ids yet.
    public mutating func sort() { items.sort { $0.span < $1.span } }

    public mutating func removeAll() { items.removeAll() }

    /// The indices of the annotations that start inside `span`, found by binary search (the layer
    /// is in text order), so a reader walking sentences never scans the whole layer.
    public func indices(startingIn span: Span) -> Range<Int> {
        items.partitionIndex { $0.span.start < span.start }..<items.partitionIndex { $0.span.start < span.end }
    }
}
