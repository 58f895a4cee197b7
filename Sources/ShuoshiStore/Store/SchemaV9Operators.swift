import GRDB

/// Operator changes (added, removed, new PIN, recovered) as an append-only audit table: the
/// keyring file holds only the operators of now; this keeps who did what to whom, when, in the
/// store that the street office audits (triggers refuse UPDATE and DELETE, as on `events`).
enum SchemaV9Operators {
  static let identifier = "v9-operators"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE operator_audit (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at INTEGER NOT NULL,
          change TEXT NOT NULL,
          operator_id TEXT NOT NULL,
          operator_name TEXT NOT NULL,
          role TEXT NOT NULL,
          grid TEXT,
          by_id TEXT NOT NULL,
          by_name TEXT NOT NULL,
          device TEXT NOT NULL
        );
        CREATE TRIGGER operator_audit_no_update BEFORE UPDATE ON operator_audit
          BEGIN SELECT RAISE(ABORT, 'operator_audit is append-only'); END;
        CREATE TRIGGER operator_audit_no_delete BEFORE DELETE ON operator_audit
          BEGIN SELECT RAISE(ABORT, 'operator_audit is append-only'); END;
        """)
  }
}
