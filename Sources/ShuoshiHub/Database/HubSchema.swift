import Foundation
import Logging
import PostgresNIO

/// The hub's tables, as migrations applied in order and recorded in `hub_migrations`; a
/// migration is never edited once shipped, only a new one appended.
enum HubSchema {
  struct Migration {
    let id: String
    let sql: [String]
  }

  static let migrations: [Migration] = [
    Migration(id: "hub-v1-ledger", sql: ledger),
    Migration(id: "hub-v1-laptops", sql: laptops),
    Migration(id: "hub-v1-cases", sql: cases),
    Migration(id: "hub-v2-web", sql: web),
    Migration(id: "hub-v3-report-facts", sql: reportFacts),
  ]

  /// The events of every laptop, as the laptops keep them (`events` + `event_personal`, see
  /// docs/LEDGER.md): append-only, one row per (device, seq) and per uuid, so a batch sent
  /// twice adds nothing.
  static let ledger = [
    """
    CREATE TABLE events (
      num bigserial PRIMARY KEY,
      uuid text NOT NULL UNIQUE,
      entity text NOT NULL,
      kind text NOT NULL,
      at bigint NOT NULL,
      operator text NOT NULL,
      device text NOT NULL,
      seq bigint NOT NULL CHECK (seq > 0),
      hlc bigint NOT NULL,
      parents text NOT NULL,
      data text NOT NULL,
      personal_digest bytea,
      prev_hash bytea NOT NULL,
      hash bytea NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (device, seq)
    )
    """,
    "CREATE INDEX events_by_entity ON events (entity, hlc, device, seq)",
    """
    CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'events are append-only'; END $$
    """,
    """
    CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_append_only()
    """,
    """
    CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_append_only()
    """,
    // Personal fields apart from the log: an erasure deletes rows here, the log keeps the digest.
    """
    CREATE TABLE event_personal (
      event_uuid text PRIMARY KEY REFERENCES events (uuid),
      salt bytea NOT NULL,
      body text NOT NULL
    )
    """,
    // Which unit each case or register record belongs to: the unit of the laptop whose
    // device wrote its first event the hub received.
    "CREATE TABLE entity_units (entity text PRIMARY KEY, unit text NOT NULL)",
    // The hub's own identity (its device id in the batches it sends).
    "CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL)",
  ]

  /// Units, their laptops, the laptops' tokens (SHA-256 only) and one-time enrolment codes.
  static let laptops = [
    """
    CREATE TABLE units (
      name text PRIMARY KEY,
      -- The street office sees every unit.
      street boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )
    """,
    """
    CREATE TABLE laptops (
      id bigserial PRIMARY KEY,
      unit text NOT NULL REFERENCES units (name),
      name text NOT NULL UNIQUE,
      -- Set at enrolment: the laptop's device id (its chain).
      device text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )
    """,
    """
    CREATE TABLE enrolment_codes (
      code_hash bytea PRIMARY KEY,
      laptop_id bigint NOT NULL REFERENCES laptops (id),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )
    """,
    """
    CREATE TABLE tokens (
      token_hash bytea PRIMARY KEY,
      laptop_id bigint NOT NULL REFERENCES laptops (id),
      created_at timestamptz NOT NULL DEFAULT now()
    )
    """,
    // Every refusal, for the street office to read: who, when, why.
    """
    CREATE TABLE refusals (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      laptop_id bigint REFERENCES laptops (id),
      reason text NOT NULL
    )
    """,
  ]

  /// Each case as `Case.replay` projects it from its merged events (the laptops' fold), with
  /// its unit, for queries over the street.
  static let cases = [
    """
    CREATE TABLE hub_cases (
      uuid text PRIMARY KEY,
      unit text NOT NULL,
      case_id text NOT NULL,
      state text NOT NULL,
      category text NOT NULL,
      tier text NOT NULL,
      received_at bigint NOT NULL,
      deadline bigint,
      updated_at bigint NOT NULL,
      event_count integer NOT NULL,
      voided boolean NOT NULL
    )
    """,
    "CREATE INDEX hub_cases_by_unit ON hub_cases (unit, state)",
  ]

  /// Applies the migrations not yet applied, each in its own transaction; concurrent hubs
  /// wait on an advisory lock.
  static func migrate(_ db: HubDatabase) async throws {
    try await db.client.query(
      "CREATE TABLE IF NOT EXISTS hub_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
    )
    for m in migrations {
      try await db.transaction { c in
        try await c.query("SELECT pg_advisory_xact_lock(17017)", logger: HubDatabase.logger)
        let done = try await c.query(
          "SELECT 1 FROM hub_migrations WHERE id = \(m.id)", logger: HubDatabase.logger)
        for try await _ in done { return }
        for statement in m.sql {
          try await c.query(PostgresQuery(unsafeSQL: statement), logger: HubDatabase.logger)
        }
        try await c.query(
          "INSERT INTO hub_migrations (id) VALUES (\(m.id))", logger: HubDatabase.logger)
      }
    }
  }

  /// The migrations applied, in order.
  static func applied(_ db: HubDatabase) async throws -> [String] {
    var out: [String] = []
    let rows = try await db.client.query("SELECT id FROM hub_migrations ORDER BY applied_at, id")
    for try await id in rows.decode(String.self) { out.append(id) }
    return out
  }
}
