import Foundation

/// The one rule for taking another ledger's events into a ledger that already holds some:
/// every event already held must be the same event (uuid and hash), and each device's new
/// events must continue its chain without a gap. The laptop's import (GRDB) and the hub's
/// ingest (PostgreSQL) both ask it, each answering `held` from its own tables.
public enum ChainContinuation {
  /// A held event of a device at a sequence number: its uuid and hash.
  public typealias Held = (uuid: String, hash: Data)

  /// The events of `events` not yet held, in device then sequence order. `have(device)` is
  /// the highest sequence number held for the device (0 for none); `held(device, seq)` the
  /// event held there. Events of `ownDevice` are taken only when already held: another
  /// ledger never writes in this one's name. `path` names the source in errors.
  static func fresh(
    _ events: [StoredEvent], ownDevice: String?, path: String,
    have: (String) throws -> Int64, held: (String, Int64) throws -> Held?
  ) throws -> [StoredEvent] {
    var byDevice: [String: [StoredEvent]] = [:]
    for s in events { byDevice[s.event.device, default: []].append(s) }
    var fresh: [StoredEvent] = []
    for (device, list) in byDevice.sorted(by: { $0.key < $1.key }) {
      let sorted = list.sorted { $0.event.seq < $1.event.seq }
      let top = try have(device)
      for s in sorted where s.event.seq <= top {
        guard let row = try held(device, s.event.seq), row.hash == s.hash,
          row.uuid == s.event.uuid.uuidString
        else { throw LedgerError.fork(device: device, seq: s.event.seq) }
      }
      let new = sorted.filter { $0.event.seq > top }
      guard let first = new.first else { continue }
      guard device != ownDevice else {
        throw LedgerError.ownChain(path: path, seq: first.event.seq)
      }
      guard first.event.seq == top + 1 else {
        throw LedgerError.gap(device: device, have: top, bundleStarts: first.event.seq)
      }
      let head = top == 0 ? ChainHash.genesis : try held(device, top)?.hash
      guard first.prevHash == head else { throw LedgerError.fork(device: device, seq: top) }
      fresh += new
    }
    return fresh
  }
}
