import Foundation
import GRDB
import ShuoshiCore

/// Rewrites the `warnings` row and its `warning_cases` from the warning's events, for local
/// writes and imports alike.
enum WarningProjection {
  static let kinds = """
    kind IN ('warning_raised', 'warning_acknowledged', 'warning_dismissed', 'warning_taken_on',
      'warning_merged')
    """

  /// The warning's events in ledger order.
  static func history(_ uuid: UUID, _ db: Database) throws -> [Event] {
    try Row.fetchAll(
      db.cachedStatement(
        sql:
          "\(EventRow.selectSQL) WHERE e.\(kinds) AND e.case_uuid = ? \(EventRow.ledgerOrder)"),
      arguments: [uuid.uuidString]
    ).map(EventRow.decode)
  }

  @discardableResult
  static func rebuild(_ uuid: UUID, cluster: String? = nil, _ db: Database) throws -> Warning? {
    let events = try history(uuid, db)
    guard var w = Warning.replay(events) else { return nil }
    try db.cachedStatement(
      sql: """
        INSERT INTO warnings (uuid, cluster, level, state, households, place, party, group_word,
          first_at, raised_at, updated_at, note, group_case)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(uuid) DO UPDATE SET cluster = COALESCE(excluded.cluster, cluster),
          level = excluded.level, state = excluded.state, households = excluded.households,
          place = excluded.place, party = excluded.party, group_word = excluded.group_word,
          first_at = excluded.first_at, raised_at = excluded.raised_at,
          updated_at = excluded.updated_at, note = excluded.note, group_case = excluded.group_case
        """
    ).execute(arguments: [
      w.uuid.uuidString, cluster, w.level.rawValue, w.state.rawValue, w.households, w.place,
      w.party, w.groupWord, Millis.from(w.firstAt), Millis.from(w.raisedAt),
      Millis.from(w.updatedAt), w.note, w.groupCase?.uuidString,
    ])
    try db.execute(
      sql: "DELETE FROM warning_cases WHERE warning_uuid = ?", arguments: [w.uuid.uuidString])
    let insert = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO warning_cases (warning_uuid, case_uuid) VALUES (?, ?)")
    for c in w.cases { try insert.execute(arguments: [w.uuid.uuidString, c.uuidString]) }
    let edge = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO warning_merges (absorbed, survivor) VALUES (?, ?)")
    for e in events {
      if case .warningMerged(let m) = e.payload, let s = m.survivor, s != w.uuid {
        try edge.execute(arguments: [w.uuid.uuidString, s.uuidString])
      }
    }
    // Which warning of a merged matter stands is the store's (`WarningMerge`), not one event's.
    w.mergedInto = try mergedInto(w.uuid, db)
    return w
  }

  /// The survivor a merged warning was folded into (`warnings.merged_into`).
  static func mergedInto(_ uuid: UUID, _ db: Database) throws -> UUID? {
    try String.fetchOne(
      db.cachedStatement(sql: "SELECT merged_into FROM warnings WHERE uuid = ?"),
      arguments: [uuid.uuidString]
    ).flatMap(UUID.init(uuidString:))
  }

  static func decode(_ row: Row, cases: [UUID]) -> Warning {
    Warning(
      uuid: UUID(uuidString: row["uuid"]) ?? UUID(),
      level: WarningLevel(rawValue: row["level"]) ?? .yellow,
      state: WarningState(rawValue: row["state"]) ?? .open, cases: cases,
      households: row["households"], place: row["place"], party: row["party"],
      groupWord: row["group_word"], firstAt: Millis.date(row["first_at"] as Int64),
      raisedAt: Millis.date(row["raised_at"] as Int64),
      updatedAt: Millis.date(row["updated_at"] as Int64), note: row["note"],
      groupCase: (row["group_case"] as String?).flatMap(UUID.init(uuidString:)),
      mergedInto: (row["merged_into"] as String?).flatMap(UUID.init(uuidString:)))
  }

  static func cases(of uuid: UUID, _ db: Database) throws -> [UUID] {
    try String.fetchAll(
      db.cachedStatement(sql: "SELECT case_uuid FROM warning_cases WHERE warning_uuid = ?"),
      arguments: [uuid.uuidString]
    ).compactMap(UUID.init(uuidString:))
  }

  static func load(_ uuid: UUID, _ db: Database) throws -> Warning? {
    try Row.fetchOne(
      db.cachedStatement(sql: "SELECT * FROM warnings WHERE uuid = ?"),
      arguments: [uuid.uuidString]
    ).map { decode($0, cases: try cases(of: uuid, db)) }
  }
}
