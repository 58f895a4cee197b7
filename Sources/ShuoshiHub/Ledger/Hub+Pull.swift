import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// Pulls: what a laptop lacks, within its unit.
extension Hub {
  /// The most device marks a pull may name.
  public static let maxMarks = 10_000

  /// Up to `limit` events past `marks` (device → highest the laptop holds), in device and
  /// sequence order, as a batch from the hub: of the chains in the laptop's scope
  /// (`HubScope`: a unit laptop gets its unit's and the street office's devices, the street
  /// office every device). Each chain is sent whole, so the laptop's chains stay complete and
  /// verifiable; but of an entity outside the laptop's unit (unless it is the street office's)
  /// the events come without their personal records — no resident's name, phone, address or
  /// words — as after an erasure.
  public func pull(
    after marks: [String: Int64], for laptop: HubLaptop, limit: Int = LedgerBatch.maxEvents,
    now: Date
  ) async throws -> LedgerBatch {
    guard marks.count <= Self.maxMarks, marks.keys.allSatisfy(IDFormat.isDeviceID) else {
      throw await logRefusal(.badBatch("bad device marks"), laptop: laptop)
    }
    let started = ContinuousClock.now
    let limit = max(1, min(limit, LedgerBatch.maxEvents))
    let tops = try await HubScope.deviceTops(for: laptop, db.client)
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
    HubLoadTimings.pull(sent: out.count, took: ContinuousClock.now - started)
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
