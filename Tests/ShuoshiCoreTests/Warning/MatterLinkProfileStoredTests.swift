import Foundation
import TestSupport
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
    #expect(line.hasPrefix("2\u{1F}"))
    let fields = line.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    func with(bigrams: String) -> String {
      (fields[..<5] + [bigrams] + fields[6...]).joined(separator: "\u{1F}")
    }
    let codes = fields[5].split(separator: "\u{1E}").map(String.init)
    let damaged = [
      with(bigrams: codes.reversed().joined(separator: "\u{1E}")),  // not ascending
      with(bigrams: (codes + [codes.last!]).joined(separator: "\u{1E}")),  // a repeat
      with(bigrams: "物业\u{1E}电梯"),  // text, as version 1 held them
      with(bigrams: "1" + String(repeating: "0", count: 16)),  // past 64 bits
    ]
    for bad in ["", "3" + line.dropFirst(), String(line.prefix(8)), "1\u{1F}a\u{1F}b"] + damaged {
      #expect(
        MatterLinkProfile(stored: bad, caseUUID: p.caseUUID, receivedAt: p.receivedAt, text: "")
          == nil)
    }
  }

  /// A store written before the codes holds version-1 lines (bigrams as text): they are not
  /// misread as codes (the profile is derived again: `WarningStoreTests`).
  @Test func aVersionOneLineIsNotMisreadAsCodes() {
    let derived = (T.compound + T.noise).map(MatterLinkProfile.init)
    for p in derived {
      let v1 = BigramReference.storedV1(p)
      #expect(v1.hasPrefix("1\u{1F}"))
      #expect(
        MatterLinkProfile(stored: v1, caseUUID: p.caseUUID, receivedAt: p.receivedAt, text: p.text)
          == nil)
    }
  }
}
