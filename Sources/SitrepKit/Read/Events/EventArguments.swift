/// Who did it and to whom, for one predicate: the agent and the patient as token ranges.
/// Active verbs take their subject as agent and object as patient; passives their "by" phrase
/// as agent and subject as patient; "fell to X" makes X the agent; a noun ("an attack on a
/// convoy by gunmen") takes "by" and "on"/"against" phrases, else the words before it.
struct EventArguments: Sendable, Hashable {
    var agent: Range<Int>?
    var patient: Range<Int>?
    /// Whom ground was taken from or left to: "recaptured the town from the rebels".
    var counterpart: Range<Int>?

    init(agent: Range<Int>?, patient: Range<Int>?, counterpart: Range<Int>? = nil) {
        self.agent = agent
        self.patient = patient
        self.counterpart = counterpart
    }

    init(of predicate: EventPredicate, tokens: [Token], sentence: Range<Int>) {
        let floor = sentence.lowerBound, limit = sentence.upperBound
        let subject = ActorPhrase.subject(before: predicate.token, tokens: tokens, floor: floor)
        let byPhrase = ActorPhrase.after(["by"], from: predicate.end, tokens: tokens, limit: limit)
        if predicate.isNoun {
            agent = byPhrase ?? subject
            patient = ActorPhrase.after(["on", "against", "targeting", "of"], from: predicate.end, tokens: tokens, limit: limit)
        } else if predicate.kind == .fall {
            agent = ActorPhrase.after(["to", "into"], from: predicate.end, tokens: tokens, limit: limit)
            patient = subject
        } else if predicate.isPassive {
            agent = byPhrase
            patient = subject
        } else {
            agent = subject
            patient = ActorPhrase.object(after: predicate.end, tokens: tokens, limit: limit)
        }
        if [.capture, .withdraw, .fall].contains(predicate.kind) {
            counterpart = ActorPhrase.after(["from", "to"], from: patient?.upperBound ?? predicate.end, tokens: tokens, limit: limit)
        }
    }
}
