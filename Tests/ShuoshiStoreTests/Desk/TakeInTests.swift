import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Taking in a case is one transaction whatever the owner choice: the worker's owner, or a
/// settlement on the spot, is saved with the case or not at all.
@Suite("Taking in a case in one transaction")
struct TakeInTests {
  func registered(_ f: StoreFixture) throws -> CaseStore {
    let store = try f.open()
    try importBase(store)
    return store
  }

  @Test func theWorkersOwnerIsSavedWithTheCase() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    let owner = try store.person("张德明")
    let c = try store.takeIn(
      TakeInRequest(f.intake("楼道灯坏了"), owner: .chosen(owner, reason: "熟悉这栋楼")),
      engine: f.engine, by: f.actor, now: EngineFixture.at("2026-11-28 10:00"))
    #expect(c.assignee == "张德明" && c.assigneeID == owner.uuid)
    let history = try store.history(of: c)
    #expect(history.map(\.kind) == [.created, .triaged, .assigned])
    #expect(history.last?.data.reason == "熟悉这栋楼")
  }

  @Test func aRefusedSettlementSavesNothing() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    let before = try store.eventCount()
    #expect(throws: StoreError.self) {
      try store.takeIn(
        TakeInRequest(f.intake("咨询低保"), settledOnSpot: "  "), engine: f.engine, by: f.actor,
        now: EngineFixture.at("2026-11-28 10:00"))
    }
    #expect(try store.eventCount() == before)
    #expect(try store.list(CaseQuery()).isEmpty)
  }

  @Test func unroutedLeavesTheCaseForDispatch() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    let c = try store.takeIn(
      TakeInRequest(
        Intake(
          resident: Resident(name: "王秀英", phone: "", address: "六堰社区3栋2单元502"), text: "楼上漏水",
          receivedAt: EngineFixture.at("2026-11-28 10:00")), owner: .unrouted),
      engine: f.engine, by: f.actor, now: EngineFixture.at("2026-11-28 10:00"))
    #expect(c.assignee == nil && c.state == .new)
  }
}
