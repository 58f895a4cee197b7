import Foundation
import ShuoshiCore

/// What a bundle carries, as JSON inside the encryption: who wrote it and the events, each
/// exactly as stored (public data bytes, chain links, hash) with its personal record while
/// kept, so the receiving laptop can check every hash before it stores anything.
struct BundlePayload: Codable {
  static let formatName = "shuoshi-ledger"

  var format = formatName
  var version = 1
  /// The writing laptop.
  var device: String
  var site: String
  var createdAt: Int64
  var peer: String?
  var events: [BundleEvent]
  /// Events sent without their personal records because a hub withheld them from the writing
  /// laptop (another unit's; docs/HUB.md). Absent when none, so older bundles read the same.
  var withheld: [String]?
}

/// One stored event in a bundle.
struct BundleEvent: Codable {
  var uuid: String
  var entity: String
  var kind: String
  var at: Int64
  var `operator`: String
  var device: String
  var seq: Int64
  var hlc: Int64
  var parents: String
  var data: String
  var digest: String?
  var prev: String
  var hash: String
  var salt: String?
  var personal: String?

  /// An empty event for a caller to fill in field by field (`LedgerBatchEvent`).
  init(placeholder: Void) {
    uuid = ""
    entity = ""
    kind = ""
    at = 0
    self.operator = ""
    device = ""
    seq = 0
    hlc = 0
    parents = ""
    data = ""
    prev = ""
    hash = ""
  }

  init(_ s: StoredEvent) {
    let e = s.event
    uuid = e.uuid.uuidString
    entity = e.caseUUID.uuidString
    kind = e.kind.rawValue
    at = Millis.from(e.at)
    self.operator = e.operator
    device = e.device
    seq = e.seq
    hlc = e.hlc.raw
    parents = EventRow.parentsText(e.parents)
    data = s.dataJSON
    digest = s.personalDigest.map(Hex.encode)
    prev = Hex.encode(s.prevHash)
    hash = Hex.encode(s.hash)
    salt = s.personal.map { Hex.encode($0.salt) }
    personal = s.personal?.body
  }

  /// Milliseconds from 0001-01-01 to 9999-12-31 (UTC).
  static let times: ClosedRange<Int64> = -62_135_596_800_000...253_402_300_799_999

  /// The stored event, checked: its hash must match its content, its personal record its
  /// digest. Throws a short reason otherwise.
  func stored() throws -> StoredEvent {
    guard let uuid = UUID(uuidString: uuid), let entity = UUID(uuidString: entity) else {
      throw BundleProblem("bad uuid \(self.uuid)")
    }
    // Sequence numbers and times a ledger can hold: past them the arithmetic on them traps
    // (a resealed bundle with "at": Int64.max crashed the import; see docs/FAULTS.md).
    guard (1..<Int64.max).contains(seq) else {
      throw BundleProblem("bad sequence number in \(uuid)")
    }
    guard Self.times.contains(at) else { throw BundleProblem("bad time in event \(uuid)") }
    guard let kind = EventKind(rawValue: kind) else {
      throw BundleProblem("unknown event kind \(self.kind) (a newer shuoshi wrote it)")
    }
    guard let prev = Hex.decode(prev), let hash = Hex.decode(hash), prev.count == 32,
      hash.count == 32
    else { throw BundleProblem("bad hash in event \(uuid)") }
    let decoded: EventData
    do { decoded = try EventJSON.decode(data) } catch {
      throw BundleProblem("bad data in event \(uuid)")
    }
    guard !decoded.hasPersonal else { throw BundleProblem("personal data in the log of \(uuid)") }
    let event = Event(
      uuid: uuid, caseUUID: entity, kind: kind, at: Millis.date(at), operator: self.operator,
      device: device, seq: seq, hlc: HLC(raw: hlc), parents: EventRow.parents(parents),
      data: decoded)
    var record: PersonalRecord?
    if let salt, let personal, let saltBytes = Hex.decode(salt) {
      record = PersonalRecord(salt: saltBytes, body: personal)
    }
    let digest = try digest.map {
      guard let d = Hex.decode($0), d.count == 32 else {
        throw BundleProblem("bad digest in \(uuid)")
      }
      return d
    }
    if let record, record.digest != digest {
      throw BundleProblem("personal fields of \(uuid) do not match their digest")
    }
    let s = StoredEvent(
      event: event, dataJSON: data, personal: record, personalDigest: digest, prevHash: prev,
      hash: hash)
    guard s.computedHash == hash else {
      throw BundleProblem("event \(uuid) does not match its hash")
    }
    return s
  }
}

/// A reason a bundle's contents are not a valid ledger.
struct BundleProblem: Error {
  let detail: String
  init(_ detail: String) { self.detail = detail }
}
