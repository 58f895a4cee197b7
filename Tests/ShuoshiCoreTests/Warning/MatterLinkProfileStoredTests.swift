import Foundation
import Testing

@testable import ShuoshiCore

/// The profile kept in `matter_profiles` reads back as the one derived from the case, links
/// the same, and a damaged or hostile line is refused (derived again) rather than misread.
@Suite("Stored matter profiles")
struct MatterLinkProfileStoredTests {
  typealias T = MatterLinkerTests

  static func same(_ a: MatterLinkProfile, _ b: MatterLinkProfile) -> Bool {
    a.caseUUID == b.caseUUID && a.receivedAt == b.receivedAt && a.compound == b.compound
      && a.building == b.building && a.grid == b.grid && a.parties == b.parties
      && a.household == b.household && a.bigrams == b.bigrams && a.text == b.text
  }

  static func readBack(_ p: MatterLinkProfile) -> MatterLinkProfile? {
    MatterLinkProfile(
      stored: p.stored, caseUUID: p.caseUUID, receivedAt: p.receivedAt, text: p.text)
  }

  @Test func everyScenarioProfileReadsBackAsDerivedAndLinksTheSame() throws {
    let cases = T.compound + T.noise
    let derived = cases.map(MatterLinkProfile.init)
    let stored = try derived.map { try #require(Self.readBack($0)) }
    for (d, s) in zip(derived, stored) { #expect(Self.same(d, s)) }
    let linker = MatterLinker(rules: T.rules)
    for i in derived.indices {
      for j in derived.indices where i < j {
        #expect(linker.link(derived[i], derived[j]) == linker.link(stored[i], stored[j]))
      }
    }
  }

  @Test func partiesNeighboursGridAndAnOddHouseholdKeepTheirPlaces() throws {
    var c = T.make(
      "楼上漏水，中瑞物业也不管", address: "中瑞·领航城3栋2单元502", phone: "12",
      day: 1, name: "王\u{1F}大\u{1E}妈", others: ["宏达建筑公司"])
    c.resident.gridID = "网格\u{1F}07"
    let p = MatterLinkProfile(c)
    #expect(p.parties.contains(where: \.weak) && p.parties.count >= 2)
    let back = try #require(Self.readBack(p))
    #expect(back.parties == p.parties && back.household == p.household)
    #expect(back.grid == "网格07" && back.compound == p.compound && back.bigrams == p.bigrams)
  }

  @Test func aLineOfAnotherVersionOrDamagedIsNotRead() {
    let p = MatterLinkProfile(T.compound[0])
    let line = p.stored
    for bad in ["", "2" + line.dropFirst(), String(line.prefix(8)), "1\u{1F}a\u{1F}b"] {
      #expect(
        MatterLinkProfile(stored: bad, caseUUID: p.caseUUID, receivedAt: p.receivedAt, text: "")
          == nil)
    }
  }
}
