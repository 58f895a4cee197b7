import Foundation
import GRDB
import ShuoshiCore

/// When a save's linking runs: right after its commit (the CLI, scripts, tests), or later in
/// the owner's idle upkeep (the console, which paints the receipt first).
public enum LinkingTime: Sendable {
  case afterSave
  case deferred
}

/// What one round of pending linking did.
public struct LinkingReport: Sendable, Equatable {
  /// Cases linked, warnings raised or raised further, and whether marks remain.
  public var linked = 0
  public var raised = 0
  public var remaining = false
}

extension CaseStore {
  /// Links the cases saved but not linked yet (`matter_pending`), in save order, each in its
  /// own short write transaction, at most `limit` of them: the save's upkeep, never inside
  /// the save. A case whose linking fails keeps its mark and is tried again at the next upkeep.
  @discardableResult
  public func linkPending(
    rules: WarningRules, by actor: Actor, now: Date, limit: Int = 100
  ) throws(StoreError) -> LinkingReport {
    let upkeep = WarningUpkeep(
      rules: rules, device: info.deviceID, actor: actor, now: Millis.truncate(now))
    var report = LinkingReport()
    // Read first: with nothing waiting (the usual case) no write transaction is opened.
    let waiting = try read { db in
      try Int64.fetchAll(
        db, sql: "SELECT num FROM matter_pending ORDER BY num LIMIT ?", arguments: [max(0, limit)])
    }
    for num in waiting {
      let raised = try write { db -> Bool? in
        // Another process (the CLI beside the console) may have linked it meanwhile.
        try db.execute(sql: "DELETE FROM matter_pending WHERE num = ?", arguments: [num])
        guard db.changesCount > 0,
          let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM cases WHERE num = ?"), arguments: [num])
        else { return nil }
        return try upkeep.link(CaseRow.decode(row), db).raised
      }
      guard let raised else { continue }
      report.linked += 1
      if raised { report.raised += 1 }
    }
    report.remaining = waiting.count == max(0, limit) ? try hasPendingLinks() : false
    return report
  }

  /// Whether cases wait for linking.
  public func hasPendingLinks() throws(StoreError) -> Bool {
    try read { db in
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM matter_pending)") ?? false
    }
  }
}

extension WarningUpkeep {
  /// Marks the saved case `uuid` for linking after the save commits (one indexed insert).
  static func markPending(_ uuid: UUID, _ db: Database) throws {
    try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO matter_pending (num) SELECT num FROM cases WHERE uuid = ?"
    ).execute(arguments: [uuid.uuidString])
  }
}
