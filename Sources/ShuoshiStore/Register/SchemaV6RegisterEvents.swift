import GRDB

/// Migration `v6-register-events`: a partial index on the register's events in ledger order.
/// Rebuilding the register after an import read them through the whole log's time index —
/// 2.5 s at 6.6 million events. The list of kinds is frozen here; `RegisterProjection.kinds`
/// must equal it (a test checks), or SQLite cannot use the index.
enum SchemaV6RegisterEvents {
  static let identifier = "v6-register-events"
  static let kindsSQL = "'unit_saved', 'grid_saved', 'household_saved', 'person_saved'"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: "CREATE INDEX events_register ON events(hlc, device, seq) WHERE kind IN (\(kindsSQL))")
  }
}
