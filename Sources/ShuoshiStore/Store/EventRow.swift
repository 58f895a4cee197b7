import Foundation
import GRDB
import ShuoshiCore

/// Event ⇄ `events` row.
enum EventRow {
  static let insertSQL = """
    INSERT INTO events (uuid, case_uuid, kind, at, operator, device, seq, data)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    """

  static func insert(_ e: Event, into db: Database) throws {
    try db.cachedStatement(sql: insertSQL).execute(arguments: [
      e.uuid.uuidString, e.caseUUID.uuidString, e.kind.rawValue, Millis.from(e.at), e.operator,
      e.device, e.seq, EventJSON.encode(e.data),
    ])
  }

  static func decode(_ row: Row) throws -> Event {
    Event(
      uuid: UUID(uuidString: row["uuid"]) ?? UUID(),
      caseUUID: UUID(uuidString: row["case_uuid"]) ?? UUID(),
      kind: EventKind(rawValue: row["kind"]) ?? .noted, at: Millis.date(row["at"] as Int64),
      operator: row["operator"], device: row["device"], seq: row["seq"],
      data: try EventJSON.decode(row["data"]))
  }

  /// A case's events in the order they were appended.
  static func history(of caseUUID: UUID, in db: Database) throws -> [Event] {
    try Row.fetchAll(
      db.cachedStatement(sql: "SELECT * FROM events WHERE case_uuid = ? ORDER BY num"),
      arguments: [caseUUID.uuidString]
    ).map(decode)
  }
}
