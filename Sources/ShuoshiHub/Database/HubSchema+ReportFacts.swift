extension HubSchema {
  /// Each case's report columns — the ones a laptop's report reads from its `cases` row — kept
  /// at ingest beside `hub_cases`, so a report reads rows by index instead of replaying every
  /// case of the street (issue 17). Filled for the cases already held by
  /// `HubReportFactsTable.backfill` when a hub opens.
  static let reportFacts = [
    """
    CREATE TABLE hub_report_facts (
      uuid text PRIMARY KEY,
      unit text NOT NULL,
      id text NOT NULL,
      received_at bigint NOT NULL,
      resident_name text NOT NULL,
      resident_phone text NOT NULL,
      household_id text,
      grid_id text,
      category text NOT NULL,
      tier text NOT NULL,
      tier_at_intake text NOT NULL,
      state text NOT NULL,
      deadline bigint,
      first_contact_due bigint,
      first_contact_at bigint,
      escalations integer NOT NULL,
      resolved_at bigint,
      closed_at bigint,
      rating text,
      reopen_count integer NOT NULL,
      updated_at bigint NOT NULL,
      follow_up_result text,
      voided boolean NOT NULL,
      supervised boolean NOT NULL
    )
    """,
    // The cohort (received in the period), for the street and for one unit.
    "CREATE INDEX hub_report_facts_by_received ON hub_report_facts (received_at)",
    "CREATE INDEX hub_report_facts_by_unit ON hub_report_facts (unit, received_at)",
    // Older cases still open, and those changed after the report's as-of moment.
    "CREATE INDEX hub_report_facts_by_state ON hub_report_facts (state, received_at)",
    "CREATE INDEX hub_report_facts_by_updated ON hub_report_facts (updated_at)",
    // Moves and supervision steps in a period (escalated, retiered, extended, …).
    "CREATE INDEX events_by_kind_at ON events (kind, at)",
  ]
}
