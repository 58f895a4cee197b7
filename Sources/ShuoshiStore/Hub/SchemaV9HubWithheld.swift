import Foundation
import GRDB

/// Migration `v9-hub-withheld`: the events a hub sent without their personal records because
/// they belong to another unit (docs/HUB.md, scope). Their chains verify as ever (the hash
/// covers the records' digests only); `verify` counts a record missing here as withheld, not
/// lost, as it counts one an erasure reached.
enum SchemaV9HubWithheld {
  static let identifier = "v9-hub-withheld"

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE hub_withheld (event_uuid TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
        """)
  }

  /// Records the events of `fresh` the sender declared withheld (`uuids`) that came with a
  /// digest but no personal record.
  static func record(_ fresh: [StoredEvent], among uuids: Set<String>, _ db: Database) throws {
    guard !uuids.isEmpty else { return }
    let insert = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO hub_withheld (event_uuid) VALUES (?)")
    for s in fresh where s.personalDigest != nil && s.personal == nil {
      let uuid = s.event.uuid.uuidString
      if uuids.contains(uuid) { try insert.execute(arguments: [uuid]) }
    }
  }

  /// The withheld events among `uuids` (for a bundle to declare them in turn).
  static func withheld(among events: [StoredEvent], _ db: Database) throws -> [String]? {
    let candidates = events.filter { $0.personalDigest != nil && $0.personal == nil }
    var out: [String] = []
    for s in candidates where try isWithheld(s.event.uuid, db) {
      out.append(s.event.uuid.uuidString)
    }
    return out.isEmpty ? nil : out
  }

  /// Fills in the records of withheld events that arrive whole (from the street office, or
  /// a bundle of the unit that wrote them): the event itself is the same (checked by uuid and
  /// hash before), so its digest covers the record. Returns the entities touched.
  static func fill(_ arriving: [StoredEvent], _ db: Database) throws -> Set<UUID> {
    // Most laptops never hold a withheld record: one look, not one per event.
    guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM hub_withheld)") == true
    else { return [] }
    var touched: Set<UUID> = []
    let delete = try db.cachedStatement(sql: "DELETE FROM hub_withheld WHERE event_uuid = ?")
    for s in arriving where s.personal != nil {
      guard let p = s.personal, try isWithheld(s.event.uuid, db) else { continue }
      try PersonalRows.insert(p, for: s.event.uuid, into: db)
      try delete.execute(arguments: [s.event.uuid.uuidString])
      touched.insert(s.event.caseUUID)
    }
    return touched
  }

  static func isWithheld(_ event: UUID, _ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT 1 FROM hub_withheld WHERE event_uuid = ?"),
      arguments: [event.uuidString]) ?? false
  }
}
