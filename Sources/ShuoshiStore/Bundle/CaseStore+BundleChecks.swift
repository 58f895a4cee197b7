import Foundation
import ShuoshiCore

/// The checks of a whole bundle made before anything is written (docs/LEDGER.md, "Limits a
/// bundle must keep"). Each refusal names the file, the event (device and sequence) and the
/// field.
extension CaseStore {
  /// The bundle's events, each checked: its hash and personal digest, its ids and texts, its
  /// clock (valid, and at most `skew` ahead of `now`), at most `BundleLimits.maxEventsPerCase`
  /// per case, and each device's events consecutive and linked.
  static func checkedEvents(_ payload: BundlePayload, path: String, now: Date, skew: TimeInterval)
    throws -> [StoredEvent]
  {
    guard IDFormat.isDeviceID(payload.device) else {
      throw LedgerError.badIdentity(path: path, field: "device", value: payload.device)
    }
    guard IDFormat.isSiteCode(payload.site) else {
      throw LedgerError.badIdentity(path: path, field: "site", value: payload.site)
    }
    // Counted first, on the raw entity ids: cheap, before any event is decoded or hashed.
    var perCase: [String: Int] = [:]
    for e in payload.events { perCase[e.entity.uppercased(), default: 0] += 1 }
    if let (entity, count) = perCase.first(where: { $0.value > BundleLimits.maxEventsPerCase }) {
      throw LedgerError.tooManyEvents(
        path: path, caseUUID: entity, count: count, limit: BundleLimits.maxEventsPerCase)
    }
    let nowMs = Millis.from(now)
    // Clamped to 10^12 s (any larger setting means "no limit"); NaN counts as none.
    let seconds = skew.isNaN ? 0 : min(max(0, skew), 1e12)
    let limit = nowMs.addingReportingOverflow(Int64(seconds * 1000)).partialValue
    var stored: [StoredEvent] = []
    stored.reserveCapacity(payload.events.count)
    for e in payload.events {
      guard IDFormat.isDeviceID(e.device) else {
        throw LedgerError.badIdentity(path: path, field: "device", value: e.device)
      }
      guard HLC.isValid(raw: e.hlc) else {
        throw LedgerError.badClock(path: path, device: e.device, seq: e.seq)
      }
      let s: StoredEvent
      do { s = try e.stored() } catch let p as BundleProblem {
        throw LedgerError.malformed(path: path, detail: p.detail)
      }
      if s.event.hlc.physical > limit {
        throw LedgerError.clockAhead(
          path: path, device: e.device, seq: e.seq, claimed: s.event.hlc.physical,
          limitHours: Int(skew / 3600))
      }
      do { try BundleEventCheck.check(try full(s)) } catch let p as BundleEventCheck.Problem {
        throw LedgerError.invalidEvent(
          path: path, device: e.device, seq: e.seq, field: p.field, problem: p.reason)
      }
      stored.append(s)
    }
    try checkChainsWithinBundle(stored, path: path)
    return stored
  }

  /// The event with its personal fields put back, which must decode.
  private static func full(_ s: StoredEvent) throws -> Event {
    guard let personal = s.personal else { return s.event }
    var e = s.event
    do { e.data = e.data.restoring(try EventJSON.decode(personal.body)) } catch {
      throw BundleEventCheck.Problem(field: "personal", reason: .undecodable)
    }
    return e
  }

  /// Each device's events in the bundle must be consecutive and linked to one another.
  static func checkChainsWithinBundle(_ events: [StoredEvent], path: String) throws {
    var byDevice: [String: [StoredEvent]] = [:]
    for s in events { byDevice[s.event.device, default: []].append(s) }
    for (device, list) in byDevice {
      let sorted = list.sorted { $0.event.seq < $1.event.seq }
      for (a, b) in zip(sorted, sorted.dropFirst()) {
        guard b.event.seq == a.event.seq + 1, b.prevHash == a.hash else {
          throw LedgerError.malformed(
            path: path, detail: "chain of \(device.prefix(8)) broken at #\(b.event.seq)")
        }
      }
    }
  }

}
