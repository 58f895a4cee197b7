import Foundation
import ShuoshiCore

@testable import ShuoshiStore

/// Crafts bundles as a hostile peer with the format in hand could (docs/LEDGER.md): opens a
/// real bundle, edits its events, seals every chain again (personal digests, hashes and
/// links recomputed) and writes the file with the real bundle writer. What reaches the
/// importer is then consistent to the last byte, so only its own rules can refuse it.
struct BundleForge {
  var payload: BundlePayload

  init(_ url: URL, passphrase: String? = "测试口令 correct horse") throws {
    let file = try Data(contentsOf: url)
    let plain = try BundleCrypto.open(file, allowUnencrypted: true, passphrase: { passphrase })
    payload = try JSONDecoder().decode(BundlePayload.self, from: plain)
  }

  /// Edits event `i`'s public data.
  mutating func editData(_ i: Int, _ edit: (inout EventData) -> Void) throws {
    var d = try EventJSON.decode(payload.events[i].data)
    edit(&d)
    payload.events[i].data = EventJSON.encode(d)
  }

  /// Edits event `i`'s personal fields (the digest follows).
  mutating func editPersonal(_ i: Int, _ edit: (inout EventData) -> Void) throws {
    var e = payload.events[i]
    var d = try e.personal.map(EventJSON.decode) ?? EventData()
    edit(&d)
    let salt = e.salt.flatMap(Hex.decode) ?? Data(count: 16)
    let record = PersonalRecord(salt: salt, body: EventJSON.encode(d))
    e.salt = Hex.encode(salt)
    e.personal = record.body
    e.digest = Hex.encode(record.digest)
    payload.events[i] = e
  }

  /// The index of the first event of `kind`.
  func first(_ kind: EventKind) -> Int {
    payload.events.firstIndex { $0.kind == kind.rawValue }!
  }

  /// Each device's events linked and hashed again, in sequence order.
  mutating func rechain() {
    var head: [String: String] = [:]
    let order = payload.events.indices.sorted {
      let (a, b) = (payload.events[$0], payload.events[$1])
      return a.device != b.device ? a.device < b.device : a.seq < b.seq
    }
    for i in order {
      var e = payload.events[i]
      if let prev = head[e.device] { e.prev = prev }
      e.hash = Hex.encode(Self.hash(e))
      head[e.device] = e.hash
      payload.events[i] = e
    }
  }

  /// The chain hash of a bundle event as written (it must name a known kind and uuids).
  static func hash(_ e: BundleEvent) -> Data {
    let event = Event(
      uuid: UUID(uuidString: e.uuid)!, caseUUID: UUID(uuidString: e.entity)!,
      kind: EventKind(rawValue: e.kind)!, at: Millis.date(e.at), operator: e.operator,
      device: e.device, seq: e.seq, hlc: HLC(raw: e.hlc), parents: EventRow.parents(e.parents),
      data: EventData())
    return ChainHash.hash(
      event, dataJSON: e.data, personalDigest: e.digest.flatMap(Hex.decode),
      prevHash: Hex.decode(e.prev) ?? ChainHash.genesis)
  }

  /// The payload as a bundle file: rechained, sealed by the real writer.
  func write(to url: URL, secret: BundleSecret = Laptops.secret) throws {
    var copy = self
    copy.rechain()
    try copy.bytes(secret: secret).write(to: url)
  }

  /// The sealed file without rechaining (for edits that must keep their hashes).
  func bytes(secret: BundleSecret = Laptops.secret) throws -> Data {
    try BundleCrypto.seal(JSONEncoder().encode(payload), secret: secret, kdf: Laptops.kdf)
  }
}
