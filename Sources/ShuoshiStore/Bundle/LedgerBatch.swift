import Foundation
import ShuoshiCore

/// A batch of events in the bundle's event format (`BundlePayload`, unencrypted JSON) as the
/// hub and `shuoshi sync --hub` exchange them: decoded only through the bundle's checks
/// (`CaseStore.checkedEvents`), so a batch over the network is held to every bound a USB
/// bundle is.
public struct LedgerBatch: Sendable {
  /// The ledger that wrote the batch (a laptop's device id, or the hub's).
  public let device: String
  public let site: String
  public let events: [LedgerBatchEvent]

  /// The most events one batch carries: a laptop sends and receives in batches of this size.
  public static let maxEvents = 5_000
  /// The largest batch body read (bytes).
  public static let maxBytes = 64 << 20

  public init(device: String, site: String, events: [LedgerBatchEvent]) {
    self.device = device
    self.site = site
    self.events = events
  }

  /// Decodes and checks a batch; `source` names it in errors. Throws `LedgerError`.
  public static func decode(_ data: Data, source: String, now: Date, skew: TimeInterval)
    throws -> LedgerBatch
  {
    guard data.count <= maxBytes else {
      throw LedgerError.bundleTooLarge(
        path: source, bytes: Int64(data.count), limit: Int64(maxBytes))
    }
    let payload: BundlePayload
    do { payload = try JSONDecoder().decode(BundlePayload.self, from: data) } catch {
      throw LedgerError.malformed(path: source, detail: "not a ledger payload")
    }
    guard payload.format == BundlePayload.formatName else {
      throw LedgerError.malformed(path: source, detail: "format \(payload.format)")
    }
    guard payload.version == 1 else {
      throw LedgerError.unsupportedBundle(path: source, version: payload.version)
    }
    guard payload.events.count <= maxEvents else {
      throw LedgerError.malformed(
        path: source, detail: "\(payload.events.count) events, at most \(maxEvents) in a batch")
    }
    let stored = try CaseStore.checkedEvents(payload, path: source, now: now, skew: skew)
    return LedgerBatch(
      device: payload.device, site: payload.site, events: stored.map(LedgerBatchEvent.init))
  }

  /// The batch as JSON in the bundle's format.
  public func encoded(now: Date) -> Data {
    let payload = BundlePayload(
      device: device, site: site, createdAt: Millis.from(now), peer: nil,
      events: events.map { BundleEvent($0.stored) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(payload)) ?? Data()
  }

  /// Each device's events consecutive and linked (the bundle's own check).
  public func checkChains(source: String) throws {
    try CaseStore.checkChainsWithinBundle(events.map(\.stored), path: source)
  }

  /// The events `held` lacks, after the chain rule (`ChainContinuation`) against it.
  public func fresh(
    source: String, have: (String) throws -> Int64,
    held: (String, Int64) throws -> ChainContinuation.Held?
  ) throws -> [LedgerBatchEvent] {
    try ChainContinuation.fresh(
      events.map(\.stored), ownDevice: nil, path: source, have: have, held: held
    ).map(LedgerBatchEvent.init)
  }
}

/// One event of a batch, checked: its stored form (public data, chain links) and its
/// personal record while kept.
public struct LedgerBatchEvent: Sendable, Equatable {
  let stored: StoredEvent

  init(_ stored: StoredEvent) { self.stored = stored }

  /// An event as another store holds it, re-checked against its hash (a store is not
  /// trusted more than a bundle). Throws `LedgerError.malformed` when it does not match.
  public init(
    uuid: String, entity: String, kind: String, at: Int64, operator: String, device: String,
    seq: Int64, hlc: Int64, parents: String, data: String, personalDigest: Data?,
    prevHash: Data, hash: Data, personalSalt: Data?, personalBody: String?, source: String
  ) throws {
    var e = BundleEvent(placeholder: ())
    e.uuid = uuid
    e.entity = entity
    e.kind = kind
    e.at = at
    e.operator = `operator`
    e.device = device
    e.seq = seq
    e.hlc = hlc
    e.parents = parents
    e.data = data
    e.digest = personalDigest.map(Hex.encode)
    e.prev = Hex.encode(prevHash)
    e.hash = Hex.encode(hash)
    e.salt = personalSalt.map(Hex.encode)
    e.personal = personalBody
    do { stored = try e.stored() } catch let p as BundleProblem {
      throw LedgerError.malformed(path: source, detail: p.detail)
    }
  }

  public var uuid: UUID { stored.event.uuid }
  public var entity: UUID { stored.event.caseUUID }
  public var kind: EventKind { stored.event.kind }
  public var at: Int64 { Millis.from(stored.event.at) }
  public var `operator`: String { stored.event.operator }
  public var device: String { stored.event.device }
  public var seq: Int64 { stored.event.seq }
  public var hlc: HLC { stored.event.hlc }
  public var parentsText: String { EventRow.parentsText(stored.event.parents) }
  /// The public data's JSON: the bytes the hash covers.
  public var dataJSON: String { stored.dataJSON }
  public var personalDigest: Data? { stored.personalDigest }
  public var personalSalt: Data? { stored.personal?.salt }
  public var personalBody: String? { stored.personal?.body }
  public var prevHash: Data { stored.prevHash }
  public var hash: Data { stored.hash }
  /// The event with its personal fields put back (while kept).
  public var fullEvent: Event { stored.fullEvent }

  /// The same event without its personal record: its hash still checks (the chain covers
  /// only the record's digest), as after an erasure. What a unit's laptop receives of
  /// another unit's events.
  public var withoutPersonal: LedgerBatchEvent {
    var s = stored
    s.personal = nil
    return LedgerBatchEvent(s)
  }
}
