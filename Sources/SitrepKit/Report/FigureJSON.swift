/// An aligned figure in the JSON report (``AlignedFigure``): `id`, `story` ("story:N"), `measure`
/// (in words), `thing`, `kind` (`stock`, `flow`, `share`), `place` (entity id) and `place_name`,
/// `part`, `class` (`agreement`, `contradiction`, `trend`, `disputed`), `direction` (a trend's
/// `up` or `down`), and `values[]` earliest first: `quantity` (as written), `low`, `high`,
/// `approx`, `owner`, `outlet`, `via` (the outlet, when it relays another's figure), `date`,
/// `sentence`, `article`, `start`/`end` (the figure's offsets), `sentence_start`/`sentence_end`,
/// `claim`, `disputed_by`.
struct FigureJSON: Encodable {
    let figure: AlignedFigure

    init(_ figure: AlignedFigure) { self.figure = figure }

    func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case id, story, measure, thing, kind, place, place_name, part, `class`, direction, values }
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(figure.id, forKey: .id)
        try c.encode("story:\(figure.story)", forKey: .story)
        try c.encode(figure.measure, forKey: .measure)
        try c.encode(figure.thing, forKey: .thing)
        try c.encode(figure.kind.rawValue, forKey: .kind)
        try c.encode(figure.place?.rawValue, forKey: .place)
        try c.encode(figure.placeName, forKey: .place_name)
        try c.encode(figure.part, forKey: .part)
        try c.encode(figure.classification.rawValue, forKey: .class)
        try c.encode(figure.direction?.rawValue, forKey: .direction)
        try c.encode(figure.values.map(ValueJSON.init), forKey: .values)
    }

    struct ValueJSON: Encodable {
        let value: AlignedFigure.Value

        func encode(to encoder: any Encoder) throws {
            enum Key: String, CodingKey {
                case quantity, low, high, approx, owner, outlet, via, date, sentence, article, start, end, sentence_start, sentence_end,
                     claim, disputed_by
            }
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(value.quantity, forKey: .quantity)
            try c.encode(value.low, forKey: .low)
            try c.encode(value.high, forKey: .high)
            try c.encode(value.approx, forKey: .approx)
            try c.encode(value.owner, forKey: .owner)
            try c.encode(value.outlet, forKey: .outlet)
            try c.encode(value.isRelayed ? value.outlet : nil, forKey: .via)
            try c.encode(value.date, forKey: .date)
            try c.encode(value.sentence, forKey: .sentence)
            try c.encode(value.article, forKey: .article)
            try c.encode(value.span.start, forKey: .start)
            try c.encode(value.span.end, forKey: .end)
            try c.encode(value.sentenceSpan.start, forKey: .sentence_start)
            try c.encode(value.sentenceSpan.end, forKey: .sentence_end)
            try c.encode(value.claim, forKey: .claim)
            try c.encode(value.disputedBy, forKey: .disputed_by)
        }
    }
}
