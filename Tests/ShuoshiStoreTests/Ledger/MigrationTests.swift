import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// A data directory written before the ledger (schema v1) is stamped by `v3-ledger`: clocks,
/// parents and hash chain backfilled, personal fields moved out of the log.
@Suite("Ledger migration v3-ledger")
struct MigrationTests {
  @Test func olderDataIsBackfilledAndVerifies() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    var played = try Played("楼上卫生间漏水", at: "2026-11-28 10:00", name: "欧阳秀兰")
    try played.act(.assign(to: "张德明", note: "请尽快"), at: "2026-11-28 11:00")
    try played.act(.resolve(summary: "已修好", onSpot: false), at: "2026-11-29 11:00")
    try Self.writeFirstRelease(played, into: f)

    let store = try f.open()
    #expect(store.info.schemaVersion == Schema.latestVersion)
    // A backup copy of the older file was written beside it before migrating.
    let backups = try FileManager.default.contentsOfDirectory(atPath: f.data.path)
      .filter { $0.hasPrefix("shuoshi.db.before-v2-register-") }
    #expect(backups.count == 1)
    let old = try DatabaseQueue(path: f.data.url.appendingPathComponent(backups[0]).path)
    #expect(
      try old.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM events") }
        == played.events.count)
    try old.close()
    let report = try store.verify()
    #expect(report.ok, "\(report.problems.map { $0.message(.en) })")
    #expect(report.eventCount == played.events.count)
    let c = try store.find("HJ-TEST-001")
    let history = try store.history(of: c)
    #expect(history.map(\.uuid) == played.events.map(\.uuid))
    #expect(history.map(\.data) == played.events.map(\.data))  // personal fields joined back
    #expect(
      zip(history, history.dropFirst()).allSatisfy { $0.hlc < $1.hlc && $1.parents == [$0.uuid] })
    try store.pool.read { db in
      let logged = try String.fetchAll(db, sql: "SELECT data FROM events").joined()
      #expect(!logged.contains("欧阳秀兰") && !logged.contains("已修好"))
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_personal") == 3)
    }
    // Still append-only after the backfill.
    #expect(throws: (any Error).self) {
      try store.pool.write { db in try db.execute(sql: "UPDATE events SET operator = 'x'") }
    }
    let next = try store.perform(
      .rate(.satisfied, comment: nil), on: c.id, engine: f.engine, by: f.actor,
      now: EngineFixture.at("2026-11-30 10:00"))
    #expect(next.state == .closed)
    #expect(try store.verify().ok)
  }
}

extension MigrationTests {
  /// Writes `played` into `f`'s data directory the way the first release did (schema v2:
  /// events with personal data inline, the case row beside them), so the next open migrates
  /// it and leaves a backup. `indexed` adds the search entry the first release wrote on save.
  static func writeFirstRelease(_ played: Played, into f: StoreFixture, indexed: Bool = false)
    throws
  {
    try f.data.create()
    let queue = try DatabaseQueue(path: f.data.databaseURL.path)
    var v2 = DatabaseMigrator()
    v2.registerMigration("v1-events-cases", migrate: Schema.v1)
    v2.registerMigration("v2-register", migrate: Schema.v2Register)
    try v2.migrate(queue)
    let device = played.events[0].device
    try queue.write { db in
      try db.execute(
        sql:
          "INSERT INTO meta(key, value) VALUES ('app', 'shuoshi'), ('device_id', ?), ('site_code', 'HJ')",
        arguments: [device])
      for e in played.events {
        try db.execute(
          sql:
            "INSERT INTO events (uuid, case_uuid, kind, at, operator, device, seq, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          arguments: [
            e.uuid.uuidString, e.caseUUID.uuidString, e.kind.rawValue, Millis.from(e.at),
            e.operator, e.device, e.seq, EventJSON.encode(e.data),
          ])
      }
      // The columns of that release only: later migrations add the rest.
      let count = CaseRow.columnsBeforeSupervision
      try db.execute(
        sql: CaseRow.insertSQL(firstColumns: count),
        arguments: CaseRow.arguments(played.current, firstColumns: count))
      if indexed {
        try SearchIndex.updateText(
          num: db.lastInsertedRowID, old: nil, new: played.current, in: db)
      }
    }
    try queue.close()
  }
}
