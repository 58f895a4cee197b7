import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Case ids count on past 999 in numeric order, and ignore suffixed ids.
@Suite struct CaseIDAllocationTests {
  @Test func afterNineHundredNinetyNineComesOneThousandAndOne() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let now = EngineFixture.at("2026-11-28 10:00")
    let first = try store.add(f.intake("楼上漏水"), engine: f.engine, by: f.actor, now: now)
    #expect(first.id == "HJ-20261128-001")
    // Copies of the case under ids that sort badly as text: 999 > 1000 and a suffixed id.
    for id in ["HJ-20261128-999", "HJ-20261128-1000", "HJ-20261128-0042-B"] {
      try store.pool.write { db in
        try db.execute(
          sql: "CREATE TEMP TABLE copy AS SELECT * FROM cases WHERE id = ?", arguments: [first.id])
        try db.execute(
          sql: "UPDATE copy SET uuid = ?, id = ?, num = NULL", arguments: [UUID().uuidString, id])
        try db.execute(sql: "INSERT INTO cases SELECT * FROM copy")
        try db.execute(sql: "DROP TABLE copy")
      }
    }
    let next = try store.add(f.intake("又漏水了"), engine: f.engine, by: f.actor, now: now)
    #expect(next.id == "HJ-20261128-1001")
  }
}
