import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The store's use cases ask `RolePolicy` themselves, so no front end can skip it; operator
/// changes land in the append-only audit table (issue 16).
@Suite("Roles in the store's use cases, and the operator audit")
struct RoleStoreTests {
  let fx = StoreFixture()
  let now = EngineFixture.at("2026-11-28 10:05")

  func actor(_ role: OperatorRole, grid: String? = nil) -> Actor {
    Actor("操作员", holder: RoleHolder(role: role, grid: grid))
  }

  @Test("an auditor takes nothing in and changes nothing; a 社区干部 may not void")
  func refusals() throws {
    let store = try fx.open()
    defer { fx.dir.remove() }
    let c = try store.add(fx.intake("楼上漏水"), engine: fx.engine, by: actor(.unit), now: now)
    #expect(throws: StoreError.roleRefused(RoleRefusal(step: .change, needed: .grid))) {
      try store.add(fx.intake("噪音"), engine: fx.engine, by: actor(.auditor), now: now)
    }
    #expect(throws: StoreError.roleRefused(RoleRefusal(step: .change, needed: .grid))) {
      try store.perform(.note("看过"), on: c.id, engine: fx.engine, by: actor(.auditor), now: now)
    }
    #expect(throws: StoreError.roleRefused(RoleRefusal(step: .void, needed: .street))) {
      try store.void(c.id, reason: "重复", engine: fx.engine, by: actor(.unit), now: now)
    }
    #expect(throws: StoreError.roleRefused(RoleRefusal(step: .reveal, needed: .unit))) {
      try store.reveal(c.id, by: actor(.grid, grid: "G1"), now: now)
    }
    #expect(throws: StoreError.roleRefused(RoleRefusal(step: .erase, needed: .street))) {
      try store.eraseResident(.name("王大妈"), by: actor(.unit), now: now)
    }
    let batch = try store.actOnEach(
      .note("看过"), ids: [c.id], engine: fx.engine, by: actor(.auditor), now: now)
    #expect(batch == [.skipped(id: c.id, .roleRefused(RoleRefusal(step: .change, needed: .grid)))])
    // Nothing was written by the refused steps.
    #expect(try store.history(of: try store.find(c.id)).count == 2)
    _ = try store.void(c.id, reason: "重复", engine: fx.engine, by: actor(.street), now: now)
    // Without sign-in (no role), every step is allowed as before.
    _ = try store.reveal(c.id, by: Actor("值班员"), now: now)
  }

  @Test("an auditor or a 网格员 takes in no other laptop's records; a 社区干部 does")
  func bundleImportNeedsTheUnitRole() throws {
    let laptops = try Laptops(2)
    _ = try laptops[0].add(
      laptops.intake("楼上漏水", at: "2026-11-28 09:00"), engine: fx.engine, by: Actor("王芳"),
      now: EngineFixture.at("2026-11-28 09:00"))
    let bundle = try laptops.export(0)
    for role in [OperatorRole.auditor, .grid] {
      #expect(throws: StoreError.roleRefused(RoleRefusal(step: .importLedger, needed: .unit))) {
        try laptops.importBundle(
          bundle, into: 1, options: BundleImportOptions(actor: actor(role, grid: "G1")))
      }
    }
    #expect(try laptops[1].count(CaseQuery()) == 0)
    let report = try laptops.importBundle(
      bundle, into: 1, options: BundleImportOptions(actor: actor(.unit)))
    #expect(report.casesTouched == 1)
  }

  @Test("operator changes are kept, oldest first, and the table refuses edits")
  func audit() throws {
    let store = try fx.open()
    defer { fx.dir.remove() }
    let boss = OperatorInfo(id: UUID().uuidString, name: "王主任", role: .street, failures: 0)
    let zhang = OperatorInfo(
      id: UUID().uuidString, name: "小张", role: .grid, grid: "G1", failures: 0)
    try store.recordOperatorChange(.added, boss, by: boss, now: now)
    try store.recordOperatorChange(.added, zhang, by: boss, now: now)
    try store.recordOperatorChange(.removed, zhang, by: boss, now: now + 60)
    let changes = try store.operatorChanges()
    #expect(changes.map(\.kind) == [.added, .added, .removed])
    #expect(
      changes[1].operatorName == "小张" && changes[1].grid == "G1" && changes[1].byName == "王主任")
    #expect(throws: (any Error).self) {
      try store.write { db in try db.execute(sql: "DELETE FROM operator_audit") }
    }
    #expect(throws: (any Error).self) {
      try store.write { db in try db.execute(sql: "UPDATE operator_audit SET by_name = 'x'") }
    }
  }
}
