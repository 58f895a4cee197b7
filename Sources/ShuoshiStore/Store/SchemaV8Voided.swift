import GRDB

/// 作废: a voided case keeps its row (its history, `show`, search by id) but leaves queues,
/// counts and reports, which all read `voided = 0`. No store before this one can hold a voided
/// case, so every existing row starts at 0.
///
/// The tab counts were answered from indexes alone; with the flag in their WHERE they would
/// read every row. So the counts get indexes that lead with the flag, and the running cases'
/// deadline indexes (overdue counts, the sweep) carry it — same names, so `INDEXED BY` holds.
enum SchemaV8Voided {
  static let identifier = "v8-voided"

  static func migrate(_ db: Database) throws {
    // The running states as the v1 partial indexes wrote them (a migration never changes).
    let running = "state IN ('new', 'assigned', 'in_progress')"
    try db.execute(
      sql: """
        ALTER TABLE cases ADD COLUMN voided INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX cases_live_by_state ON cases(voided, state);
        CREATE INDEX cases_live_by_tier_state ON cases(voided, tier, state);
        DROP INDEX cases_running_by_deadline;
        CREATE INDEX cases_running_by_deadline ON cases(deadline, voided) WHERE \(running);
        DROP INDEX cases_running_by_tier_deadline;
        CREATE INDEX cases_running_by_tier_deadline ON cases(tier, deadline, voided)
          WHERE \(running);
        """)
  }
}
