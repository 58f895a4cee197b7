import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Actions fold their events into the stored projection instead of replaying the history
/// (issue 12, finding 5). After every step of a long random life of one case — reassignments,
/// escalations, undos, pauses, ratings, a second laptop writing concurrently, conflicts
/// settled — the stored row must equal `Case.replay` of the full history.
@Suite("Incremental projection equals replay")
struct IncrementalProjectionTests {
  /// Events in the case's history at the end of each run (the check after every step makes
  /// the test quadratic: 600 take ~15 s a seed in a debug build; set more to soak).
  static let length =
    Int(ProcessInfo.processInfo.environment["SHUOSHI_LONG_CASE_EVENTS"] ?? "") ?? 600

  /// The case's events stored after row `num`, in store order.
  static func events(of uuid: UUID, after num: Int64, _ store: CaseStore) throws -> (
    [Event], Int64
  ) {
    try store.pool.read { db in
      let rows = try Row.fetchAll(
        db, sql: "\(EventRow.selectSQL) WHERE e.case_uuid = ? AND e.num > ? ORDER BY e.num",
        arguments: [uuid.uuidString, num])
      let last =
        try Int64.fetchOne(
          db, sql: "SELECT MAX(num) FROM events WHERE case_uuid = ?", arguments: [uuid.uuidString])
        ?? num
      return (try rows.map { try EventRow.decodeStored($0).fullEvent }, last)
    }
  }

  static func randomAction(_ c: Case, _ rng: inout SeededRandom) -> Action {
    let names = ["张德明", "黄志强", "李娜", "王芳"]
    switch Int.random(in: 0..<14, using: &rng) {
    case 0, 1: return .assign(to: rng.pick(names), note: nil)
    case 2: return .visit(note: "上门", minutes: 10)
    case 3: return c.state == .waiting ? .resume : .wait(reason: "等回复")
    case 4: return .escalate(rng.pick(EscalationReason.allCases), note: nil)
    case 5: return .retier(rng.pick(Tier.allCases), reason: "重新判断")
    case 6: return .resolve(summary: "已处理", onSpot: false)
    case 7: return .rate(rng.pick(Rating.allCases), comment: nil)
    case 8: return .reopen(reason: "又坏了")
    case 9, 10: return .undo
    default: return .note("跟进")
    }
  }

  @Test(arguments: [UInt64(12), 2026])
  func everyStepEqualsTheReplay(seed: UInt64) throws {
    let laptops = try Laptops(2)
    var rng = SeededRandom(seed: seed)
    let engine = laptops.engine
    var now = EngineFixture.at("2026-11-28 10:00")
    let first = try laptops[0].add(
      laptops.intake("楼上卫生间漏水", at: "2026-11-28 10:00"), engine: engine, by: laptops.actor(0),
      now: now)
    try laptops.sync(0, to: 1, now: now)
    let start = try Self.events(of: first.uuid, after: 0, laptops[0])
    var history = start.0
    var seen = start.1
    var steps = 0
    while history.count < Self.length {
      steps += 1
      now = now.addingTimeInterval(Double(Int.random(in: 60...7200, using: &rng)))
      let roll = Int.random(in: 0..<100, using: &rng)
      if roll < 3 {
        // Laptop 1 catches up, or laptop 0 learns what laptop 1 wrote (then settles).
        if Bool.random(using: &rng) {
          try laptops.sync(0, to: 1, now: now)
          continue
        }
        try laptops.sync(1, to: 0, now: now)
        if let conflict = try laptops[0].conflicts().first {
          _ = try laptops[0].settle(
            conflict.caseID, keep: "1", by: laptops.actor(0), now: now)
        }
        // Imported events sort anywhere in ledger order: read the whole history again.
        let all = try Self.events(of: first.uuid, after: 0, laptops[0])
        history = all.0.sorted(by: Event.ledgerOrder)
        seen = all.1
      } else {
        let i = roll < 12 ? 1 : 0
        let c = try laptops[i].find(first.uuid.uuidString)
        let action = Self.randomAction(c, &rng)
        do {
          _ = try laptops[i].perform(
            action, on: c.id, engine: engine, by: laptops.actor(i), now: now)
        } catch {
          guard case .engine = error else { throw error }
          continue  // refused in this state: nothing written
        }
        guard i == 0 else { continue }
        let new = try Self.events(of: first.uuid, after: seen, laptops[0])
        history += new.0
        seen = new.1
      }
      let stored = try laptops[0].find(first.uuid.uuidString)
      var replayed = try #require(Case.replay(history))
      replayed.id = stored.id
      let differ = LedgerVerifier.differences(replayed, stored)
      #expect(differ.isEmpty, "step \(steps), \(history.count) events: \(differ)")
      if !differ.isEmpty { return }
    }
    try laptops.syncAll(now: now)
    for i in 0..<2 {
      let report = try laptops[i].verify()
      #expect(report.ok, "laptop \(i): \(report.problems)")
    }
  }
}
