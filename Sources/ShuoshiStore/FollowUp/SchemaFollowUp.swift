import GRDB

/// Migration `v8-follow-up`: the projected 回访 columns of `cases` — when it falls due, the
/// failed attempts, the latest answer — and an index for the 待回访 queue. Existing rows are
/// filled as `Case.replay` would project their history: a resolved case's 回访 is due since
/// its resolution (its event predates the due time), a rated case's booth rating is its
/// answer (`Case.ratedAtBooth`).
enum SchemaFollowUp {
  static let identifier = "v8-follow-up"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE cases ADD COLUMN follow_up_due INTEGER;
        ALTER TABLE cases ADD COLUMN follow_up_attempts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN follow_up_result TEXT;
        UPDATE cases SET follow_up_due = resolved_at WHERE state = 'resolved';
        UPDATE cases SET follow_up_result =
          CASE rating WHEN 'unsatisfied' THEN 'unsolved' ELSE 'solved' END
          WHERE rating IS NOT NULL;
        CREATE INDEX cases_awaiting_follow_up ON cases(follow_up_due)
          WHERE follow_up_due IS NOT NULL;
        """)
  }
}
