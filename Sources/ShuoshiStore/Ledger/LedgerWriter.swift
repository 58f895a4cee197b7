import Foundation
import GRDB
import ShuoshiCore

/// Stamps this laptop's new events: next sequence number, hybrid clock reading, causal
/// parents and the link to the previous event of the device's chain. The clock is the
/// largest reading in the log (local or imported), so it never goes backwards, even when the
/// wall clock does, and every new event sorts after everything this laptop has seen.
struct LedgerWriter {
  let device: String
  private(set) var seq: Int64
  private(set) var prevHash: Data
  private(set) var clock: HLC

  init(device: String, in db: Database) throws {
    self.device = device
    let last = try Row.fetchOne(
      db.cachedStatement(
        sql: "SELECT seq, hash FROM events WHERE device = ? ORDER BY seq DESC LIMIT 1"),
      arguments: [device])
    self.seq = last?["seq"] ?? 0
    self.prevHash = (last?["hash"] as Data?) ?? ChainHash.genesis
    self.clock = HLC(raw: try Int64.fetchOne(db, sql: "SELECT MAX(hlc) FROM events") ?? 0)
  }

  /// The heads of an entity's history: its events no later event names as a parent.
  static func heads(of entity: UUID, in db: Database) throws -> [UUID] {
    let rows = try Row.fetchAll(
      db.cachedStatement(sql: "SELECT uuid, parents FROM events WHERE case_uuid = ?"),
      arguments: [entity.uuidString])
    var all: [UUID] = []
    var named = Set<UUID>()
    for row in rows {
      if let u = UUID(uuidString: row["uuid"]) { all.append(u) }
      named.formUnion(EventRow.parents(row["parents"]))
    }
    return all.filter { !named.contains($0) }.sorted { $0.uuidString < $1.uuidString }
  }

  /// The heads of an entity's history for a new event of `device`, reading a few rows instead
  /// of the whole history: when this laptop last wrote on the entity, every event it held was
  /// an ancestor of that event (whose parents were the heads then), so only that event and
  /// those stored after it (imported since) can be heads. Falls back to `heads(of:in:)` when
  /// this laptop never wrote on it.
  static func heads(of entity: UUID, device: String, in db: Database) throws -> [UUID] {
    guard
      let last = try Row.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT num, uuid FROM events INDEXED BY events_by_case
            WHERE case_uuid = ? AND device = ? ORDER BY num DESC LIMIT 1
            """), arguments: [entity.uuidString, device])
    else { return try heads(of: entity, in: db) }
    let lastNum: Int64 = last["num"]
    let lastUUID: String = last["uuid"]
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: "SELECT uuid, parents FROM events WHERE case_uuid = ? AND num >= ? ORDER BY num"),
      arguments: [entity.uuidString, lastNum])
    var named = Set<String>()
    for row in rows {
      let parents: String = row["parents"]
      for p in parents.split(separator: ",") { named.insert(String(p)) }
    }
    // An event stored later may have been named by one stored before it (a child that came
    // first); rare, checked one by one.
    let namedBefore = try db.cachedStatement(
      sql: """
        SELECT EXISTS (SELECT 1 FROM events INDEXED BY events_by_case
          WHERE case_uuid = ? AND num < ? AND instr(parents, ?) > 0)
        """)
    var heads: [UUID] = []
    for row in rows {
      let uuid: String = row["uuid"]
      guard !named.contains(uuid), let u = UUID(uuidString: uuid) else { continue }
      if uuid != lastUUID,
        try Bool.fetchOne(namedBefore, arguments: [entity.uuidString, lastNum, uuid]) ?? false
      {
        continue
      }
      heads.append(u)
    }
    return heads.sorted { $0.uuidString < $1.uuidString }
  }

  /// Stamps, seals and writes one event of this device; a new event's uuid is time-ordered
  /// (`UUID.timeOrdered`), a given one (the generators') is kept.
  mutating func write(
    uuid: UUID? = nil, kind: EventKind, data: EventData, entity: UUID, parents: [UUID],
    operator name: String, at: Date, _ db: Database
  ) throws -> Event {
    do { clock = try clock.tick(now: at) } catch {
      throw StoreError.clockOutOfRange(physical: error.physical)
    }
    seq += 1
    let event = Event(
      uuid: uuid ?? UUID.timeOrdered(at: at, sequence: seq), caseUUID: entity, kind: kind, at: at,
      operator: name, device: device, seq: seq,
      hlc: clock, parents: parents, data: data)
    let stored = StoredEvent.seal(event, prevHash: prevHash)
    try EventRow.insert(stored, into: db)
    prevHash = stored.hash
    return event
  }
}
