import GRDB

/// Migration `v11-warning-merge`: one matter seen on two laptops is one warning. Each
/// `warning_merged` event is an edge (`warning_merges`: the warning it is on, the survivor it
/// names), projected from the log like the rest; `warnings.merged_into` is the survivor the
/// store settled on for the edges' connected group (`WarningMerge`), NULL for a warning that
/// stands. Both small: no backfill, nothing to read at 1M.
enum SchemaV11WarningMerge {
  static let identifier = "v11-warning-merge"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE warnings ADD COLUMN merged_into TEXT;
        CREATE TABLE warning_merges (
          absorbed TEXT NOT NULL, survivor TEXT NOT NULL,
          PRIMARY KEY (absorbed, survivor)) WITHOUT ROWID;
        CREATE INDEX warning_merges_by_survivor ON warning_merges(survivor);
        """)
  }
}
