import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// The hub's `events` and `event_personal` rows: reading the chain around a batch and reading
/// back as checked events (the inserts: `HubIngestRows`).
enum HubLedgerRows {
  /// What the hub holds of the batch's devices: each one's top sequence number, and the
  /// (uuid, hash) at the sequence numbers the batch overlaps plus the one before its first.
  struct Held {
    var top: [String: Int64] = [:]
    var rows: [String: [Int64: ChainContinuation.Held]] = [:]
  }

  static func held(around events: [LedgerBatchEvent], _ c: PostgresConnection) async throws -> Held
  {
    var held = Held()
    var ranges: [String: ClosedRange<Int64>] = [:]
    for e in events {
      let r = ranges[e.device].map { min($0.lowerBound, e.seq)...max($0.upperBound, e.seq) }
      ranges[e.device] = r ?? e.seq...e.seq
    }
    for (device, range) in ranges {
      for try await top in try await c.query(
        "SELECT COALESCE(MAX(seq), 0) FROM events WHERE device = \(device)",
        logger: HubDatabase.logger
      ).decode(Int64.self) {
        held.top[device] = top
      }
      let low = range.lowerBound - 1
      let high = max(range.upperBound, held.top[device] ?? 0)
      for try await (seq, uuid, hash) in try await c.query(
        "SELECT seq, uuid, hash FROM events WHERE device = \(device) AND seq BETWEEN \(low) AND \(high)",
        logger: HubDatabase.logger
      ).decode((Int64, String, Data).self) {
        held.rows[device, default: [:]][seq] = (uuid: uuid, hash: hash)
      }
    }
    return held
  }

  /// An event new to its chain whose uuid the hub already holds elsewhere is a fork.
  static func refuseKnownUUIDs(_ fresh: [LedgerBatchEvent], source: String, _ c: PostgresConnection)
    async throws
  {
    guard !fresh.isEmpty else { return }
    let uuids = fresh.map(\.uuid.uuidString)
    for try await (device, seq) in try await c.query(
      "SELECT device, seq FROM events WHERE uuid = ANY(\(uuids)) LIMIT 1",
      logger: HubDatabase.logger
    ).decode((String, Int64).self) {
      throw LedgerError.fork(device: device, seq: seq)
    }
  }

  /// The columns of a stored event with its personal record and its entity's unit.
  static let selectSQL = """
    SELECT e.uuid, e.entity, e.kind, e.at, e.operator, e.device, e.seq, e.hlc, e.parents,
      e.data, e.personal_digest, e.prev_hash, e.hash, p.salt, p.body, u.unit
    FROM events e LEFT JOIN event_personal p ON p.event_uuid = e.uuid
    LEFT JOIN entity_units u ON u.entity = e.entity
    """

  /// A row of `selectSQL` as a checked event (its hash re-checked) and its entity's unit.
  static func decode(_ row: PostgresRow) throws -> (LedgerBatchEvent, unit: String?) {
    let r = row.makeRandomAccess()
    func v<T: PostgresDecodable>(_ i: Int, _ t: T.Type) throws -> T { try r[i].decode(T.self) }
    let event = try LedgerBatchEvent(
      uuid: v(0, String.self), entity: v(1, String.self), kind: v(2, String.self),
      at: v(3, Int64.self), operator: v(4, String.self), device: v(5, String.self),
      seq: v(6, Int64.self), hlc: v(7, Int64.self), parents: v(8, String.self),
      data: v(9, String.self), personalDigest: v(10, Data?.self), prevHash: v(11, Data.self),
      hash: v(12, Data.self), personalSalt: v(13, Data?.self), personalBody: v(14, String?.self),
      source: "the hub's database")
    return (event, try v(15, String?.self))
  }
}
