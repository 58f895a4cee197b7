import Foundation
import GRDB
import ShuoshiCore

/// What a full `verify` checks beyond chains and case projections: the file itself, rows of
/// the derived tables that belong to no case, and the register tables.
extension LedgerVerifier {
  /// SQLite's `integrity_check` (pages, free list, every index against its table). A full
  /// verify only: on the demo store (2,000 cases, 12 MB) it took ~150 ms of a ~3.6 s verify.
  /// Returns false when the damage stops the check itself: nothing else can be read safely.
  func checkFile(_ db: Database, _ report: inout VerifyReport) throws -> Bool {
    let lines: [String]
    do {
      lines = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
      report.problems.append(.damaged(detail: error.message ?? "\(error.resultCode)"))
      return false
    }
    guard lines != ["ok"] else { return true }
    report.problems.append(.damaged(detail: lines.prefix(5).joined(separator: "; ")))
    return true
  }

  /// Rows of `cases`, `case_ledger` and the search indexes that no `created` event accounts
  /// for, compared as text: a uuid that does not parse is an orphan too.
  func checkOrphans(created: Set<UUID>, _ db: Database, _ report: inout VerifyReport) throws {
    func known(_ text: String) -> Bool { UUID(uuidString: text).map(created.contains) ?? false }
    for row in try Row.fetchAll(db, sql: "SELECT uuid, id FROM cases ORDER BY uuid")
    where !known(row["uuid"]) {
      report.problems.append(.projectionOrphan(caseID: row["id"] ?? row["uuid"]))
    }
    for uuid in try String.fetchAll(db, sql: "SELECT case_uuid FROM case_ledger ORDER BY case_uuid")
    where !known(uuid) {
      report.problems.append(.ledgerOrphan(caseUUID: uuid))
    }
    var stray = 0
    for table in ["cases_fts", "cases_fts_short"] {
      stray +=
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM \(table) WHERE rowid NOT IN (SELECT num FROM cases)") ?? 0
    }
    if stray > 0 { report.problems.append(.searchOrphans(rows: stray)) }
  }

  /// The register tables against a replay of the register's events in memory (what
  /// `RegisterProjection.rebuild` would write): the same uuids with the same records, and
  /// each household's member rows.
  func checkRegister(_ db: Database, _ report: inout VerifyReport) throws {
    var expected: [String: [String: String]] = [:]  // table → uuid → data
    var members: [String: Int] = [:]  // household uuid → member rows
    let rows = try Row.fetchCursor(
      db,
      sql:
        "\(EventRow.selectSQL) WHERE e.kind IN (\(RegisterProjection.kindsSQL)) \(EventRow.ledgerOrder)"
    )
    while let row = try rows.next() {
      let event = try EventRow.decode(row)
      guard let record = RegisterProjection.record(of: event) else { continue }
      expected[record.table, default: [:]][record.uuid.uuidString] = record.data
      if let h = event.data.household {
        members[h.uuid.uuidString] = RegisterProjection.members(of: h).count
      }
    }
    for table in RegisterProjection.recordTables {
      let want = expected[table] ?? [:]
      var have: [String: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT uuid, data FROM \(table)") {
        have[row["uuid"]] = row["data"]
      }
      let missing = want.keys.filter { have[$0] == nil }.count
      let extra = have.keys.filter { want[$0] == nil }.count
      let changed = want.filter { uuid, data in have[uuid].map { $0 != data } ?? false }.count
      if missing + extra + changed > 0 {
        report.problems.append(
          .registerDiffers(table: table, missing: missing, extra: extra, changed: changed))
      }
    }
    var haveMembers: [String: Int] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT household_uuid, count(*) AS n FROM household_members GROUP BY household_uuid"
    ) {
      haveMembers[row["household_uuid"]] = row["n"]
    }
    let missing = members.reduce(0) { $0 + max(0, $1.value - (haveMembers[$1.key] ?? 0)) }
    let extra = haveMembers.reduce(0) { $0 + max(0, $1.value - (members[$1.key] ?? 0)) }
    if missing + extra > 0 {
      report.problems.append(
        .registerDiffers(table: "household_members", missing: missing, extra: extra, changed: 0))
    }
  }
}
