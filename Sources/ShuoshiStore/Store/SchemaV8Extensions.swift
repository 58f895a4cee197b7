import GRDB

/// Migration `v8-extensions`: the projected columns of the supervision rules — a wait's expected
/// end and the 暂停超时 mark, the tiers extended at (延期, comma-separated), the 退单 and 催办
/// counts, the 督办 flag — with partial indexes for the sweep's expired waits and the two
/// views (暂停超时, 督办), and the report's event index widened to the supervision kinds.
/// The two views' indexes lead with `voided` (every list reads `voided = 0`, and an index on
/// the flag alone would win the planner's choice otherwise). Existing cases have none of these events, so the defaults are their
/// true projection.
enum SchemaV8Extensions {
  static let identifier = "v8-extensions"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE cases ADD COLUMN wait_until INTEGER;
        ALTER TABLE cases ADD COLUMN wait_expired INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN extended_tiers TEXT NOT NULL DEFAULT '';
        ALTER TABLE cases ADD COLUMN returns INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN urges INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN supervised INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX cases_waiting_until ON cases(wait_until) WHERE state = 'waiting';
        CREATE INDEX cases_wait_expired ON cases(voided, updated_at) WHERE wait_expired = 1;
        CREATE INDEX cases_supervised ON cases(voided, updated_at) WHERE supervised = 1;
        -- Reports read the supervision events too (CaseFacts.eventKinds): the partial index of
        -- the report's kinds must list exactly those kinds, or SQLite cannot use it.
        DROP INDEX events_report_kinds;
        CREATE INDEX events_report_kinds ON events(case_uuid, num)
          WHERE kind IN ('created', 'resolved', 'escalated', 'retiered', 'waiting', 'resumed',
            'reopened', 'undone', 'extended', 'returned', 'urged', 'supervised');
        -- Reports: older cases with a supervision step in the period.
        CREATE INDEX events_supervision_by_time ON events(at)
          WHERE kind IN ('extended', 'returned', 'urged', 'supervised');
        """)
  }
}
