import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Erasure reaches every copy shuoshi keeps (issue 12, finding 6): the cases, the register's
/// households and their history, the receipt files, and the migration backups — checked by
/// reading every file under the data directory byte by byte.
@Suite("Ledger: complete erasure")
struct CompleteErasureTests {
  static let name = "欧阳秀兰"
  static let phone = "13812345678"  // Played's resident phone
  static let unit = RegisterUnit(uuid: UUID(), name: "六堰社区", kind: .community)

  /// Every byte of every file under `dir` (database, WAL, SHM, backups, receipts …).
  static func traces(under dir: URL, of needles: [String]) throws -> [String] {
    var found: [String] = []
    let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
    for case let url as URL in files {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue
      else { continue }
      let bytes = try Data(contentsOf: url)
      for needle in needles {
        // SQLite stores text as UTF-8; UTF-16 is checked too, in case a copy was written so.
        for encoded in [Data(needle.utf8), needle.data(using: .utf16LittleEndian)!]
        where bytes.range(of: encoded) != nil {
          found.append("\(needle) in \(url.lastPathComponent)")
        }
      }
    }
    return found
  }

  static func household(_ members: [HouseholdMember], phone: String, flags: [HouseholdFlag] = [])
    -> Household
  {
    Household(
      uuid: UUID(uuidString: "3FA2B1C0-0000-4000-8000-000000000001")!, unitID: unit.uuid,
      address: HouseholdAddress(building: "3", entrance: "2", room: "502"), members: members,
      phone: phone, flags: flags)
  }

  /// A store written by the first release (schema v2, personal data inline), opened by this
  /// one: the migration leaves `shuoshi.db.before-v2-register-…` beside it.
  func migratedStore(_ f: StoreFixture) throws -> CaseStore {
    var played = try Played("\(Self.name)说楼上卫生间漏水", at: "2026-11-28 10:00", name: Self.name)
    try played.act(.assign(to: "张德明", note: "请尽快联系\(Self.name)"), at: "2026-11-28 11:00")
    try played.act(.resolve(summary: "已修好", onSpot: false), at: "2026-11-29 11:00")
    // The first release indexed every case for search as it saved it.
    try MigrationTests.writeFirstRelease(played, into: f, indexed: true)
    return try f.open()
  }

  @Test func nothingIsLeftInAnyFileOfTheDataDirectory() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try migratedStore(f)
    #expect(!f.data.migrationBackups().isEmpty)
    try store.save(unit: Self.unit, by: f.actor, now: Date())
    let me = HouseholdMember(name: Self.name, phone: Self.phone)
    let other = HouseholdMember(name: "李建国", phone: "13600000009")
    try store.save(
      household: Self.household([me, other], phone: Self.phone), by: f.actor, now: Date())
    try store.save(
      household: Self.household([me, other], phone: Self.phone, flags: [.lowIncome]), by: f.actor,
      now: Date())
    // The console's receipt files of the case.
    for ext in ["txt", "html"] {
      try DurableFile.write(
        Data("回执 \(Self.name) \(Self.phone)".utf8),
        to: f.data.receiptsURL.appendingPathComponent("HJ-TEST-001.\(ext)"), existing: .refuse)
    }
    let before = try Self.traces(under: f.data.url, of: [Self.name, Self.phone])
    #expect(before.contains { $0.contains("before-") } && before.contains { $0.contains(".html") })

    let plan = try store.erasurePlan(.phone(Self.phone))
    #expect(plan.cases.map(\.id) == ["HJ-TEST-001"])
    #expect(plan.members.map(\.name) == [Self.name])
    #expect(plan.receipts.count == 2 && plan.backups.count == 1)

    let report = try store.eraseResident(.phone(Self.phone), by: f.actor, now: Date())
    #expect(report.caseIDs == ["HJ-TEST-001"])
    #expect(report.members.map(\.name) == [Self.name])
    #expect(report.registerRecords == 2)  // both earlier versions of the household
    #expect(report.receipts.count == 2 && report.backups.count == 1)
    #expect(report.unfinished.isEmpty)
    #expect(try Self.traces(under: f.data.url, of: [Self.name, Self.phone, "欧阳"]) == [])

    // The rest of the register stays; the chains and the erasures verify.
    let h = try store.household("3fa2b1c0")
    #expect(h.members == [other] && h.phone == "" && h.flags == [.lowIncome])
    let verify = try store.verify()
    #expect(verify.ok, "\(verify.problems.map { $0.message(.en) })")
    #expect(try store.count(CaseQuery()) == 1)
  }

  /// The register part of an erasure syncs: a laptop that had the household gets it without
  /// the resident, and no byte of them stays there either.
  @Test func theRegisterErasureReachesOtherLaptops() throws {
    let laptops = try Laptops(2)
    let s = laptops[0]
    try s.save(unit: Self.unit, by: laptops.actor(0), now: Date())
    let alone = Self.household(
      [HouseholdMember(name: Self.name)], phone: Self.phone, flags: [.lowIncome])
    try s.save(household: alone, by: laptops.actor(0), now: Date())
    try laptops.sync(0, to: 1)
    #expect(try laptops[1].household("3fa2b1c0").headName == Self.name)

    let report = try s.eraseResident(.name(Self.name), by: laptops.actor(0), now: Date())
    #expect(report.caseIDs.isEmpty && report.members.map(\.name) == [Self.name])
    try laptops.sync(0, to: 1)
    for i in 0..<2 {
      let h = try laptops[i].household("3fa2b1c0")
      // Nobody left: the 低保 flag was about them.
      #expect(h.members.isEmpty && h.phone == "" && h.flags.isEmpty)
      #expect(try Self.traces(under: laptops[i].directory.url, of: [Self.name, Self.phone]) == [])
      #expect(try laptops[i].verify().ok)
    }
    #expect(throws: LedgerError.nothingToErase) {
      try s.eraseResident(.name(Self.name), by: laptops.actor(0), now: Date())
    }
  }

  /// `household remove-member`: one member off, an event in the log that syncs.
  @Test func removingOneMemberSyncs() throws {
    let laptops = try Laptops(2)
    let s = laptops[0]
    try s.save(unit: Self.unit, by: laptops.actor(0), now: Date())
    let members = [
      HouseholdMember(name: "李建国"), HouseholdMember(name: "李小龙", phone: "13600000001"),
    ]
    try s.save(
      household: Self.household(members, phone: "13800000001"), by: laptops.actor(0), now: Date())
    let h = try s.removeMember("李小龙", from: "3fa2b1c0", by: laptops.actor(0), now: Date())
    #expect(h.members.map(\.name) == ["李建国"] && h.phone == "13800000001")
    #expect(throws: StoreError.self) {
      try s.removeMember("王五", from: "3fa2b1c0", by: laptops.actor(0), now: Date())
    }
    try laptops.sync(0, to: 1)
    #expect(try laptops[1].household("3fa2b1c0").members.map(\.name) == ["李建国"])
    #expect(try laptops[1].registerHistory(of: h.uuid).count == 2)
  }
}
