import Foundation
import PostgresNIO
import ShuoshiCore
import ShuoshiStore

/// What a push stored.
public struct HubPushReport: Sendable, Codable, Equatable {
  public var received: Int
  public var added: Int
  public var casesTouched: Int
}

/// Pushes: a laptop's batch, checked as a bundle is, stored all or nothing.
extension Hub {
  /// Checks and stores a batch (the bundle's event format) from `laptop`. Every event must
  /// pass the bundle's checks, belong to a device enrolled in the laptop's unit (any unit for
  /// the street office) and continue its device's chain as the hub holds it; else nothing is
  /// stored and the refusal is logged. A batch sent again adds nothing; batches of different
  /// devices may come in any order.
  public func push(_ body: Data, from laptop: HubLaptop, now: Date) async throws -> HubPushReport {
    let source = "push from \(laptop.name)"
    let started = ContinuousClock.now
    let batch: LedgerBatch
    do { batch = try LedgerBatch.decode(body, source: source, now: now, skew: clockSkew) } catch let
      e as LedgerError
    {
      throw await logRefusal(.badBatch(e.message(.en)), laptop: laptop)
    }
    let units = try await deviceUnits()
    for device in Set(batch.events.map(\.device)).sorted() {
      guard let unit = units[device], laptop.street || unit == laptop.unit else {
        throw await logRefusal(.foreignChain(laptop: laptop.name, device: device), laptop: laptop)
      }
    }
    do {
      let waiting = ContinuousClock.now
      let (report, lockWait) = try await db.transaction { c in
        // One ingest at a time: the chain heads read below stay the heads until commit.
        try await c.query("SELECT pg_advisory_xact_lock(17018)", logger: HubDatabase.logger)
        let lockWait = ContinuousClock.now - waiting
        let held = try await HubLedgerRows.held(around: batch.events, c)
        let fresh = try batch.fresh(
          source: source, have: { held.top[$0] ?? 0 }, held: { held.rows[$0]?[$1] })
        try await HubLedgerRows.refuseKnownUUIDs(fresh, source: source, c)
        let touched = Set(fresh.map(\.entity.uuidString)).sorted()
        let heldBefore = try await HubIngestRows.held(entities: touched, c)
        try await HubIngestRows.insert(fresh, c)
        try await HubIngestRows.assignUnits(fresh, units: units, c)
        try await HubProjection.rebuild(
          touched: touched, fresh: fresh, heldBefore: heldBefore, c)
        let report = HubPushReport(
          received: batch.events.count, added: fresh.count, casesTouched: touched.count)
        return (report, lockWait)
      }
      HubLoadTimings.push(
        received: report.received, added: report.added, took: ContinuousClock.now - started,
        lockWait: lockWait)
      return report
    } catch let e as LedgerError {
      throw await logRefusal(.badBatch(e.message(.en)), laptop: laptop)
    }
  }

  /// Each enrolled device's unit.
  func deviceUnits() async throws -> [String: String] {
    var out: [String: String] = [:]
    for try await (device, unit) in try await db.client.query(
      "SELECT device, unit FROM laptops WHERE device IS NOT NULL"
    ).decode((String, String).self) {
      out[device] = unit
    }
    return out
  }

  /// The hub's top sequence number of each device `laptop` may push (0 for none yet): a
  /// laptop sends each of these chains past its mark.
  public func pushMarks(for laptop: HubLaptop) async throws -> [String: Int64] {
    var out: [String: Int64] = [:]
    for try await (device, top) in try await db.client.query(
      """
      SELECT l.device, COALESCE((SELECT MAX(seq) FROM events e WHERE e.device = l.device), 0)
      FROM laptops l WHERE l.device IS NOT NULL AND (\(laptop.street) OR l.unit = \(laptop.unit))
      """
    ).decode((String, Int64).self) {
      out[device] = top
    }
    return out
  }
}
