import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// A unit laptop pulls from the hub its own unit's chains and the street office's, not other
/// units' laptops' chains (docs/HUB.md, Scope). So the street office's `grouped` event that adds
/// another unit's case to a group formed on that unit's laptop reaches it naming two cases it
/// holds neither of: there is nothing of that group here to check, and the pull goes on.
@Suite("Group links between cases this laptop does not hold")
struct GroupLinkScopeTests {
  /// What `shuoshi sync --hub` carries from laptop i's own chain to laptop j.
  static func pullChain(of i: Int, to j: Int, _ laptops: Laptops) throws -> BundleImportReport {
    let marks = try laptops[j].deviceMarks()
    let data = try laptops[i].outgoingBatch(
      after: marks, devices: [laptops[i].info.deviceID], limit: 10_000
    ).encoded(now: Date())
    return try laptops[j].importBatch(
      data, source: "hub", now: Date(), options: BundleImportOptions())
  }

  @Test func aStreetLinkBetweenAnotherUnitsCasesDoesNotStopAUnitLaptopsPull() throws {
    // 0: another unit's laptop, 1: the street office, 2: this unit's laptop.
    let laptops = try Laptops(3)
    let now = Date()
    let cases = try (1...3).map { i in
      try laptops[0].add(
        laptops.intake(
          "工地拖欠工资，第\(i)位工人反映", name: "工人\(i)", phone: "1391234000\(i)", at: "2026-12-01 09:00"),
        engine: laptops.engine, by: laptops.actor(0), now: now, route: false)
    }
    let parent = try laptops[0].formGroup(
      GroupCaseRequest(children: [cases[0].id, cases[1].id], summary: "同一工地拖欠农民工工资"),
      engine: laptops.engine, by: laptops.actor(0), now: now)
    try laptops.sync(0, to: 1)
    _ = try laptops[1].addToGroup(
      parent: parent.id, children: [cases[2].id], by: laptops.actor(1), now: Date())
    let mine = try laptops[2].add(
      laptops.intake("楼上漏水", name: "李阿姨", phone: "13900001111", at: "2026-12-01 10:00"),
      engine: laptops.engine, by: laptops.actor(2), now: now, route: false)

    _ = try Self.pullChain(of: 1, to: 2, laptops)

    #expect(throws: StoreError.self) { try laptops[2].find(parent.id) }
    #expect(throws: StoreError.self) { try laptops[2].find(cases[2].id) }
    #expect(try laptops[2].find(mine.id).uuid == mine.uuid)
    #expect(try laptops[2].verify().ok)
  }

  @Test func aLinkPassedOverIsCheckedWhenItsChildArrives() throws {
    // 0 forms a group; 3 takes in a case the street office (1) adds to that group; this laptop
    // (2) passes the link over, then receives 3's chain alone: the child is held now, its
    // parent still is not, so the batch is refused and nothing of it kept.
    let laptops = try Laptops(4)
    let now = Date()
    let theirs = try (1...2).map { i in
      try laptops[0].add(
        laptops.intake(
          "小区物业不作为，第\(i)户反映", name: "业主\(i)", phone: "1381234000\(i)", at: "2026-12-01 09:00"),
        engine: laptops.engine, by: laptops.actor(0), now: now, route: false)
    }
    let parent = try laptops[0].formGroup(
      GroupCaseRequest(children: theirs.map(\.id), summary: "同一物业"),
      engine: laptops.engine, by: laptops.actor(0), now: now)
    let late = try laptops[3].add(
      laptops.intake("小区物业不作为", name: "李阿姨", phone: "13900001111", at: "2026-12-01 10:00"),
      engine: laptops.engine, by: laptops.actor(3), now: now, route: false)
    try laptops.sync(0, to: 1)
    try laptops.sync(3, to: 1)
    _ = try laptops[1].addToGroup(
      parent: parent.id, children: [late.id], by: laptops.actor(1), now: Date())
    _ = try Self.pullChain(of: 1, to: 2, laptops)

    let before = try laptops.dump(2)
    #expect {
      try Self.pullChain(of: 3, to: 2, laptops)
    } throws: { error in
      guard case LedgerError.invalidEvent(_, _, _, let field, let problem) = error else {
        return false
      }
      return field == "data.otherCase" && problem == .unknownGroupCase
    }
    #expect(try laptops.dump(2) == before)
    #expect(throws: StoreError.self) { try laptops[2].find(late.id) }
  }
}
