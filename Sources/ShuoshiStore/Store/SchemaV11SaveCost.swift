import GRDB

/// Migration `v11-save-cost`: no index entries that no query reads. Every query on the
/// owner, household and grid columns names a value (`assignee_id = ?`, `household_id IN (…)`,
/// `grid_id IS NOT NULL`), so their entries for NULL — every case of a store without a
/// register, and every case not yet owned or of an unregistered resident in one with it — were
/// written at each save and never read. Those four indexes become partial (`WHERE … IS NOT
/// NULL`, which SQLite uses for any comparison with a value), and `cases_by_volunteer_id`,
/// which no query uses (the volunteer tally reads `cases_by_state`), is dropped. The plans of
/// the queries stay as they were (`SaveIndexPlanTests`); a new case without an owner,
/// household or grid writes five index entries fewer.
enum SchemaV11SaveCost {
  static let identifier = "v11-save-cost"

  /// The indexes made partial, each with its columns: the names stay, so a plan reads the same.
  static let partial = [
    ("cases_by_assignee", "assignee", "assignee, state, received_at DESC"),
    ("cases_by_assignee_id", "assignee_id", "assignee_id, state, received_at DESC"),
    ("cases_by_household", "household_id", "household_id, received_at DESC"),
    ("cases_by_grid", "grid_id", "grid_id, state"),
  ]

  static func migrate(_ db: Database) throws {
    for (name, column, columns) in partial {
      try db.execute(
        sql: """
          DROP INDEX \(name);
          CREATE INDEX \(name) ON cases(\(columns)) WHERE \(column) IS NOT NULL;
          """)
    }
    try db.execute(sql: "DROP INDEX cases_by_volunteer_id")
  }
}
