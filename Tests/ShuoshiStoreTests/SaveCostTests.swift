import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// What one intake save writes (issue 14, docs/PERFORMANCE.md "The save at 1M"): the owned
/// case's row inserted once, its uuid beside the last save's in the indexes keyed by it, and
/// no index entries that no query reads (`v11-save-cost`) — while the queries keep their plans.
@Suite("The intake save writes only what is read")
struct SaveCostTests {
  func plan(_ sql: String, _ store: CaseStore) throws -> String {
    try store.pool.read { db in
      // A literal for each parameter: the plan of an equality with a value, as bound.
      try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN " + sql.replacingOccurrences(of: "?", with: "'x'")
      )
      .map { $0["detail"] as String }
      .joined(separator: " ")
    }
  }

  @Test func routedIntakeInsertsTheOwnedRowOnce() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try RoutingStoreTests().registered(f)
    // Counts every update of a case row on the writer's connection (temp: this test's only).
    try store.pool.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          CREATE TEMP TABLE case_updates (n INTEGER);
          CREATE TEMP TRIGGER count_case_updates AFTER UPDATE ON main.cases
          BEGIN INSERT INTO case_updates VALUES (1); END;
          """)
    }
    let c = try store.add(
      Intake(
        resident: Resident(name: "王秀英", phone: "", address: "六堰社区3号楼2单元502室"),
        text: "楼上卫生间漏水，天花板泡了", receivedAt: EngineFixture.at("2026-11-28 10:00")),
      engine: f.engine, by: f.actor, now: EngineFixture.at("2026-11-28 10:00"))
    let updates = try store.pool.writeWithoutTransaction { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_updates") ?? -1
    }
    #expect(updates == 0)
    #expect(c.assignee == "张德明")
    #expect(c.state == .assigned)
    let history = try store.history(of: c)
    #expect(history.map(\.kind) == [.created, .triaged, .assigned])
    // The assigned event descends from the intake's, as when it was appended after the row.
    #expect(history[2].parents == [history[1].uuid])
    // The stored row is what the history says.
    var replayed = try #require(Case.replay(history))
    replayed.id = c.id
    #expect(try store.find(c.id) == replayed)
    #expect(c == replayed)
  }

  @Test func aNewCaseUUIDIsTimeOrdered() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let now = EngineFixture.at("2026-11-28 10:00")
    let c = try store.add(f.intake("楼道灯坏了"), engine: f.engine, by: f.actor, now: now)
    let hex = c.uuid.uuidString.replacingOccurrences(of: "-", with: "")
    #expect(hex.dropFirst(12).first == "7")
    let ms = UInt64(now.timeIntervalSince1970 * 1000)
    #expect(String(hex.prefix(12)) == String(format: "%012llX", ms))
  }

  @Test func ownerHouseholdAndGridIndexesHoldNoNulls() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let sql = try store.pool.read { db in
      try Dictionary(
        uniqueKeysWithValues: Row.fetchAll(
          db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).map { ($0["name"] as String, $0["sql"] as String) })
    }
    for (name, column, _) in SchemaV11SaveCost.partial {
      #expect(sql[name]?.hasSuffix("WHERE \(column) IS NOT NULL") == true, "\(name)")
    }
    #expect(sql["cases_by_volunteer_id"] == nil)
  }

  /// The register's queries on those columns read through the same indexes as before.
  @Test func theQueriesKeepTheirIndexes() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let open = CaseState.sqlIn(CaseState.open)
    let expected = [
      ("SELECT num, * FROM cases WHERE household_id = ? AND voided = 0", "cases_by_household"),
      (
        """
        SELECT household_id, COUNT(*) FROM cases WHERE voided = 0
          AND household_id IN (SELECT uuid FROM households WHERE grid_uuid = ?)
          GROUP BY household_id
        """, "cases_by_household"
      ),
      (
        """
        SELECT * FROM cases WHERE assignee_id = ? AND voided = 0 AND \(open)
          ORDER BY received_at DESC, num DESC LIMIT 50
        """, "cases_by_assignee_id"
      ),
      (
        """
        SELECT assignee_id, COUNT(*) FROM cases WHERE assignee_id IN (?, ?) AND voided = 0
          AND \(open) GROUP BY assignee_id
        """, "cases_by_assignee_id"
      ),
      ("SELECT * FROM cases WHERE grid_id = ?", "cases_by_grid"),
      (
        "SELECT COUNT(*) FROM cases WHERE assignee = ? AND state IN ('new', 'assigned')",
        "cases_by_assignee"
      ),
    ]
    for (query, index) in expected {
      let detail = try plan(query, store)
      #expect(
        detail.contains("USING INDEX \(index)") || detail.contains("COVERING INDEX \(index)"),
        "\(detail)")
    }
    var q = CaseQuery()
    q.assignee = "张德明"
    let (filter, _) = q.filterClause()
    #expect(try plan("SELECT * FROM cases WHERE \(filter)", store).contains("cases_by_assignee"))
  }
}
