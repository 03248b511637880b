import Testing
@testable import SitrepKit

/// Each typing rule on sentences written for these tests, from several conflicts and protests.
@Suite struct SubEventTypingTests {
    static let typed: [(String, ACLEDSubEventType)] = [
        // Battles: who takes the ground decides the type.
        ("Ukrainian troops recaptured the village of Robotyne after weeks of fighting.", .governmentRegainsTerritory),
        ("Jihadist fighters seized the town of Djibo in northern Burkina Faso on Sunday.", .nonStateActorOvertakesTerritory),
        ("The town of Hpakant was captured by resistance fighters overnight.", .nonStateActorOvertakesTerritory),
        ("Houthi rebels clashed with government forces near Marib.", .armedClash),
        ("Militants attacked an army checkpoint in Mopti, killing four soldiers.", .armedClash),
        // Explosions/Remote violence: the instrument.
        ("Russian warplanes struck a market in Idlib, killing nine people.", .airDroneStrike),
        ("Rebels shelled residential districts of Taiz on Monday.", .shellingArtilleryMissileAttack),
        ("A roadside bomb killed two soldiers near Gao.", .remoteExplosiveLandmineIED),
        ("A suicide bomber blew himself up at a checkpoint in Aden.", .suicideBomb),
        ("Attackers threw a grenade into a bar in Bujumbura, wounding 12.", .grenade),
        ("Witnesses said helicopters dropped chlorine barrels on Saraqeb, and the attack choked dozens.", .chemicalWeapon),
        // Violence against civilians.
        ("Gunmen killed seven villagers in Cauca province, Colombia.", .attack),
        ("Soldiers raped three women during a raid on a village in Rakhine.", .sexualViolence),
        ("Armed men abducted a community leader in Antioquia.", .abductionForcedDisappearance),
        // Protests and riots.
        ("Thousands of students marched through Santiago to demand free education.", .peacefulProtest),
        ("Police fired tear gas to disperse protesters in Nairobi.", .protestWithIntervention),
        ("Police opened fire on demonstrators in Mandalay, killing three.", .excessiveForceAgainstProtesters),
        ("Protesters in Hong Kong threw petrol bombs at police and set barricades on fire.", .violentDemonstration),
        ("An angry mob lynched two men accused of theft in Kisumu.", .mobViolence),
        // Strategic developments.
        ("The warring parties signed a ceasefire agreement in Juba.", .agreement),
        ("Security forces arrested five suspected militants in Kano.", .arrests),
        ("Police seized 40 rifles and ammunition in a raid in Cali.", .disruptedWeaponsUse),
        ("Turkish forces set up a new military base near Afrin.", .headquartersOrBaseEstablished),
        ("Rioters looted shops and set cars ablaze in Durban.", .violentDemonstration),
        ("Unknown assailants looted and burned houses in the village.", .lootingPropertyDestruction),
        ("Government troops withdrew from the town of Ménaka.", .nonViolentTransferOfTerritory),
        ("Some 200 militia fighters defected to the government side in Jonglei.", .changeToGroupActivity),
        // Armed men leaving their positions give up ground; leaflets are the only thing dropped.
        ("The army evacuated its positions around Vuhledar overnight.", .nonViolentTransferOfTerritory),
        ("Army helicopters dropped leaflets over Kandahar urging the fighters to surrender.", .other),
        ("About 300 guerrilla fighters laid down their arms in Cauca on Friday.", .changeToGroupActivity),
        ("Mercenary fighters set control over the villages north of Soledar.", .nonStateActorOvertakesTerritory),
        // No agent before the predicate: the clause's first armed actor took the ground.
        ("Burmese troops pushed the rebels back, after taking control of the hills around Myawaddy.", .governmentRegainsTerritory),
    ]

    @Test(arguments: typed)
    func types(_ sentence: String, _ expected: ACLEDSubEventType) {
        #expect(EventTestStage.subType(sentence) == expected, "\(sentence)")
    }

    /// Floods, crime, trade, sports, elections, visits, and events denied, planned or feared.
    static let none: [String] = [
        "Floods killed 40 people in Sindh province after days of monsoon rain.",
        "A man was stabbed to death in a robbery at a petrol station in Leeds.",
        "The two countries signed a trade deal to cut tariffs on steel exports.",
        "Real Madrid beat Barcelona 2-1 in a thrilling match on Sunday.",
        "The incumbent won the election with 54 percent of the vote.",
        "The foreign minister visited Nairobi for talks on investment.",
        "Rebels plan to attack the city before the rainy season.",
        "No clashes were reported in Kharkiv on Tuesday.",
        "The army denied attacking the village.",
        "The militia threatened to seize the oil fields.",
        "An earthquake destroyed hundreds of houses in Herat.",
        "A gas explosion at a chemical factory injured six workers.",
    ]

    @Test(arguments: none)
    func noEvent(_ sentence: String) {
        #expect(EventTestStage.subType(sentence) == nil, "\(sentence)")
    }
}
