import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The store's sweep over many cases in one transaction (one ledger writer for all, each row
/// updated in the columns that changed) gives what sweeping day by day gives, with chains and
/// projections that verify.
@Suite("Sweeping many cases in the store")
struct SweepStoreTests {
  let texts = ["楼上噪音太大", "楼上卫生间漏水，天花板泡了", "小区路灯坏了一个月", "邻居占用楼道堆放杂物", "物业不修电梯"]

  /// Twenty cases taken in over three weeks of November, none touched afterwards.
  func street(_ f: StoreFixture) throws -> CaseStore {
    let store = try f.open()
    for i in 0..<20 {
      let day = 2 + i
      let at = String(format: "2026-11-%02d %02d:00", day, 9 + i % 8)
      _ = try store.add(
        f.intake(texts[i % texts.count], name: "居民\(i)", at: at), engine: f.engine, by: f.actor,
        now: EngineFixture.at(at))
    }
    return store
  }

  func moves(_ store: CaseStore) throws -> [String: [String]] {
    var out: [String: [String]] = [:]
    var all = CaseQuery()
    all.includeMerged = true
    for c in try store.list(all, limit: 100) {
      out[c.id] = try store.history(of: c).compactMap { e in
        guard case .escalated(let d) = e.payload else { return nil }
        return "\(d.tier?.rawValue ?? "?") \(d.effectiveAt.map(EngineFixture.day) ?? "-")"
      }
    }
    return out
  }

  @Test func oneSweepAfterTenWeeksEqualsSweepingEveryDay() throws {
    let daily = StoreFixture()
    let once = StoreFixture()
    defer {
      daily.dir.remove()
      once.dir.remove()
    }
    let a = try street(daily)
    let b = try street(once)
    let end = EngineFixture.at("2027-02-01 09:00")
    var day = EngineFixture.at("2026-11-03 09:00")
    while day <= end {
      _ = try a.sweep(engine: daily.engine, by: Actor("系统"), now: day)
      day += 86_400
    }
    let outcome = try b.sweep(engine: once.engine, by: Actor("系统"), now: end)
    let expected = try moves(a)
    #expect(try moves(b) == expected)
    // Most climbed, several more than one tier.
    #expect(outcome.escalatedCases == expected.values.filter { !$0.isEmpty }.count)
    #expect(outcome.escalatedCases >= 10)
    #expect(outcome.escalated.count > outcome.escalatedCases)
    for id in expected.keys {
      let (x, y) = (try a.find(id), try b.find(id))
      #expect(x.tier == y.tier && x.deadline == y.deadline && x.escalations == y.escalations)
    }
    // Hash chains and every projection replay to what is stored.
    #expect(try a.verify().ok)
    let report = try b.verify()
    #expect(report.ok, "\(report.problems)")
  }

  @Test func aStepRewritesOnlyTheColumnsThatChanged() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try store.add(
      f.intake("楼上噪音太大", at: "2026-11-23 10:00"), engine: f.engine, by: f.actor,
      now: EngineFixture.at("2026-11-23 10:00"))
    let row = try #require(
      try store.pool.read { db in
        try Row.fetchOne(
          db, sql: "SELECT * FROM cases WHERE uuid = ?", arguments: [c.uuid.uuidString])
      })
    #expect(CaseRow.update(row, to: CaseRow.decode(row)) == nil)
    var moved = CaseRow.decode(row)
    moved.tier = .residence
    moved.escalations += 1
    let update = try #require(CaseRow.update(row, to: moved))
    #expect(update.sql == "UPDATE cases SET tier = ?, escalations = ? WHERE num = ?")
    // And a real step leaves the row equal to the replay of its history.
    _ = try store.sweep(
      engine: f.engine, by: Actor("系统"), now: EngineFixture.at("2026-12-01 09:00"))
    let swept = try store.find(c.id)
    #expect(swept.tier > .household)
    #expect(Case.replay(try store.history(of: swept)) == swept)
  }
}
