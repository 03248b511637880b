/// A record the JSON report and the exports write, its fields listed once: the names in
/// `columns`, the values in `cells`, in the same order. JSON encodes each cell under its column
/// (nulls explicit); CSV writes the cells as one row.
protocol ExportRecord: Encodable {
    static var columns: [String] { get }
    var cells: [ExportCell] { get }
}

/// One field's value, typed so that text can be guarded in CSV and numbers stay numbers in JSON.
enum ExportCell {
    case text(String?)
    case number(Double?)
    case integer(Int?)
    case flag(Bool?)
    case texts([String])
    case numbers([Double]?)
    case span(Span?)
    /// A stretch of the text as an object, {text, start, end} (and entity, for a speaker); CSV
    /// writes its text.
    case part(TextPart?)
}

/// A part of a record that is itself a stretch of text: a claim's speaker, cue or content, an
/// event's actor or sentence.
struct TextPart: Encodable {
    var text: String
    var span: Span
    /// Written only for parts that may name an entity (a speaker, an actor), as null when none.
    var entity: String??
    /// Written only for an event's actor: the canonical entity's name (null when none) and the
    /// actor's kind.
    var name: String?? = nil
    var kind: String? = nil

    enum CodingKeys: String, CodingKey { case text, start, end, entity, name, kind }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        if let entity { try c.encode(entity, forKey: .entity) }
        if let name { try c.encode(name, forKey: .name) }
        if let kind { try c.encode(kind, forKey: .kind) }
    }
}

extension ExportRecord {
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: ColumnKey.self)
        for (name, cell) in zip(Self.columns, cells) {
            let key = ColumnKey(name)
            switch cell {
            case .text(let value): try c.encode(value, forKey: key)
            case .number(let value): try c.encode(value, forKey: key)
            case .integer(let value): try c.encode(value, forKey: key)
            case .flag(let value): try c.encode(value, forKey: key)
            case .texts(let value): try c.encode(value, forKey: key)
            case .numbers(let value): try c.encode(value, forKey: key)
            case .span(let value): try c.encode(value, forKey: key)
            case .part(let value): try c.encode(value, forKey: key)
            }
        }
    }
}

/// A coding key made from a column's name.
struct ColumnKey: CodingKey {
    let stringValue: String
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}
