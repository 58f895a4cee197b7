import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Search-index merging happens when idle (`maintain`), not inside a save's commit.
@Suite struct SearchIndexUpkeepTests {
  @Test func automergeIsOffInANewStore() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    for table in SearchIndexUpkeep.tables {
      let value = try store.pool.read { db in
        try Int.fetchOne(db, sql: "SELECT v FROM \(table)_config WHERE k = 'automerge'")
      }
      #expect(value == 0, "\(table)")
    }
  }

  @Test func savesLeaveSegmentsThatMaintainMerges() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    func leafRows() throws -> Int {
      try store.pool.read { db in
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cases_fts_data") ?? 0
      }
    }
    let start = try leafRows()
    // Each save is its own transaction and so writes its own segment.
    for i in 0..<12 {
      _ = try store.add(
        f.intake("楼上漏水第\(i)次，天花板泡坏了"), engine: f.engine, by: f.actor,
        now: EngineFixture.at("2026-11-28 10:00"))
    }
    let unmerged = try leafRows()
    #expect(unmerged >= start + 12)
    store.maintain()
    #expect(try leafRows() < unmerged)
    // Every case is still found after the merge.
    var q = CaseQuery()
    q.search = "天花板"
    #expect(try store.list(q, limit: 50).count == 12)
  }
}

/// Rebuilding the register reads its events through their own index, not the whole log.
@Suite struct RegisterEventsIndexTests {
  @Test func theRebuildQueryUsesThePartialIndex() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    #expect(RegisterProjection.kindsSQL == SchemaV6RegisterEvents.kindsSQL)
    let plan = try store.pool.read { db in
      try Row.fetchAll(
        db,
        sql:
          "EXPLAIN QUERY PLAN \(EventRow.selectSQL) WHERE e.kind IN (\(RegisterProjection.kindsSQL)) "
          + EventRow.ledgerOrder
      ).map { $0["detail"] as String }.joined(separator: "\n")
    }
    #expect(plan.contains("events_register"), "\(plan)")
  }
}
