import Foundation
import GRDB
import ShuoshiCore

/// Migration `v3-ledger`: hybrid clock, causal parents and hash chain on every event;
/// personal fields moved out of the log into `event_personal`; the ledger side of the
/// projection (`case_ledger`); per-peer export marks. Rows of older data directories are
/// backfilled here, in Swift, in each device's sequence order.
enum LedgerSchema {
  static let identifier = "v3-ledger"

  static let sql = """
    ALTER TABLE events ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE events ADD COLUMN parents TEXT NOT NULL DEFAULT '';
    ALTER TABLE events ADD COLUMN personal_digest BLOB;
    ALTER TABLE events ADD COLUMN prev_hash BLOB;
    ALTER TABLE events ADD COLUMN hash BLOB;

    -- Personal fields of events, apart from the append-only log: erasing a resident deletes
    -- rows here; the log keeps only their salted digest.
    CREATE TABLE event_personal (
      event_uuid TEXT PRIMARY KEY NOT NULL,
      salt BLOB NOT NULL,
      body TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TRIGGER event_personal_no_update BEFORE UPDATE ON event_personal
      BEGIN SELECT RAISE(ABORT, 'personal rows are replaced only by erasure'); END;

    -- The ledger side of each case's projection, rewritten with it.
    CREATE TABLE case_ledger (
      case_uuid TEXT PRIMARY KEY NOT NULL,
      base_id TEXT NOT NULL,
      created_hlc INTEGER NOT NULL,
      created_device TEXT NOT NULL,
      created_seq INTEGER NOT NULL,
      merged_into TEXT,
      erased INTEGER NOT NULL DEFAULT 0,
      conflict INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE INDEX case_ledger_by_base ON case_ledger(base_id);
    CREATE INDEX case_ledger_conflicts ON case_ledger(conflict) WHERE conflict = 1;
    CREATE INDEX case_ledger_merged ON case_ledger(merged_into) WHERE merged_into IS NOT NULL;

    -- What was last sent to each peer laptop, per device: `export --since-last-export-to`.
    CREATE TABLE peer_marks (
      peer TEXT NOT NULL,
      device TEXT NOT NULL,
      seq INTEGER NOT NULL,
      PRIMARY KEY (peer, device)
    ) WITHOUT ROWID;
    """

  static func migrate(_ db: Database) throws {
    try db.execute(sql: sql)
    try db.execute(sql: "DROP TRIGGER events_no_update")
    try backfillEvents(db)
    try db.execute(sql: "CREATE INDEX events_by_hlc ON events(hlc)")
    try db.execute(
      sql: """
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
          BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        """)
    try backfillCaseLedger(db)
  }

  /// Stamps existing events as if written by `LedgerWriter`: per device in sequence order,
  /// clock from each event's time, parents the entity's previous event, personal fields
  /// moved out, chain hashed.
  static func backfillEvents(_ db: Database) throws {
    let rows = try Row.fetchCursor(
      db,
      sql:
        "SELECT num, uuid, case_uuid, kind, at, operator, device, seq, data FROM events ORDER BY device, seq"
    )
    var clock = HLC()
    var device = ""
    var prev = ChainHash.genesis
    var lastOfEntity: [String: UUID] = [:]
    let update = try db.makeStatement(
      sql: """
        UPDATE events SET hlc = ?, parents = ?, data = ?, personal_digest = ?, prev_hash = ?,
          hash = ? WHERE num = ?
        """)
    while let row = try rows.next() {
      let rowDevice: String = row["device"]
      if rowDevice != device {
        device = rowDevice
        prev = ChainHash.genesis
      }
      let entity: String = row["case_uuid"]
      let uuid = UUID(uuidString: row["uuid"]) ?? UUID()
      clock = try clock.tick(now: Millis.date(row["at"] as Int64))
      let full = Event(
        uuid: uuid, caseUUID: UUID(uuidString: entity) ?? UUID(),
        kind: EventKind(rawValue: row["kind"]) ?? .noted, at: Millis.date(row["at"] as Int64),
        operator: row["operator"], device: device, seq: row["seq"], hlc: clock,
        parents: lastOfEntity[entity].map { [$0] } ?? [],
        data: try EventJSON.decode(row["data"]))
      let stored = StoredEvent.seal(full, prevHash: prev)
      try update.execute(arguments: [
        clock.raw, EventRow.parentsText(full.parents), stored.dataJSON, stored.personalDigest,
        stored.prevHash, stored.hash, row["num"] as Int64,
      ])
      if let p = stored.personal { try PersonalRows.insert(p, for: uuid, into: db) }
      prev = stored.hash
      lastOfEntity[entity] = uuid
    }
  }

  /// One `case_ledger` row per existing case (single-laptop data: no merges or conflicts).
  static func backfillCaseLedger(_ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO case_ledger (case_uuid, base_id, created_hlc, created_device, created_seq)
        SELECT c.uuid, c.id, e.hlc, e.device, e.seq FROM cases c
        JOIN events e ON e.case_uuid = c.uuid AND e.kind = 'created'
        """)
  }
}
