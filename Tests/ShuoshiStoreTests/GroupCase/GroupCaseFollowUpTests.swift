import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// 回访 after a group case (母案) is resolved: each child's resident is called back, so the
/// children are in 待回访 and the parent is not — in the list, its count and the tab count.
@Suite("Group cases and 回访")
struct GroupCaseFollowUpTests {
  let now = EngineFixture.at("2026-12-01 10:00")

  @Test func aResolvedParentIsNotAwaitingFollowUpButItsChildrenAre() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let children = try (1...3).map { i in
      var intake = f.intake("中瑞物业长期不处理电梯故障，第\(i)户反映", name: "住户\(i)", at: "2026-12-01 09:00")
      intake.resident.phone = "1381234\(String(format: "%04d", i))"
      return try store.add(intake, engine: f.engine, by: f.actor, now: now, route: false)
    }
    let lone = try store.add(
      f.intake("楼道灯坏了", name: "刘阿姨", at: "2026-12-01 09:30"), engine: f.engine, by: f.actor,
      now: now, route: false)
    let parent = try store.formGroup(
      GroupCaseRequest(children: children.map(\.id), summary: "中瑞物业电梯故障，多户联名反映"),
      engine: f.engine, by: f.actor, now: now)
    let later = now.addingTimeInterval(600)
    for id in [parent.id, lone.id] {
      _ = try store.perform(
        .resolve(summary: "已修复", onSpot: false), on: id, engine: f.engine, by: f.actor,
        now: later)
    }
    // The parent's resolution set its due time like any case's; the tab leaves it out.
    #expect(try store.find(parent.id).followUpDue != nil)
    var q = CaseQuery()
    q.awaitingFollowUp = true
    let expected = Set(children.map(\.id) + [lone.id])
    #expect(Set(try store.list(q).map(\.id)) == expected)
    #expect(try store.count(q) == expected.count)
    #expect(try store.queueCounts(now: later).awaitingRating == expected.count)
  }
}
