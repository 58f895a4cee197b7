import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// Pulls: what a laptop lacks, within its unit.
extension Hub {
  /// The most device marks a pull may name.
  public static let maxMarks = 10_000

  /// Up to `limit` events past `marks` (device → highest the laptop holds), in device and
  /// sequence order, as a batch from the hub. Every device's chain is sent whole, so the
  /// laptop's chains stay complete and verifiable; but of an entity outside the laptop's unit
  /// (unless it is the street office's) the events come without their personal records —
  /// no resident's name, phone, address or words — as after an erasure.
  public func pull(
    after marks: [String: Int64], for laptop: HubLaptop, limit: Int = LedgerBatch.maxEvents,
    now: Date
  ) async throws -> LedgerBatch {
    guard marks.count <= Self.maxMarks, marks.keys.allSatisfy(IDFormat.isDeviceID) else {
      throw await logRefusal(.badBatch("bad device marks"), laptop: laptop)
    }
    let limit = max(1, min(limit, LedgerBatch.maxEvents))
    var tops: [(String, Int64)] = []
    for try await row in try await db.client.query(
      // The devices by a skip scan of the (device, seq) index, then each one's top: a few
      // index probes per device, where GROUP BY would read every event the hub holds.
      """
      WITH RECURSIVE d AS (
        SELECT min(device) AS device FROM events
        UNION ALL
        SELECT (SELECT min(device) FROM events WHERE device > d.device) FROM d
        WHERE d.device IS NOT NULL)
      SELECT device, (SELECT max(seq) FROM events e WHERE e.device = d.device) FROM d
      WHERE device IS NOT NULL ORDER BY device
      """
    ).decode((String, Int64).self) {
      tops.append(row)
    }
    var out: [LedgerBatchEvent] = []
    for (device, top) in tops where out.count < limit {
      let mark = marks[device] ?? 0
      guard top > mark else { continue }
      let rows = try await db.client.query(
        PostgresQuery(
          unsafeSQL:
            "\(HubLedgerRows.selectSQL) WHERE e.device = $1 AND e.seq > $2 ORDER BY e.seq LIMIT $3",
          binds: Self.binds(device, mark, Int64(limit - out.count))))
      for try await row in rows {
        let (event, unit) = try HubLedgerRows.decode(row)
        out.append(laptop.street || unit == laptop.unit ? event : event.withoutPersonal)
      }
    }
    return LedgerBatch(device: device, site: Self.site, events: out)
  }

  static func binds(_ device: String, _ mark: Int64, _ limit: Int64) -> PostgresBindings {
    var b = PostgresBindings()
    b.append(device)
    b.append(mark)
    b.append(limit)
    return b
  }
}
