import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// A batch from the queue's marks: each case gets the single action's use case, refusals are
/// skipped and named, the batch is saved whole or not at all, and undone as one step.
@Suite("Batch actions on marked cases")
struct ActOnEachTests {
  let now = EngineFixture.at("2026-12-01 10:00")

  /// Three unassigned cases: the first received a month ago (late), two this morning.
  func threeCases(_ f: StoreFixture, _ store: CaseStore) throws -> [String] {
    try [
      ("楼上漏水", "2026-11-02 09:00"), ("楼道灯坏了", "2026-12-01 09:00"), ("垃圾清运不及时", "2026-12-01 09:30"),
    ]
    .map { text, at in
      try store.add(f.intake(text, at: at), engine: f.engine, by: f.actor, now: now, route: false)
        .id
    }
  }

  @Test func eachCaseIsAssignedAndAMissingOneIsSkipped() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let ids = try threeCases(f, store)
    let results = try store.actOnEach(
      .assign(to: "张德明", note: nil), ids: ids + ["HJ-20261201-999"], engine: f.engine,
      by: f.actor, now: now)
    #expect(results.map(\.id) == ids + ["HJ-20261201-999"])
    #expect(results.last == .skipped(id: "HJ-20261201-999", .notFound(id: "HJ-20261201-999")))
    for id in ids {
      let c = try store.find(id)
      #expect(c.assignee == "张德明")
      #expect(try store.history(of: c).last?.kind == .assigned)
    }
  }

  @Test func aRefusedCaseIsSkippedWithTheEnginesReason() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let ids = try threeCases(f, store)
    _ = try store.actOnEach(
      .assign(to: "张德明", note: nil), ids: ids, engine: f.engine, by: f.actor, now: now)
    let before = try store.eventCount()
    let results = try store.actOnEach(
      .urge(note: "请尽快联系"), ids: ids, engine: f.engine, by: f.actor, now: now)
    guard case .done(_, let events) = results[0] else {
      Issue.record("the late case is urged: \(results[0])")
      return
    }
    #expect(events.count == 1)
    #expect(results[1] == .skipped(id: ids[1], .engine(.notLate)))
    #expect(results[2] == .skipped(id: ids[2], .engine(.notLate)))
    #expect(try store.eventCount() == before + 1)
  }

  @Test func aFailureMidwayRollsBackTheWholeBatch() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let ids = try threeCases(f, store)
    let third = try store.find(ids[2])
    // A real SQLite failure on the third case's event, after the first two were written.
    try store.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER fail_third BEFORE INSERT ON events
          WHEN NEW.case_uuid = '\(third.uuid.uuidString)' BEGIN SELECT RAISE(ABORT, 'disk'); END
          """)
    }
    let before = try store.eventCount()
    #expect(throws: StoreError.self) {
      try store.actOnEach(
        .assign(to: "张德明", note: nil), ids: ids, engine: f.engine, by: f.actor, now: now)
    }
    #expect(try store.eventCount() == before)
    for id in ids { #expect(try store.find(id).assignee == nil) }
  }

  @Test func undoingTheBatchTakesBackEveryCaseOnce() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let ids = try threeCases(f, store)
    let tiers = try ids.map { try store.find($0).tier }
    let results = try store.actOnEach(
      .escalate(.manual, note: nil), ids: ids, engine: f.engine, by: f.actor, now: now)
    let batch = results.compactMap { r -> (id: String, events: [UUID])? in
      if case .done(let c, let events) = r { return (c.id, events) }
      return nil
    }
    #expect(batch.count == 3)
    // Something else happens on the third case after the batch: its undo would take that
    // back instead, so the batch undo leaves it and says so.
    _ = try store.perform(.note("已电话联系"), on: ids[2], engine: f.engine, by: f.actor, now: now)
    let undone = try store.undoBatch(batch, engine: f.engine, by: f.actor, now: now)
    #expect(undone.map(\.id) == ids)
    #expect(undone[2] == .skipped(id: ids[2], .engine(.nothingToUndo)))
    for (id, tier) in zip(ids, tiers).prefix(2) {
      let c = try store.find(id)
      #expect(c.tier == tier)
      #expect(try store.history(of: c).last?.kind == .undone)
    }
    #expect(try store.find(ids[2]).tier == tiers[2].next)
    // Undoing again finds nothing of the batch standing: nothing more is written.
    let count = try store.eventCount()
    _ = try store.undoBatch(Array(batch.prefix(2)), engine: f.engine, by: f.actor, now: now)
    #expect(try store.eventCount() == count)
  }
}
