import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The supervision queries read through their partial indexes, so a million cases cost what
/// the few waiting or flagged ones do.
@Suite("Supervision queries use their indexes")
struct SupervisionIndexTests {
  func plan(_ sql: String, _ store: CaseStore) throws -> String {
    try store.pool.read { db in
      try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
        .joined(separator: " ")
    }
  }

  @Test func sweepViewsAndUrgeList() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let waits = try plan(
      "SELECT * FROM cases INDEXED BY cases_waiting_until WHERE state = 'waiting' AND wait_until < 1",
      store)
    #expect(waits.contains("cases_waiting_until"))
    var q = CaseQuery()
    q.supervisedOnly = true
    let (supervised, _) = q.filterClause()
    #expect(try plan("SELECT * FROM cases WHERE \(supervised)", store).contains("cases_supervised"))
    q = CaseQuery()
    q.waitExpiredOnly = true
    let (expired, _) = q.filterClause()
    #expect(try plan("SELECT * FROM cases WHERE \(expired)", store).contains("cases_wait_expired"))
    let urges = try plan(
      """
      SELECT * FROM events e WHERE e.kind IN ('extended', 'returned', 'urged', 'supervised')
        AND e.kind = 'urged' AND e.at >= 1 AND e.at < 2
      """, store)
    #expect(urges.contains("events_supervision_by_time"), "\(urges)")
  }
}
