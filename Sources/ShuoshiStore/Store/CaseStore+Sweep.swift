import Foundation
import GRDB
import ShuoshiCore

extension CaseStore {
  /// Escalates every overdue case whose clock runs, tier by tier as far as it is late (see
  /// `CaseEngine.sweepEscalations`); counts those already at the top. Touches only what is
  /// due (partial index on the running cases' deadlines), so a second run at the same moment
  /// changes nothing.
  public func sweep(engine: CaseEngine, by actor: Actor, now: Date) throws(StoreError)
    -> SweepOutcome
  {
    let now = Millis.truncate(now)
    return try write { db in try sweep(engine: engine, by: actor, now: now, db) }
  }

  /// `sweep` inside the caller's transaction (`SweepTrial` times it apart from the commit).
  func sweep(engine: CaseEngine, by actor: Actor, now: Date, _ db: Database) throws
    -> SweepOutcome
  {
    var outcome = SweepOutcome()
    // Waits past their expected end resume first: their clock then runs and may be late.
    outcome.waitsExpired = try resumeExpiredWaits(engine: engine, by: actor, now: now, db)
    // Cases at the top stay overdue until someone acts; they are only counted, so they are
    // not read again every minute.
    outcome.overdueAtStreet = try String.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT id FROM cases INDEXED BY cases_running_by_tier_deadline
          WHERE \(CaseState.sqlIn(CaseState.running)) AND tier = 'street' AND deadline < ?
            AND voided = 0
          """), arguments: [Millis.from(now)])
    let due = try SweepDue.read(engine: engine, now: now, db)
    guard !due.isEmpty else { return outcome }
    var reached: [Int: String] = [:]
    try SweepCache.enlarged(for: due.count, db) {
      // One writer for all the cases: the device's chain end and the clock are read once.
      var writer = try LedgerWriter(device: info.deviceID, in: db)
      // In row-id order: the table's pages are visited forward, once each, instead of in
      // deadline order all over the file.
      for i in due.indices.sorted(by: { due[$0].row.num < due[$1].row.num }) {
        let d = due[i]
        // One append for all the tiers climbed: each step is routed to its tier's owner.
        let updated = try append(
          d.drafts, to: d.c.uuid, existing: d.c, by: actor, at: now, writer: &writer,
          storedRow: d.row, db)
        reached[i] = updated.id
      }
    }
    // The outcome in the index's order (tier, then deadline), as the cases were read.
    for (i, d) in due.enumerated() {
      guard let id = reached[i] else { continue }
      for draft in d.drafts {
        if case .escalated(let e) = draft.payload, let tier = e.tier {
          outcome.escalated.append((id, tier))
        }
      }
    }
    return outcome
  }
}

/// The cases a sweep escalates: each late case's stored row (read once, also what the fold
/// compares against), the case it decodes to and the drafts of its climb.
struct SweepDue {
  var row: SweepStoredRow
  var c: Case
  var drafts: [EventDraft]

  /// The late running cases below the street office, in force, not merged and not children
  /// of an open group (the parent's clock rules them), that have something to climb.
  static func read(engine: CaseEngine, now: Date, _ db: Database) throws -> [SweepDue] {
    // A cursor, not `fetchAll`: its rows find a column by name in one dictionary lookup, where
    // a copied row lowercases every column name until one matches (`SweepStoredRow`).
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT * FROM cases INDEXED BY cases_running_by_tier_deadline
          WHERE \(CaseState.sqlIn(CaseState.running))
            AND tier IN ('household', 'residence', 'district') AND deadline < ? AND voided = 0
            AND uuid NOT IN (SELECT case_uuid FROM case_ledger WHERE merged_into IS NOT NULL)
            AND uuid NOT IN (\(GroupCaseSQL.childrenOfOpenGroups))
          """), arguments: [Millis.from(now)])
    var due: [SweepDue] = []
    while let row = try rows.next() {
      let c = CaseRow.decode(row)
      let drafts = engine.sweepEscalations(for: c, now: now)
      guard !drafts.isEmpty else { continue }
      due.append(SweepDue(row: SweepStoredRow(row), c: c, drafts: drafts))
    }
    return due
  }
}
