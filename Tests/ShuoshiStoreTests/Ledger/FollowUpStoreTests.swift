import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// 回访 through real stores: two laptops merging their 回访, the 待回访 queue, the report's
/// fast reading, and a v0.1 store's rows filled by the migration as the projection would.
@Suite("回访 in the store")
struct FollowUpStoreTests {
  let engine = EngineFixture.engine

  func act(_ laptops: Laptops, _ i: Int, _ action: Action, _ id: String, at t: String) throws {
    _ = try laptops[i].perform(
      action, on: id, engine: laptops.engine, by: laptops.actor(i), now: laptops.now(i, t))
  }

  /// A case resolved on laptop 0 and copied to laptop 1.
  func resolvedOnBoth(_ laptops: Laptops) throws -> String {
    let c = try laptops[0].add(
      laptops.intake("楼上卫生间漏水", at: "2026-11-23 09:00"), engine: laptops.engine,
      by: laptops.actor(0), now: laptops.now(0, "2026-11-23 09:00"))
    try act(laptops, 0, .resolve(summary: "已修好", onSpot: false), c.id, at: "2026-11-24 10:00")
    try laptops.sync(0, to: 1)
    return c.id
  }

  let unreached = Action.followUp(FollowUp(method: .phone, reached: false))

  @Test func twoLaptopsRecordingAFollowUpMergeAsTwo() throws {
    let laptops = try Laptops(2)
    let id = try resolvedOnBoth(laptops)
    try act(laptops, 0, unreached, id, at: "2026-11-25 09:00")
    try act(laptops, 1, unreached, id, at: "2026-11-25 09:30")
    try laptops.sync(0, to: 1)
    try laptops.sync(1, to: 0)
    #expect(try laptops.dump(0) == laptops.dump(1))
    for i in 0..<2 {
      let c = try laptops[i].find(id)
      #expect(c.followUpAttempts == 2)
      #expect(c.awaitsFollowUp)
      #expect(try laptops[i].history(of: c).filter { $0.kind == .followedUp }.count == 2)
      #expect(try laptops[i].conflicts().isEmpty)
    }
    // Then one reaches the resident (solved, satisfied), the other hears 部分解决: both are
    // kept, in ledger order, alike on both laptops.
    try act(
      laptops, 0,
      .followUp(FollowUp(method: .phone, reached: true, solved: .solved, satisfaction: .satisfied)),
      id, at: "2026-11-26 09:00")
    try act(
      laptops, 1,
      .followUp(FollowUp(method: .visit, reached: true, solved: .partly, satisfaction: .basic)),
      id, at: "2026-11-26 10:00")
    try laptops.syncAll()
    #expect(try laptops.dump(0) == laptops.dump(1))
    let merged = try laptops[0].find(id)
    #expect(try laptops[0].history(of: merged).filter { $0.kind == .followedUp }.count == 4)
    #expect(merged.state == .closed)  // closed by the solved answer; the later one is kept
    #expect(merged.followUpResult == .partly)
  }

  @Test func awaitingFollowUpQueue() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    func taken(_ text: String) throws -> String {
      try store.add(
        f.intake(text, at: "2026-11-23 09:00"), engine: engine, by: f.actor,
        now: EngineFixture.at("2026-11-23 09:00")
      ).id
    }
    func act(_ action: Action, _ id: String, at t: String) throws {
      _ = try store.perform(action, on: id, engine: engine, by: f.actor, now: EngineFixture.at(t))
    }
    let open = try taken("楼道灯不亮")
    let due = try taken("楼上漏水")
    let rated = try taken("垃圾没人清")
    let partly = try taken("噪音扰民")
    let unreachedID = try taken("停车位被占")
    for id in [due, rated, partly, unreachedID] {
      try act(.resolve(summary: "已处理", onSpot: false), id, at: "2026-11-24 10:00")
    }
    try act(.rate(.satisfied, comment: nil), rated, at: "2026-11-24 11:00")
    try act(
      .followUp(FollowUp(method: .phone, reached: true, solved: .partly, satisfaction: .basic)),
      partly, at: "2026-11-25 10:00")
    for t in ["2026-11-25 10:00", "2026-11-25 15:00", "2026-11-26 10:00"] {
      try act(unreached, unreachedID, at: t)
    }
    var q = CaseQuery()
    q.awaitingFollowUp = true
    #expect(Set(try store.list(q).map(\.id)) == [due, partly])
    #expect(try store.count(q) == 2)
    // The tab count says the same (it counts from the index, not the list).
    #expect(try store.queueCounts(now: EngineFixture.at("2026-11-27 10:00")).awaitingRating == 2)
    let plan = try store.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          EXPLAIN QUERY PLAN SELECT COUNT(*) FROM cases
          WHERE \(CaseQuery.awaitingFollowUpSQL)
          """
      ).map { $0["detail"] as String }
    }
    #expect(plan.joined().contains("cases_awaiting_follow_up"), "\(plan)")
    _ = open
    // The row holds what the replay gives.
    for id in [due, rated, partly, unreachedID] {
      let row = try store.find(id)
      let replayed = try #require(Case.replay(try store.history(of: row)))
      #expect(row.followUpDue == replayed.followUpDue)
      #expect(row.followUpAttempts == replayed.followUpAttempts)
      #expect(row.followUpResult == replayed.followUpResult)
    }
  }

  @Test func theReportsFastReadingEqualsTheReplayWithFollowUps() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let all = try ReportDataSet.cases().merging(FollowUpDataSet.cases()) { a, _ in a }
    let histories = Array(all.values)
    try store.bulkInsert(histories)
    let builder = ReportBuilder(rules: engine.rules, calendar: engine.calendar)
    let at = EngineFixture.at("2026-12-05 09:00")
    for asOf in [nil, "2026-11-20 12:00", "2026-12-10 00:00"] {
      let request = ReportDataSet.november(asOf: asOf.map(EngineFixture.at))
      let fast = try store.report(
        request, rules: engine.rules, calendar: engine.calendar, generatedAt: at)
      let reference = builder.build(histories: histories, request: request, generatedAt: at)
      #expect(fast == reference, "as of \(asOf ?? "the end")")
    }
    let november = try store.report(
      ReportDataSet.november(), rules: engine.rules, calendar: engine.calendar, generatedAt: at)
    #expect(november.rate(.solved) == Rate(4, of: 6))
    #expect(november.followUps.unreached == 1)
  }

  @Test func aPreviousReleaseStoreIsFilledAsTheProjectionWould() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try PreviousReleaseTests().copied(f)
    let cases = try store.list(CaseQuery(), limit: 100)
    #expect(!cases.isEmpty)
    for row in cases {
      let replayed = try #require(Case.replay(try store.history(of: row)))
      #expect(row.followUpDue == replayed.followUpDue, "\(row.id)")
      #expect(row.followUpAttempts == replayed.followUpAttempts, "\(row.id)")
      #expect(row.followUpResult == replayed.followUpResult, "\(row.id)")
    }
    // A resolved case of v0.1 awaits its 回访 since its resolution.
    let resolved = cases.filter { $0.state == .resolved }
    for c in resolved { #expect(c.followUpDue == c.resolvedAt) }
    #expect(try store.verify().ok)
  }
}
