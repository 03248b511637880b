/// An event as the reports list it under its article: the ACLED types and action, who did it to
/// whom, where, when, the toll, whose account it is, and the sentence it is read from.
///
///     // "Armed clash (clash) · the Ukrainian army [state forces] · Izium · 2022-09-05 · 40 wounded
///     //  · claimed by the Ukrainian army"
struct EventLine {
    var subEventType: String
    var eventType: String
    /// Each a short phrase; empty ones left out.
    var facts: [String]
    var sentence: String

    init(_ event: Annotation<Event>, in article: Article, text: ScalarText) {
        let v = event.value
        let layers = article.layers
        subEventType = v.subEventType.rawValue
        eventType = v.eventType.rawValue
        var facts: [String] = []
        if let action = v.action { facts.append(action) }
        func actor(_ a: EventActor?) -> String? {
            a.map { "\(text[$0.span]) [\($0.kind.rawValue)]" }
        }
        switch (actor(v.actor1), actor(v.actor2)) {
        case let (one?, two?): facts.append("\(one) against \(two)")
        case let (one?, nil): facts.append(one)
        case let (nil, two?): facts.append("against \(two)")
        case (nil, nil): break
        }
        if let mention = v.place.flatMap({ layers.mentions[$0] }) {
            facts.append(layers.entities[mention.value.entity]?.name ?? text[mention.span])
        }
        if let date = v.date.flatMap({ layers.dates[$0] }) {
            let end = v.dateEnd.flatMap { layers.dates[$0] }.map { " to " + $0.value.value } ?? ""
            facts.append(date.value.value + end)
        } else if let day = article.published?.day {
            facts.append("\(day) (the article's date)")
        }
        for (id, role) in [(v.killed, "killed"), (v.wounded, "wounded")] {
            if let figure = id.flatMap({ layers.quantities[$0] }) { facts.append("\(text[figure.span]) \(role)") }
        }
        if let claim = v.claim.flatMap({ layers.claims[$0] }) {
            facts.append("claimed by " + (claim.value.speaker.map { text[$0] } ?? "an unnamed source"))
        }
        self.facts = facts
        sentence = text[event.span]
    }

    static func lines(_ article: Article) -> [EventLine] {
        let text = ScalarText(article.text)
        return article.layers.events.map { EventLine($0, in: article, text: text) }
    }
}
