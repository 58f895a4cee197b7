import GRDB

/// Migration `v9-save-cost`: fewer index entries to write per save. A new case wrote an entry
/// into every full index and into each partial one over running cases; three of those served
/// only reads that other indexes answer as well:
/// - `cases_live_by_state (voided, state)` and `cases_live_by_tier_state (voided, tier, state)`
///   kept the tab counts index-only with `voided = 0` in their WHERE. Counts now count every
///   match on `cases_by_state` / `cases_by_tier_state` and take away the voided ones, read
///   from a partial index of voided cases alone, which a case in force never touches
///   (`CaseQuery.countStatements`).
/// - `cases_running_by_deadline (deadline, voided)` repeated the prefix of
///   `cases_running_attention (deadline, received_at DESC, num DESC)` over the same rows.
/// With no index leading with the flag, `voided = 0` can no longer displace a narrower one.
enum SchemaV9SaveCost {
  static let identifier = "v9-save-cost"

  /// The voided cases (作废), newest first: the voided-only list and what counts take away.
  static let voided = "cases_voided"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP INDEX cases_live_by_state;
        DROP INDEX cases_live_by_tier_state;
        DROP INDEX cases_running_by_deadline;
        CREATE INDEX \(voided) ON cases(received_at DESC, num DESC) WHERE voided = 1;
        """)
  }
}
