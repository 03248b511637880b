/// Who did it and to whom, for one predicate: the agent and the patient as token ranges.
/// Active verbs take their subject as agent and object as patient; passives their "by" phrase
/// as agent and subject as patient; "fell to X" and "fell into the hands of X" make X the agent;
/// a noun ("an attack on a convoy by gunmen", "the recapture by rebels of the town") takes "by"
/// and "on"/"against"/"of" phrases, else the words before it in its own phrase ("the rebel
/// attack"); "came under attack from X" makes X the agent and the subject the patient.
struct EventArguments: Sendable, Hashable {
    var agent: Range<Int>?
    var patient: Range<Int>?
    /// Whom ground was taken from or left to: "recaptured the town from the rebels"; to whom one
    /// surrendered: "surrendered to government forces".
    var counterpart: Range<Int>?

    init(agent: Range<Int>?, patient: Range<Int>?, counterpart: Range<Int>? = nil) {
        self.agent = agent
        self.patient = patient
        self.counterpart = counterpart
    }

    init(of predicate: EventPredicate, tokens: [Token], sentence: Range<Int>) {
        let floor = sentence.lowerBound, limit = sentence.upperBound
        if predicate.isNoun {
            (agent, patient) = Self.nounArguments(of: predicate, tokens: tokens, floor: floor, limit: limit)
        } else if predicate.kind == .fall {
            agent = ActorPhrase.after(["to", "into", "under"], from: predicate.end, tokens: tokens, limit: limit)
                .map { ActorPhrase.possessor(in: $0, tokens: tokens, limit: limit) }
            patient = ActorPhrase.subject(before: predicate.token, tokens: tokens, floor: floor)
        } else if predicate.isPassive {
            agent = ActorPhrase.after(["by"], from: predicate.end, tokens: tokens, limit: limit)
            patient = ActorPhrase.subject(before: predicate.token, tokens: tokens, floor: floor)
        } else {
            agent = ActorPhrase.subject(before: predicate.token, tokens: tokens, floor: floor)
            patient = ActorPhrase.object(after: predicate.end, tokens: tokens, limit: limit)
        }
        if [.capture, .withdraw, .fall, .surrender].contains(predicate.kind) {
            counterpart = ActorPhrase.after(["from", "to"], from: patient?.upperBound ?? predicate.end, tokens: tokens, limit: limit)
        }
    }

    private static func nounArguments(of predicate: EventPredicate, tokens: [Token], floor: Int, limit: Int)
        -> (agent: Range<Int>?, patient: Range<Int>?) {
        let targets: Set<String> = ["on", "against", "targeting", "of"]
        // "came under attack from", "came under heavy shelling by".
        let under = (1...2).map { predicate.token - $0 }.first { $0 > floor && tokens[$0].norm == "under" }
        if let under {
            let agent = ActorPhrase.after(["from", "by"], from: predicate.end, tokens: tokens, limit: limit)
            return (agent, ActorPhrase.subject(before: under - 1, tokens: tokens, floor: floor))
        }
        // "the recapture by the rebels of the town": the "of" after the agent is the patient.
        if predicate.end < limit, tokens[predicate.end].norm == "by" {
            let agent = ActorPhrase.after(["by"], from: predicate.end, tokens: tokens, limit: limit, stopAtOf: true)
            let patient = ActorPhrase.after(targets, from: agent?.upperBound ?? predicate.end, tokens: tokens, limit: limit)
            return (agent, patient)
        }
        let byPhrase = ActorPhrase.after(["by"], from: predicate.end, tokens: tokens, limit: limit)
        let patient = ActorPhrase.after(targets, from: predicate.end, tokens: tokens, limit: limit)
        if let byPhrase { return (byPhrase, patient) }
        let own = ActorPhrase.premodifier(before: predicate.token, tokens: tokens, floor: floor)
        return (own.decided ? own.phrase : ActorPhrase.subject(before: predicate.token, tokens: tokens, floor: floor), patient)
    }
}
