import Testing
@testable import SitrepKit

@Suite struct NameKeyTests {
    func key(_ name: String) -> String { NameKey.key(name.split(separator: " ")) }

    @Test(arguments: [
        ("Idleb", "Idlib"), ("Hizbullah", "Hezbollah"), ("Jeish al-Fatah", "Jaish Al-Fatah"), ("Jaysh al-Fatah", "Jaish al-Fatah"),
        ("Jabhat al-Nusra", "Nusra Front"), ("al-Nusra Front", "Jabhat an-Nusra"), ("al-Qaeda", "Al Qaida"),
        ("Al-Shabaab", "al-Shabab"), ("Taliban", "Taleban"), ("Hamah", "Hama"), ("Muhammad", "Mohammed"),
        ("Sergei Lavrov", "Sergey Lavrov"), ("Ahmad Shah Massoud", "Ahmed Shah Masood"), ("Bashar al-Assad", "Bashar Assad"),
        ("Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin"), ("São Paulo", "Sao Paulo"),
    ])
    func variantsShareAKey(_ pair: (String, String)) {
        #expect(key(pair.0) == key(pair.1), "\(pair.0) / \(pair.1)")
    }

    @Test(arguments: [
        ("Homs", "Hama"), ("Iran", "Oran"), ("Ali", "Ala"), ("Mosul", "Masyaf"), ("Gaza", "Giza"), ("Mali", "Malawi"),
        ("Niger", "Nigeria"), ("Gaddafi", "Qaddafi"), ("Karen", "Koran"), ("Jaish al-Fatah", "Jaish al-Islam"),
        ("Fatah Army", "Fatah Front"), ("Jabhat Fateh al-Sham", "Jabhat al-Nusra"), ("Sudan", "Sedan"), ("Raqqa", "Rakka"),
        ("NDF", "NFD"), ("Ben", "Bin"), ("Ahrar al-Sham", "Ahrar al-Shamal"),
    ])
    func distinctNamesDoNotMerge(_ pair: (String, String)) {
        #expect(key(pair.0) != key(pair.1), "\(pair.0) / \(pair.1)")
    }

    @Test func acronymsKeepEveryLetter() {
        #expect(key("ISIS") == "isis")
        #expect(key("U.N.") == "un")
        #expect(key("ELN") != key("EL"))
    }

    @Test func aForeignHeadIsGlossedAndAnEnglishOneGoesFirst() {
        #expect(key("Liwa al-Quds") == key("Quds Brigade"))
        #expect(key("Harakat Hazm") == key("Hazm Movement"))
        #expect(key("Frente Popular") == key("Popular Front"))
    }
}
