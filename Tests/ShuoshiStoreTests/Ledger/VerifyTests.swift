import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// `verify` finds what was done to the SQLite file behind shuoshi's back.
@Suite("Ledger verify: tamper-evident history")
struct VerifyTests {
  /// A store with one case and a few actions; returns the events (device order).
  func populated(_ f: StoreFixture) throws -> [Event] {
    let store = try f.open()
    let c = try store.add(f.intake("楼上漏水"), engine: f.engine, by: f.actor, now: Date())
    let t = EngineFixture.at("2026-11-28 11:00")
    for action in [
      Action.assign(to: "张德明", note: nil), .visit(note: "上门", minutes: 20),
      .resolve(summary: "已修好", onSpot: false),
    ] {
      _ = try store.perform(action, on: c.id, engine: f.engine, by: f.actor, now: t)
    }
    #expect(try store.verify().ok)
    return try store.history(of: c)
  }

  /// Edits the database with another program (python's sqlite3), triggers dropped first.
  func tamper(_ f: StoreFixture, _ sql: String) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      """
      import sqlite3, sys
      c = sqlite3.connect(sys.argv[1])
      c.execute('DROP TRIGGER IF EXISTS events_no_update')
      c.execute('DROP TRIGGER IF EXISTS events_no_delete')
      c.execute('DROP TRIGGER IF EXISTS event_personal_no_update')
      c.executescript(sys.argv[2])
      c.commit()
      """, f.data.databaseURL.path, sql,
    ]
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
  }

  @Test func anEditedEventIsReportedById() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let events = try populated(f)
    let assigned = events.first { $0.kind == .assigned }!
    try tamper(
      f,
      "UPDATE events SET data = replace(data, '张德明', '王某') WHERE uuid = '\(assigned.uuid.uuidString)'"
    )
    let report = try f.open().verify()
    #expect(!report.ok)
    #expect(
      report.problems.contains(
        .altered(event: assigned.uuid, device: assigned.device, seq: assigned.seq)))
    #expect(report.problems.contains { if case .projectionDiffers = $0 { true } else { false } })
    #expect(
      report.problems.map { $0.message(.zh) }.joined().contains(
        assigned.uuid.uuidString.lowercased()))
  }

  @Test func aDeletedEventIsReported() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let events = try populated(f)
    let visited = events.first { $0.kind == .visited }!
    let next = events.first { $0.seq == visited.seq + 1 }!
    try tamper(f, "DELETE FROM events WHERE uuid = '\(visited.uuid.uuidString)'")
    let report = try f.open().verify()
    #expect(
      report.problems.contains(
        .missing(device: visited.device, from: visited.seq, to: visited.seq, before: next.uuid)))
  }

  @Test func aSwappedPairIsReported() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let events = try populated(f)
    let a = events.first { $0.kind == .assigned }!
    let b = events.first { $0.kind == .visited }!
    // Swap their places: sequence numbers and clock readings.
    try tamper(
      f,
      """
      UPDATE events SET seq = -1 WHERE uuid = '\(a.uuid.uuidString)';
      UPDATE events SET seq = \(a.seq), hlc = \(a.hlc.raw) WHERE uuid = '\(b.uuid.uuidString)';
      UPDATE events SET seq = \(b.seq), hlc = \(b.hlc.raw) WHERE uuid = '\(a.uuid.uuidString)';
      """)
    let report = try f.open().verify()
    #expect(report.problems.contains(.reordered(event: b.uuid, device: b.device, seq: a.seq)))
    #expect(report.problems.contains(.reordered(event: a.uuid, device: a.device, seq: b.seq)))
  }

  @Test func anEditedProjectionIsReported() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    _ = try populated(f)
    try tamper(f, "UPDATE cases SET tier = 'street'")
    let report = try f.open().verify()
    #expect(
      report.problems.contains {
        if case .projectionDiffers(_, let fields) = $0 { fields == ["tier"] } else { false }
      })
  }

  @Test func editedPersonalFieldsAreReported() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let events = try populated(f)
    let created = events.first { $0.kind == .created }!
    try tamper(f, "UPDATE event_personal SET body = replace(body, '王大妈', '李大爷')")
    let report = try f.open().verify()
    #expect(report.problems.contains(.personalAltered(event: created.uuid)))
  }
}
