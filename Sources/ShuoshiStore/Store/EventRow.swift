import Foundation
import GRDB
import ShuoshiCore

/// Event ⇄ `events` row (+ its `event_personal` row, see docs/LEDGER.md).
enum EventRow {
  static let insertSQL = """
    INSERT INTO events (uuid, case_uuid, kind, at, operator, device, seq, data, hlc, parents,
      personal_digest, prev_hash, hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// The columns of a stored event, with its personal fields joined in.
  static let selectSQL = """
    SELECT e.uuid, e.case_uuid, e.kind, e.at, e.operator, e.device, e.seq, e.data, e.hlc,
      e.parents, e.personal_digest, e.prev_hash, e.hash, p.salt AS personal_salt,
      p.body AS personal_body
    FROM events e LEFT JOIN event_personal p ON p.event_uuid = e.uuid
    """

  /// The ledger order, the same on every laptop.
  static let ledgerOrder = "ORDER BY e.hlc, e.device, e.seq"

  static func insert(_ s: StoredEvent, into db: Database) throws {
    let e = s.event
    try db.cachedStatement(sql: insertSQL).execute(arguments: [
      e.uuid.uuidString, e.caseUUID.uuidString, e.kind.rawValue, Millis.from(e.at), e.operator,
      e.device, e.seq, s.dataJSON, e.hlc.raw, parentsText(e.parents), s.personalDigest,
      s.prevHash, s.hash,
    ])
    if let p = s.personal { try PersonalRows.insert(p, for: e.uuid, into: db) }
  }

  static func parentsText(_ parents: [UUID]) -> String {
    parents.map(\.uuidString).joined(separator: ",")
  }

  static func parents(_ text: String) -> [UUID] {
    text.split(separator: ",").compactMap { UUID(uuidString: String($0)) }
  }

  /// `withData: false` leaves `event.data` empty: the hash chain covers the stored JSON text,
  /// so `verify` checks a chain without decoding it (JSON decoding was most of its time).
  static func decodeStored(_ row: Row, withData: Bool = true) throws -> StoredEvent {
    let dataJSON: String = row["data"]
    let event = Event(
      uuid: UUID(uuidString: row["uuid"]) ?? UUID(),
      caseUUID: UUID(uuidString: row["case_uuid"]) ?? UUID(),
      kind: EventKind(rawValue: row["kind"]) ?? .noted, at: Millis.date(row["at"] as Int64),
      operator: row["operator"], device: row["device"], seq: row["seq"],
      hlc: HLC(raw: row["hlc"]), parents: parents(row["parents"]),
      data: withData ? try EventJSON.decode(dataJSON) : EventData())
    var personal: PersonalRecord?
    if let salt: Data = row["personal_salt"], let body: String = row["personal_body"] {
      personal = PersonalRecord(salt: salt, body: body)
    }
    return StoredEvent(
      event: event, dataJSON: dataJSON, personal: personal,
      personalDigest: row["personal_digest"], prevHash: row["prev_hash"] ?? Data(),
      hash: row["hash"] ?? Data())
  }

  /// The event as people see it: personal fields put back while they are kept.
  static func decode(_ row: Row) throws -> Event { try decodeStored(row).fullEvent }

  /// A case's events in ledger order (hybrid clock, device, sequence).
  static func history(of caseUUID: UUID, in db: Database) throws -> [Event] {
    try storedHistory(of: caseUUID, in: db).map(\.fullEvent)
  }

  static func storedHistory(of caseUUID: UUID, in db: Database) throws -> [StoredEvent] {
    try Row.fetchAll(
      db.cachedStatement(sql: "\(selectSQL) WHERE e.case_uuid = ? \(ledgerOrder)"),
      arguments: [caseUUID.uuidString]
    ).map { try decodeStored($0) }
  }
}

/// The `event_personal` table: personal fields apart from the append-only log.
enum PersonalRows {
  static func insert(_ p: PersonalRecord, for event: UUID, into db: Database) throws {
    try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO event_personal (event_uuid, salt, body) VALUES (?, ?, ?)"
    ).execute(arguments: [event.uuidString, p.salt, p.body])
  }

  static func delete(_ events: [UUID], in db: Database) throws {
    let statement = try db.cachedStatement(sql: "DELETE FROM event_personal WHERE event_uuid = ?")
    for e in events { try statement.execute(arguments: [e.uuidString]) }
  }
}
