import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

@Suite("Store on a real SQLite file")
struct StoreTests {
  @Test func addAllocatesReadableIdsPerDay() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let a = try store.add(f.intake("楼上漏水"), engine: f.engine, by: f.actor, now: Date())
    let b = try store.add(f.intake("路灯坏了"), engine: f.engine, by: f.actor, now: Date())
    let c = try store.add(
      f.intake("噪音", at: "2026-11-29 09:00"), engine: f.engine, by: f.actor, now: Date())
    #expect(a.id == "HJ-20261128-001")
    #expect(b.id == "HJ-20261128-002")
    #expect(c.id == "HJ-20261129-001")
    #expect(try store.find("20261128-002").uuid == b.uuid)
    #expect(try store.find("hj-20261128-001").uuid == a.uuid)
    #expect(throws: StoreError.notFound(id: "HJ-1999")) { try store.find("HJ-1999") }
  }

  @Test func eventsAreAppendOnly() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    _ = try store.add(f.intake("楼上漏水"), engine: f.engine, by: f.actor, now: Date())
    #expect(throws: (any Error).self) {
      try store.pool.write { db in try db.execute(sql: "UPDATE events SET operator = 'x'") }
    }
    #expect(throws: (any Error).self) {
      try store.pool.write { db in try db.execute(sql: "DELETE FROM events") }
    }
    #expect(try store.eventCount() == 2)
  }

  @Test func projectionEqualsReplayAndSurvivesReopen() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    var id = ""
    do {
      let store = try f.open()
      let c = try store.add(f.intake("楼上噪音"), engine: f.engine, by: f.actor, now: Date())
      id = c.id
      let now = EngineFixture.at("2026-11-28 11:00")
      _ = try store.perform(
        .assign(to: "张", note: nil), on: id, engine: f.engine, by: f.actor, now: now)
      _ = try store.perform(.wait(reason: "等"), on: id, engine: f.engine, by: f.actor, now: now)
    }
    let reopened = try f.open()
    let c = try reopened.find(id)
    #expect(c.state == .waiting)
    #expect(c.assignee == "张")
    let history = try reopened.history(of: c)
    #expect(history.map(\.kind) == [.created, .triaged, .assigned, .waiting])
    #expect(Case.replay(history) == c)
    #expect(history.map(\.seq) == [1, 2, 3, 4])
    #expect(Set(history.map(\.device)).count == 1)
  }

  @Test func sweepEscalatesOnlyWhatIsDueAndIsIdempotent() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let due = try store.add(
      f.intake("楼上噪音", at: "2026-11-23 10:00"), engine: f.engine, by: f.actor, now: Date())
    let fresh = try store.add(
      f.intake("楼上噪音", at: "2026-11-27 10:00"), engine: f.engine, by: f.actor, now: Date())
    let now = EngineFixture.at("2026-11-27 12:00")
    let first = try store.sweep(engine: f.engine, by: Actor("系统"), now: now)
    #expect(first.escalated.map(\.id) == [due.id])
    #expect(try store.find(due.id).tier == .residence)
    #expect(try store.find(fresh.id).tier == .household)
    let second = try store.sweep(engine: f.engine, by: Actor("系统"), now: now)
    #expect(second.escalated.isEmpty)
    #expect(try store.history(of: store.find(due.id)).filter { $0.kind == .escalated }.count == 1)
  }

  @Test func aSweepAfterALongGapClimbsEveryTierTheCaseIsLateForInOneRun() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    // Household, due at the end of Thu 11-26; untouched for ten weeks.
    let late = try store.add(
      f.intake("楼上噪音", at: "2026-11-23 10:00"), engine: f.engine, by: f.actor, now: Date())
    let fresh = try store.add(
      f.intake("楼上噪音", at: "2027-01-29 10:00"), engine: f.engine, by: f.actor, now: Date())
    let now = EngineFixture.at("2027-02-01 09:00")
    let outcome = try store.sweep(engine: f.engine, by: Actor("系统"), now: now)
    // One entry per tier climbed, in order; one case.
    #expect(outcome.escalated.map(\.id) == [late.id, late.id, late.id])
    #expect(outcome.escalated.map(\.to) == [.residence, .district, .street])
    #expect(outcome.escalatedCases == 1)
    #expect(outcome.handedUp == 1)
    let c = try store.find(late.id)
    #expect(c.tier == .street)
    #expect(c.escalations == 3)
    #expect(try store.find(fresh.id).tier == .household)
    let history = try store.history(of: c)
    let moves = history.compactMap { e -> (Event, EventPayload.Escalated)? in
      guard case .escalated(let d) = e.payload else { return nil }
      return (e, d)
    }
    #expect(moves.count == 3)
    // Each effective at the deadline before it; all seen by this sweep.
    #expect(moves[0].1.effectiveAt.map(EngineFixture.day) == "2026-11-26")
    #expect(moves[1].1.effectiveAt == moves[0].1.deadline)
    #expect(moves[2].1.effectiveAt == moves[1].1.deadline)
    #expect(moves.allSatisfy { $0.0.at == now })
    #expect(c.deadline == moves[2].1.deadline)
    #expect(Case.replay(history) == c)
    // At the top now: counted as overdue at the street, not moved again.
    let again = try store.sweep(
      engine: f.engine, by: Actor("系统"), now: EngineFixture.at("2027-06-01 09:00"))
    #expect(!again.escalated.contains { $0.id == late.id })
    #expect(again.overdueAtStreet == [late.id])
  }

  @Test func listFiltersAndSearchesChineseOfAnyLength() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let leak = try store.add(
      f.intake("楼上卫生间漏水把天花板泡了", name: "李秀英"), engine: f.engine, by: f.actor, now: Date())
    let lamp = try store.add(
      f.intake("小区门口路灯坏了", name: "张伟"), engine: f.engine, by: f.actor, now: Date())
    func ids(_ q: String) throws -> [String] {
      var query = CaseQuery()
      query.search = q
      return try store.list(query).map(\.id)
    }
    #expect(try ids("漏水") == [leak.id])
    #expect(try ids("漏") == [leak.id])
    #expect(try ids("天花板") == [leak.id])
    #expect(try ids("路灯坏了") == [lamp.id])
    #expect(try ids("张伟") == [lamp.id])
    #expect(try ids("5678").count == 2)  // phone tail
    #expect(try ids("六堰 漏水") == [leak.id])
    #expect(try ids("没有这个") == [])
    var byTier = CaseQuery()
    byTier.tiers = [lamp.tier]
    #expect(try store.list(byTier).contains { $0.id == lamp.id })
    #expect(try store.count(CaseQuery.open) == 2)
  }

  @Test func searchFindsACaseOnceAfterManyEvents() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try store.add(f.intake("楼上漏水"), engine: f.engine, by: f.actor, now: Date())
    let now = EngineFixture.at("2026-11-28 11:00")
    for action in [Action.assign(to: "张", note: nil), .escalate(.manual, note: nil), .undo] {
      _ = try store.perform(action, on: c.id, engine: f.engine, by: f.actor, now: now)
    }
    for term in ["漏水", "漏", "楼上漏水"] {
      var q = CaseQuery()
      q.search = term
      #expect(try store.list(q).map(\.id) == [c.id])
      #expect(try store.count(q) == 1)
    }
  }
}
