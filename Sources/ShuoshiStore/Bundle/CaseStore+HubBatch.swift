import Foundation
import GRDB
import ShuoshiCore

/// The laptop's side of `shuoshi sync --hub`: what it holds per device, the events a hub
/// lacks as a batch, and a batch from the hub merged as a bundle is.
extension CaseStore {
  /// The highest sequence number held of each device's chain.
  public func deviceMarks() throws(StoreError) -> [String: Int64] {
    try read { db in
      var out: [String: Int64] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT device, MAX(seq) AS top FROM events GROUP BY device")
      {
        out[row["device"]] = row["top"]
      }
      return out
    }
  }

  /// Up to `limit` events past `marks` (device → highest held there), of `devices` only
  /// (nil: every device), in device and sequence order: each device's part continues the
  /// chain the receiver holds.
  public func outgoingBatch(after marks: [String: Int64], devices: Set<String>?, limit: Int)
    throws(StoreError) -> LedgerBatch
  {
    let events = try read { db -> [StoredEvent] in
      var out: [StoredEvent] = []
      let held = try String.fetchAll(db, sql: "SELECT DISTINCT device FROM events ORDER BY device")
      let after = try db.cachedStatement(
        sql: "\(EventRow.selectSQL) WHERE e.device = ? AND e.seq > ? ORDER BY e.seq LIMIT ?")
      for device in held where out.count < limit && devices?.contains(device) ?? true {
        let rows = try Row.fetchAll(
          after, arguments: [device, marks[device, default: 0], limit - out.count])
        out += try rows.map { try EventRow.decodeStored($0) }
      }
      return out
    }
    return LedgerBatch(
      device: info.deviceID, site: info.siteCode, events: events.map(LedgerBatchEvent.init))
  }

  /// Merges a batch from the hub (its JSON, in the bundle's format) with every check of a
  /// bundle import: nothing is stored unless all of it is.
  public func importBatch(_ data: Data, source: String, now: Date, options: BundleImportOptions)
    throws -> BundleImportReport
  {
    let batch = try LedgerBatch.decode(data, source: source, now: now, skew: options.clockSkew)
    // The hub withholds every record it leaves out (another unit's residents).
    let withheld = batch.events.filter { $0.personalDigest != nil && $0.personalBody == nil }
    return try merge(
      batch.events.map(\.stored), from: (batch.device, batch.site), path: source,
      encrypted: false, now: now, withheld: Set(withheld.map(\.uuid.uuidString)),
      options: options)
  }
}
