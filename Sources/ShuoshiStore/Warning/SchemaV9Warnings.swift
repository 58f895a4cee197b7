import GRDB

/// Migration `v9-warnings`: the keys linking finds cases by, each case's matter (cluster),
/// and the warnings projected from their events (`warning_*`, entity = the warning's UUID).
/// The log stays the truth: `warnings` and `warning_cases` are rebuilt from it, and
/// `shuoshi warnings rescan` rebuilds `matter_keys` and `matter_clusters` from the cases.
/// Nothing is backfilled here (a 1M store would wait on it); the rescan does that.
enum SchemaV9Warnings {
  static let identifier = "v9-warnings"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        -- Place and party keys of each case (c:小区, b:楼栋, o:对象), by key and time.
        CREATE TABLE matter_keys (
          key TEXT NOT NULL, at INTEGER NOT NULL, num INTEGER NOT NULL,
          PRIMARY KEY (key, at, num)) WITHOUT ROWID;
        CREATE INDEX matter_keys_by_num ON matter_keys(num);
        -- The matter a linked case belongs to: the UUID of its first case.
        CREATE TABLE matter_clusters (
          num INTEGER PRIMARY KEY, cluster TEXT NOT NULL);
        CREATE INDEX matter_clusters_by_cluster ON matter_clusters(cluster);
        -- Warnings as their events add up.
        CREATE TABLE warnings (
          uuid TEXT PRIMARY KEY, cluster TEXT, level TEXT NOT NULL, state TEXT NOT NULL,
          households INTEGER NOT NULL, place TEXT, party TEXT, group_word TEXT,
          first_at INTEGER NOT NULL, raised_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
          note TEXT, group_case TEXT);
        CREATE INDEX warnings_by_cluster ON warnings(cluster);
        CREATE TABLE warning_cases (
          warning_uuid TEXT NOT NULL, case_uuid TEXT NOT NULL,
          PRIMARY KEY (warning_uuid, case_uuid)) WITHOUT ROWID;
        CREATE INDEX warning_cases_by_case ON warning_cases(case_uuid);
        CREATE INDEX events_warnings ON events(case_uuid, hlc, device, seq)
          WHERE kind IN ('warning_raised', 'warning_acknowledged', 'warning_dismissed',
            'warning_taken_on');
        """)
  }
}
