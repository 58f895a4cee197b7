import Foundation
import GRDB
import ShuoshiCore

/// What an encrypted copy must match of the plain store it was made from (`shuoshi encrypt`):
/// every device's hash chain (each event's content hashed again, the head compared), what the
/// chain walk found wrong, and the row count of every table. With SQLite's integrity check
/// of the copy (every page read, so every page's tag checked) this shows the copy whole in
/// linear time, where replaying every case (`verify`, twice) took over 20 minutes at a million
/// cases; `shuoshi verify` still replays them whenever the worker asks.
struct StoreFingerprint: Equatable {
  var chains: [VerifyReport.Chain] = []
  var problems: [VerifyReport.Problem] = []
  var rows: [String: Int] = [:]

  var eventCount: Int { chains.reduce(0) { $0 + $1.events } }
  var caseCount: Int { rows["cases"] ?? 0 }

  /// The first difference from `other`, said for the message (nil: the same).
  func difference(from other: StoreFingerprint) -> String? {
    if chains != other.chains { return "hash chains" }
    if problems != other.problems { return "chain findings" }
    for table in Set(rows.keys).union(other.rows.keys).sorted()
    where rows[table] != other.rows[table] {
      return "table \(table): \(rows[table] ?? 0)/\(other.rows[table] ?? 0) rows"
    }
    return nil
  }
}

extension CaseStore {
  func fingerprint() throws(StoreError) -> StoreFingerprint {
    try read { db in
      var report = VerifyReport()
      var withoutPersonal: [UUID: [UUID]] = [:]
      let verifier = LedgerVerifier()
      for device in try String.fetchAll(
        db, sql: "SELECT DISTINCT device FROM events ORDER BY device")
      {
        try verifier.checkChain(device, db, &report, &withoutPersonal)
      }
      var found = StoreFingerprint(chains: report.chains, problems: report.problems)
      // Tables of the schema (virtual tables and their shadow tables too), not SQLite's own.
      let tables = try String.fetchAll(
        db,
        sql: """
          SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
          ORDER BY name
          """)
      for table in tables {
        found.rows[table] = try Int.fetchOne(
          db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)")
      }
      return found
    }
  }
}
