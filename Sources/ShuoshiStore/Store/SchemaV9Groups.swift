import GRDB

/// Group cases (母案/子案): one row per child naming its parent, projected from the child's
/// `grouped`/`ungrouped` events (`GroupCaseProjection`), so a parent's children and a child's
/// parent are one index lookup. No store before this one holds a group link.
enum SchemaV9Groups {
  static let identifier = "v9-groups"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE case_groups (
          child_uuid TEXT PRIMARY KEY NOT NULL,
          parent_uuid TEXT NOT NULL,
          warning TEXT
        );
        CREATE INDEX case_groups_by_parent ON case_groups(parent_uuid);
        """)
  }
}
