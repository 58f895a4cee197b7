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
  /// `storedProfiles` false derives every candidate's profile from its row, as before
  /// `matter_profiles` (v10): the before and after in one binary, back to back.
  public func linkPerSave(samples: Int, storedProfiles: Bool = true) throws -> Timings {
    let rows = try store.pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM cases WHERE voided = 0 ORDER BY received_at DESC LIMIT ?",
        arguments: [samples])
    }
    var upkeep = WarningUpkeep(
      rules: rules, device: store.info.deviceID, actor: Actor("bench"), now: now)
    upkeep.storedProfiles = storedProfiles
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
    let profiles = storedProfiles ? "stored profiles" : "profiles derived from rows"
    return Timings(
      name: "linking of one save (keys, candidates, links, warning), \(profiles)",
      samplesMs: samplesMs)
  }

  /// What a worker's save costs now that linking runs after it: `samples` new grievances
  /// (the newest cases' residents and words again, received at `now`) taken in durably with
  /// linking deferred, each then linked in its own transaction as the save's upkeep does
  /// (`linkPending`). Writes `samples` cases: run it on a copy.
  public func saveThenLink(samples: Int, engine: CaseEngine) throws -> [Timings] {
    let sources = try store.pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM cases WHERE voided = 0 ORDER BY received_at DESC LIMIT ?",
        arguments: [samples])
    }.map(CaseRow.decode)
    let actor = Actor("bench")
    var saves: [Double] = []
    var links: [Double] = []
    for c in sources {
      let intake = Intake(
        resident: Resident(
          name: c.resident.name, phone: c.resident.phone, address: c.resident.address),
        otherParties: c.otherParties, text: c.text, receivedAt: now)
      let request = TakeInRequest(intake, owner: .unrouted, linking: .deferred)
      saves.append(
        try Stopwatch.ms { try store.takeIn(request, engine: engine, by: actor, now: now) }.1)
      links.append(
        try Stopwatch.ms { try store.linkPending(rules: rules, by: actor, now: now, limit: 1) }.1)
    }
    return [
      Timings(name: "save (take in, durable), linking deferred", samplesMs: saves),
      Timings(name: "linking after the save, own transaction", samplesMs: links),
    ]
  }

  /// One full re-scan of the cases received in the `days` before `now`.
  /// Rows: the whole re-scan, then its phases.
  public func rescan(days: Int) throws -> ([Timings], WarningRescanReport) {
    let ((report, p), ms) = try Stopwatch.ms {
      try store.rescanWarningsTimed(rules: rules, days: days, by: Actor("bench"), now: now)
    }
    let phases: [(String, Double)] = [
      ("read the window's cases", p.read), ("derive profiles", p.profiles),
      ("write keys and profiles", p.keys),
      ("compare \(report.pairs) pairs sharing a key, cluster", p.compare),
      ("settle matters, raise \(report.raised) warnings", p.settle),
    ]
    return (
      [Timings(name: "full re-scan, \(report.cases) cases of \(days) days", samplesMs: [ms])]
        + phases.map { Timings(name: "  re-scan: " + $0.0, samplesMs: [$0.1]) },
      report
    )
  }
}
