import Foundation
import GRDB
import ShuoshiCore

/// Timings for linking and 预警 (docs/PERFORMANCE.md, "Early warning (issue 18)"): the linking
/// work of one save, on the newest cases of the store (each in a transaction rolled back, so
/// the store is left as it was), and a full re-scan (which rewrites the matter tables and may
/// raise warnings: run it on a copy).
public struct WarningBenchmark {
  public let store: CaseStore
  public let rules: WarningRules
  public let now: Date

  public init(store: CaseStore, rules: WarningRules, now: Date) {
    self.store = store
    self.rules = rules
    self.now = now
  }

  /// Linking of `samples` of the newest cases, one at a time, as a save does it.
  public func linkPerSave(samples: Int) throws -> Timings {
    let rows = try store.pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM cases WHERE voided = 0 ORDER BY received_at DESC LIMIT ?",
        arguments: [samples])
    }
    let upkeep = WarningUpkeep(
      rules: rules, device: store.info.deviceID, actor: Actor("bench"), now: now)
    var samplesMs: [Double] = []
    for row in rows {
      let c = CaseRow.decode(row)
      try store.pool.writeWithoutTransaction { db in
        try db.inTransaction {
          samplesMs.append(try Stopwatch.ms { try upkeep.link(c, db) }.1)
          return .rollback
        }
      }
    }
    return Timings(
      name: "linking of one save (keys, candidates, links, warning)", samplesMs: samplesMs)
  }

  /// One full re-scan of the cases received in the `days` before `now`.
  public func rescan(days: Int) throws -> (Timings, WarningRescanReport) {
    let (report, ms) = try Stopwatch.ms {
      try store.rescanWarnings(rules: rules, days: days, by: Actor("bench"), now: now)
    }
    return (
      Timings(name: "full re-scan, \(report.cases) cases of \(days) days", samplesMs: [ms]), report
    )
  }
}
