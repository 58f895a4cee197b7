import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// A resident asks to be forgotten: no trace left in the database file, chains still verify,
/// counts stay, and no bundle brings the data back.
@Suite("Ledger: erasure of a resident")
struct ErasureTests {
  static let name = "欧阳秀兰"
  static let phone = "13955556666"

  func fileBytes(_ store: CaseStore) throws -> Data {
    var all = try Data(contentsOf: store.directory.databaseURL)
    for suffix in ["-wal", "-shm"] {
      if let extra = try? Data(
        contentsOf: URL(fileURLWithPath: store.directory.databaseURL.path + suffix))
      {
        all += extra
      }
    }
    return all
  }

  @Test func erasureLeavesNoTraceAndKeepsCounts() throws {
    let laptops = try Laptops(2)
    let s = laptops[0]
    let c = try s.add(
      laptops.intake(
        "\(Self.name)说楼上卫生间漏水", name: Self.name, phone: Self.phone, at: "2026-11-28 09:00"),
      engine: laptops.engine, by: laptops.actor(0), now: Date())
    _ = try s.perform(
      .note("\(Self.name)本人来电"), on: c.id, engine: laptops.engine, by: laptops.actor(0), now: Date()
    )
    let other = try s.add(
      laptops.intake("路灯坏了", name: "张伟", at: "2026-11-28 10:00"), engine: laptops.engine,
      by: laptops.actor(0), now: Date())
    let oldBundle = try laptops.export(0)
    #expect(try fileBytes(s).range(of: Data(Self.name.utf8)) != nil)

    #expect(try s.residentCases(.phone("139-5555-6666")).map(\.id) == [c.id])
    let report = try s.eraseResident(.phone(Self.phone), by: laptops.actor(0), now: Date())
    #expect(report.caseIDs == [c.id])
    #expect(report.personalRecords == 2)  // the created event and the note
    let bytes = try fileBytes(s)
    for trace in [Self.name, Self.phone, "5555", "欧阳"] {
      #expect(bytes.range(of: Data(trace.utf8)) == nil, "\(trace) still in the file")
    }
    #expect(try s.verify().ok)
    #expect(try s.count(CaseQuery()) == 2)  // counts kept
    let erased = try s.find(c.id)
    #expect(erased.resident.name == "" && erased.text == "")
    #expect(erased.category == c.category && erased.tier == c.tier)
    #expect(try s.ledgerState(of: erased).erased)
    var search = CaseQuery()
    search.search = "欧阳"
    #expect(try s.list(search).isEmpty)
    #expect(try s.find(other.id).resident.name == "张伟")

    // A bundle from before the erasure does not bring the data back, in either order.
    try laptops.importBundle(oldBundle, into: 0)
    #expect(try fileBytes(s).range(of: Data(Self.name.utf8)) == nil)
    #expect(try s.find(c.id).resident.name == "")
    try laptops.importBundle(oldBundle, into: 1)
    #expect(try laptops[1].find(c.id).resident.name == Self.name)
    try laptops.sync(0, to: 1)
    #expect(try laptops[1].find(c.id).resident.name == "")
    #expect(try fileBytes(laptops[1]).range(of: Data(Self.name.utf8)) == nil)
    #expect(try laptops[1].verify().ok)
    #expect(try laptops.dump(0) == laptops.dump(1))
  }

  @Test func laterEventsKeepTheirWords() throws {
    let laptops = try Laptops(1)
    let s = laptops[0]
    let c = try s.add(
      laptops.intake("楼上漏水", name: Self.name, at: "2026-11-28 09:00"), engine: laptops.engine,
      by: laptops.actor(0), now: Date())
    _ = try s.eraseResident(.caseID(c.id), by: laptops.actor(0), now: Date())
    let after = try s.perform(
      .resolve(summary: "已修好", onSpot: false), on: c.id, engine: laptops.engine,
      by: laptops.actor(0), now: Date())
    #expect(after.summary == "已修好")
    #expect(try s.verify().ok)
    #expect(throws: LedgerError.nothingToErase) {
      try s.eraseResident(.name(Self.name), by: laptops.actor(0), now: Date())
    }
  }
}
