import GRDB

/// The database layout, as GRDB migrations. The events table is the truth; `cases` is its
/// projection, kept in the same transaction; the two FTS5 tables index resident name,
/// address, phone and text (trigram for 3+ characters, a per-character index for 1–2).
enum Schema {
  /// Marks a database as ours, so another program's SQLite file is never taken for one.
  static let appMarker = "shuoshi"
  /// The newest migration this build knows.
  static var latestVersion: String { migrator.migrations.last ?? "" }

  /// Every migration, in the order they were introduced. Never reorder or edit a shipped one:
  /// add a new one at the end.
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1-events-cases", migrate: v1)
    m.registerMigration("v2-register", migrate: v2Register)
    m.registerMigration(LedgerSchema.identifier, migrate: LedgerSchema.migrate)
    m.registerMigration(SchemaV4Sessions.identifier, migrate: SchemaV4Sessions.migrate)
    m.registerMigration(SearchIndexUpkeep.identifier, migrate: SearchIndexUpkeep.migrate)
    m.registerMigration(SchemaV6RegisterEvents.identifier, migrate: SchemaV6RegisterEvents.migrate)
    m.registerMigration(SearchIndex.nameKeysMigration, migrate: SearchIndex.migrateNameKeys)
    m.registerMigration(SchemaV8Voided.identifier, migrate: SchemaV8Voided.migrate)
    m.registerMigration(SchemaFollowUp.identifier, migrate: SchemaFollowUp.migrate)
    m.registerMigration(SchemaV8Extensions.identifier, migrate: SchemaV8Extensions.migrate)
    m.registerMigration(SchemaV8Attention.identifier, migrate: SchemaV8Attention.migrate)
    m.registerMigration(SchemaV9Rounds.identifier, migrate: SchemaV9Rounds.migrate)
    m.registerMigration(SchemaV9Operators.identifier, migrate: SchemaV9Operators.migrate)
    m.registerMigration(SchemaV9Groups.identifier, migrate: SchemaV9Groups.migrate)
    m.registerMigration(SchemaV9SaveCost.identifier, migrate: SchemaV9SaveCost.migrate)
    m.registerMigration(SchemaV9Warnings.identifier, migrate: SchemaV9Warnings.migrate)
    m.registerMigration(SchemaV9HubWithheld.identifier, migrate: SchemaV9HubWithheld.migrate)
    m.registerMigration(SchemaV10LinkProfiles.identifier, migrate: SchemaV10LinkProfiles.migrate)
    m.registerMigration(SchemaV11SaveCost.identifier, migrate: SchemaV11SaveCost.migrate)
    m.registerMigration(SchemaV11WarningMerge.identifier, migrate: SchemaV11WarningMerge.migrate)
    return m
  }

  static func v1(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);

        CREATE TABLE events (
          num INTEGER PRIMARY KEY,
          uuid TEXT NOT NULL UNIQUE,
          case_uuid TEXT NOT NULL,
          kind TEXT NOT NULL,
          at INTEGER NOT NULL,
          operator TEXT NOT NULL,
          device TEXT NOT NULL,
          seq INTEGER NOT NULL,
          data TEXT NOT NULL,
          UNIQUE (device, seq)
        );
        CREATE INDEX events_by_case ON events(case_uuid, num);
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
          BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
          BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

        CREATE TABLE cases (
          num INTEGER PRIMARY KEY,
          uuid TEXT NOT NULL UNIQUE,
          id TEXT NOT NULL UNIQUE,
          received_at INTEGER NOT NULL,
          resident_name TEXT NOT NULL,
          resident_phone TEXT NOT NULL,
          phone_tail TEXT NOT NULL,
          address TEXT NOT NULL,
          household_id TEXT,
          grid_id TEXT,
          other_parties TEXT NOT NULL,
          category TEXT NOT NULL,
          text TEXT NOT NULL,
          tier TEXT NOT NULL,
          tier_at_intake TEXT NOT NULL,
          state TEXT NOT NULL,
          state_before_waiting TEXT,
          paused_at INTEGER,
          assignee TEXT,
          deadline INTEGER,
          first_contact_due INTEGER,
          first_contact_at INTEGER,
          urgent INTEGER NOT NULL,
          referred INTEGER NOT NULL,
          escalations INTEGER NOT NULL,
          resolved_at INTEGER,
          closed_at INTEGER,
          summary TEXT,
          rating TEXT,
          reopen_count INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          event_count INTEGER NOT NULL
        );
        CREATE INDEX cases_by_received ON cases(received_at DESC, num DESC);
        CREATE INDEX cases_by_state ON cases(state, received_at DESC);
        CREATE INDEX cases_by_tier_state ON cases(tier, state, received_at DESC);
        CREATE INDEX cases_by_assignee ON cases(assignee, state, received_at DESC);
        CREATE INDEX cases_by_phone_tail ON cases(phone_tail);
        -- The sweep and the overdue queue touch only cases whose clock runs.
        CREATE INDEX cases_running_by_deadline ON cases(deadline)
          WHERE state IN ('new', 'assigned', 'in_progress');
        CREATE INDEX cases_running_by_tier_deadline ON cases(tier, deadline)
          WHERE state IN ('new', 'assigned', 'in_progress');

        CREATE VIRTUAL TABLE cases_fts USING fts5(body, content='', tokenize='trigram');
        CREATE VIRTUAL TABLE cases_fts_short USING fts5(body, content='', tokenize='unicode61');
        """)
  }
}
