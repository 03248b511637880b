import Testing
@testable import SitrepKit

@Suite struct EntityLinkerTests {
    let hts = EntityID.named(.organisation, key: "hayat tahrir al-sham")
    let nusra = EntityID.named(.organisation, key: "nusra front")
    let jfs = EntityID.named(.organisation, key: "jabhat fath al-sham")
    let rsf = EntityID.named(.organisation, key: "rapid support forces")
    let janjaweed = EntityID.named(.organisation, key: "janjaweed")

    @Test func linksUniteTransitivelyUnderTheNameGivenFirst() {
        let links = [
            AliasLink(entity: jfs, alias: nusra, reason: .formerlyKnownAs),
            AliasLink(entity: hts, alias: jfs, reason: .formerlyKnownAs),
            AliasLink(entity: rsf, alias: janjaweed, reason: .alsoKnownAs),
        ]
        let canonical = EntityLinker().canonical(for: links)
        #expect(canonical == [nusra: hts, jfs: hts, janjaweed: rsf])
        // The same answer whatever order the links come in.
        #expect(EntityLinker().canonical(for: links.reversed()) == canonical)
    }

    @Test func aSelfLinkOrNoLinkChangesNothing() {
        #expect(EntityLinker().canonical(for: [AliasLink(entity: rsf, alias: rsf, reason: .acronym)]).isEmpty)
        #expect(EntityLinker().canonical(for: []).isEmpty)
    }
}
