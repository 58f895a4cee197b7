import Foundation
import GRDB
import ShuoshiCore
import Testing

@testable import ShuoshiStore

/// The sets of states SQL filters on are defined once, in `CaseState`; the partial indexes the
/// sweep and the overdue queue use were written in a migration and must keep naming the same set
/// in the same words, or SQLite silently stops using them.
@Suite struct StateSetTests {
  @Test func partialIndexesNameTheRunningStates() throws {
    let fixture = StoreFixture()
    let store = try fixture.open()
    let sql = try store.read { db in
      try String.fetchAll(
        db, sql: "SELECT sql FROM sqlite_master WHERE name LIKE 'cases_running_%'")
    }
    // The sweep's tier index and the attention order's three (v9 dropped the deadline-only
    // one, which repeated the attention index's prefix).
    #expect(sql.count == 4)
    for index in sql { #expect(index.contains(CaseState.sqlIn(CaseState.running))) }
  }

  @Test func setsFollowTheStateRules() {
    #expect(CaseState.running == [.new, .assigned, .inProgress])
    #expect(CaseState.open == [.new, .assigned, .inProgress, .waiting])
    #expect(
      CaseState.sqlIn(CaseState.open) == "state IN ('new', 'assigned', 'in_progress', 'waiting')")
  }
}
