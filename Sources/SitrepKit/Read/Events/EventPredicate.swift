/// What an event word says happened, before its arguments and the rest of the sentence refine it
/// into one of ACLED's sub-event types: "captured" is a ``Kind/capture`` whether the army (a
/// government regaining territory) or rebels (a non-state actor overtaking it) did it.
///
///     // "Rebels captured the town of Kafr Nabl."
///     EventPredicate(token: 1, kind: .capture, isNoun: false, isPassive: false)
struct EventPredicate: Sendable, Hashable {
    /// The index of the predicate's (first) token in the document's tokens.
    var token: Int
    /// The index after its last token ("took control" is two tokens).
    var end: Int
    var kind: Kind
    /// A nominalisation ("the attack", "clashes") rather than a verb.
    var isNoun: Bool
    /// A passive verb ("was captured by"), whose agent follows "by".
    var isPassive: Bool

    enum Kind: String, Sendable, Hashable, CaseIterable {
        /// attack, assault, raid, target, pound, storm
        case attack
        /// kill, shoot, stab, execute, massacre, beat, torture
        case kill
        /// explode, detonate, bombing, blast
        case explode
        /// shell, bombard
        case shell
        /// clash, fight, battle, ambush, repel
        case clash
        /// capture, seize, take control, recapture, retake, liberate, overrun
        case capture
        /// fall (to someone)
        case fall
        /// enter, move into
        case enter
        /// withdraw, retreat, pull out, hand over, vacate
        case withdraw
        case surrender
        case evacuate
        /// protest, demonstrate, rally, march, picket, take to the streets
        case protest
        /// riot, rampage
        case riot
        /// loot, torch, vandalise, ransack, set fire, raze
        case loot
        /// arrest, detain, apprehend, round up
        case arrest
        /// abduct, kidnap
        case abduct
        /// rape, sexual assault
        case sexualAssault
        /// agree, sign, agreement, deal, ceasefire, truce
        case agree
        /// negotiate, talks
        case negotiate
        /// reject, refuse (a proposal)
        case reject
        /// defuse, intercept, dismantle, confiscate, shoot down; find or seize weapons
        case disrupt
        /// establish, set up (a base, a post)
        case establish
        /// defect, join, merge, split, disband, deploy, dispatch, reinforce
        case regroup
        /// drop (leaflets)
        case drop
        /// find or discover (weapons, a cache, mass graves)
        case find
    }
}
