import GRDB

/// Migration `v4-sessions`: indexes only — booth sessions live in the event log
/// (`session_opened` / `session_closed`, entity = the session's UUID) and a case names its
/// session in its `created` event, so nothing here needs upkeep when bundles from another
/// laptop are merged. The report indexes let a month be counted without reading every event.
enum SchemaV4Sessions {
  static let identifier = "v4-sessions"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        -- Sessions: their few events, by time.
        CREATE INDEX events_sessions ON events(hlc, device, seq)
          WHERE kind IN ('session_opened', 'session_closed');
        -- Cases taken in a session: the session named by the created event.
        CREATE INDEX events_created_by_session ON events(json_extract(data, '$.session'))
          WHERE kind = 'created' AND json_extract(data, '$.session') IS NOT NULL;
        -- Reports: per case, just the events whose facts a report reads (CaseFacts.eventKinds).
        CREATE INDEX events_report_kinds ON events(case_uuid, num)
          WHERE kind IN ('created', 'resolved', 'escalated', 'retiered', 'waiting', 'resumed',
            'reopened', 'undone');
        -- Reports: escalations and retiers within a period (上交, escalations by reason).
        CREATE INDEX events_moves_by_time ON events(at) WHERE kind IN ('escalated', 'retiered');
        -- Reports of a past period: cases touched after its end must be replayed.
        CREATE INDEX cases_by_updated ON cases(updated_at);
        """)
  }
}
