import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// A push's rows written in a few statements instead of one per event: each table gets one
/// `INSERT … SELECT … FROM UNNEST(arrays)` per batch (a round trip per table, not per row),
/// inside the push's transaction, so the batch stays all or nothing.
enum HubIngestRows {
  /// Inserts `fresh` into `events` (in batch order, so `num` follows it) and their personal
  /// records into `event_personal`.
  static func insert(_ fresh: [LedgerBatchEvent], _ c: PostgresConnection) async throws {
    guard !fresh.isEmpty else { return }
    // bytea arrays cannot hold NULL through PostgresNIO's encoders: a flag array says which
    // events have no personal digest.
    let digests = fresh.map { ByteBuffer(bytes: $0.personalDigest ?? Data()) }
    let hasDigest = fresh.map { $0.personalDigest != nil }
    try await c.query(
      """
      INSERT INTO events (uuid, entity, kind, at, operator, device, seq, hlc, parents, data,
        personal_digest, prev_hash, hash)
      SELECT u, en, k, a, o, d, s, h, p, dt, CASE WHEN hd THEN pd END, ph, hs
      FROM UNNEST(\(fresh.map(\.uuid.uuidString))::text[], \(fresh.map(\.entity.uuidString))::text[],
        \(fresh.map(\.kind.rawValue))::text[], \(fresh.map(\.at))::int8[],
        \(fresh.map(\.operator))::text[], \(fresh.map(\.device))::text[],
        \(fresh.map(\.seq))::int8[], \(fresh.map(\.hlc.raw))::int8[],
        \(fresh.map(\.parentsText))::text[], \(fresh.map(\.dataJSON))::text[], \(digests)::bytea[],
        \(hasDigest)::bool[], \(fresh.map { ByteBuffer(bytes: $0.prevHash) })::bytea[],
        \(fresh.map { ByteBuffer(bytes: $0.hash) })::bytea[])
        WITH ORDINALITY AS t(u, en, k, a, o, d, s, h, p, dt, pd, hd, ph, hs, n)
      ORDER BY n
      """, logger: HubDatabase.logger)
    let personal = fresh.compactMap { e -> (String, ByteBuffer, String)? in
      guard let salt = e.personalSalt, let body = e.personalBody else { return nil }
      return (e.uuid.uuidString, ByteBuffer(bytes: salt), body)
    }
    guard !personal.isEmpty else { return }
    try await c.query(
      """
      INSERT INTO event_personal (event_uuid, salt, body)
      SELECT * FROM UNNEST(\(personal.map(\.0))::text[], \(personal.map(\.1))::bytea[],
        \(personal.map(\.2))::text[])
      """, logger: HubDatabase.logger)
  }

  /// Each entity new to the hub belongs to the unit of the device that wrote its earliest
  /// event in `fresh` (ledger order); one statement for the batch.
  static func assignUnits(
    _ fresh: [LedgerBatchEvent], units: [String: String], _ c: PostgresConnection
  ) async throws {
    var first: [String: LedgerBatchEvent] = [:]
    for e in fresh {
      let key = e.entity.uuidString
      if let f = first[key], (f.hlc.raw, f.device, f.seq) <= (e.hlc.raw, e.device, e.seq) {
        continue
      }
      first[key] = e
    }
    let rows = first.compactMap { entity, e in units[e.device].map { (entity, $0) } }
      .sorted { $0.0 < $1.0 }
    guard !rows.isEmpty else { return }
    try await c.query(
      """
      INSERT INTO entity_units (entity, unit)
      SELECT * FROM UNNEST(\(rows.map(\.0))::text[], \(rows.map(\.1))::text[])
      ON CONFLICT (entity) DO NOTHING
      """, logger: HubDatabase.logger)
  }

  /// Of `entities`, those the hub already holds events of (read before the batch's insert).
  static func held(entities: [String], _ c: PostgresConnection) async throws -> Set<String> {
    guard !entities.isEmpty else { return [] }
    var out: Set<String> = []
    for try await entity in try await c.query(
      "SELECT DISTINCT entity FROM events WHERE entity = ANY(\(entities))",
      logger: HubDatabase.logger
    ).decode(String.self) {
      out.insert(entity)
    }
    return out
  }
}
