import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The report's 延期, 退单 (per owner), 催办 and 督办 counts: activity in the period over every
/// case in scope, the store's fast reading equal to the replay, and the index it reads by.
@Suite("Supervision counts in reports")
struct SupervisionReportTests {
  let engine = EngineFixture.engine

  /// Three cases of late November (Monday 11-23 on), and one of October extended in November.
  func histories() throws -> [[Event]] {
    var a = try Played("楼上噪音太大", at: "2026-11-23 10:00", tier: .household)
    try a.act(.assign(to: "张德明", note: nil), at: "2026-11-23 10:30")
    try a.act(.extend(days: 2, reason: "需协调物业"), at: "2026-11-24 10:00")
    try a.act(.supervise(on: true, note: "群众多次反映"), at: "2026-11-24 11:00")
    try a.act(.returnCase(grounds: .notOurs, tier: nil, note: "不是本楼栋"), at: "2026-11-25 10:00")
    var b = try Played("楼道灯坏了", at: "2026-11-23 11:00", name: "李四", tier: .household)
    try b.act(.assign(to: "张德明", note: nil), at: "2026-11-23 11:30")
    try b.act(.urge(note: "请联系群众"), at: "2026-11-25 09:00")
    try b.act(.returnCase(grounds: .wrongAddress, tier: nil, note: "地址错了"), at: "2026-11-25 10:00")
    var c = try Played("垃圾清运不及时", at: "2026-11-23 12:00", name: "王五", tier: .household)
    try c.act(.assign(to: "刘芳", note: nil), at: "2026-11-23 12:30")
    try c.act(
      .returnCase(grounds: .wrongTier, tier: .district, note: "应由片区"), at: "2026-11-24 10:00")
    // Received in October, extended and resolved in November: counted in November's activity.
    var d = try Played("路灯不亮", at: "2026-10-26 10:00", name: "赵六", tier: .district)
    try d.act(.assign(to: "城管科", note: nil), at: "2026-10-26 11:00")
    try d.act(.extend(days: 3, reason: "等配件"), at: "2026-11-02 10:00")
    try d.act(.resolve(summary: "已修好", onSpot: false), at: "2026-11-05 10:00")
    try d.act(.rate(.satisfied, comment: nil), at: "2026-11-06 10:00")
    return [a.events, b.events, c.events, d.events]
  }

  @Test func novemberCountsEachStepAndEachOwnersReturns() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let histories = try histories()
    try store.bulkInsert(histories)
    let november = ReportPeriod.month(year: 2026, month: 11, calendar: engine.calendar)
    let request = ReportRequest(period: november, asOf: EngineFixture.at("2026-11-30 12:00"))
    let at = EngineFixture.at("2026-11-30 12:00")
    let fast = try store.report(
      request, rules: engine.rules, calendar: engine.calendar, generatedAt: at)
    let reference = ReportBuilder(rules: engine.rules, calendar: engine.calendar).build(
      histories: histories, request: request, generatedAt: at)
    // (The store gives the four same-id test cases suffixed ids; the counts do not depend on it.)
    #expect(fast.supervision == reference.supervision)
    let counts = fast.supervision
    #expect(counts.extensions == 2)
    #expect(counts.returns == 3)
    #expect(counts.urges == 1)
    #expect(counts.supervisions == 1)
    #expect(
      counts.returnsByOwner.map { "\($0.owner) \($0.returns)" } == ["张德明 2", "刘芳 1"])
    // October saw none of it.
    let october = ReportPeriod.month(year: 2026, month: 10, calendar: engine.calendar)
    let before = try store.report(
      ReportRequest(period: october, asOf: october.end), rules: engine.rules,
      calendar: engine.calendar, generatedAt: at)
    #expect(before.supervision == SupervisionCounts())
  }

  @Test func theReportReadsTheSupervisionEventsThroughItsIndex() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let plan = try store.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          EXPLAIN QUERY PLAN SELECT * FROM events WHERE kind IN (\(ReportReader.kindList))
            AND case_uuid IN ('a', 'b') ORDER BY hlc, device, seq
          """
      ).map { $0["detail"] as String }.joined(separator: " ")
    }
    #expect(plan.contains("events_report_kinds"), "\(plan)")
  }
}
