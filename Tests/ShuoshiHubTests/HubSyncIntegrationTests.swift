import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiHub
@testable import ShuoshiStore

/// Three laptops — 阳光社区, 幸福村 and the street office — syncing through a real hub over
/// HTTPS with the pinned certificate (`shuoshi sync --hub`'s use case and libcurl) in random orders with repeats, against
/// the same work merged by USB bundles.
@Suite(.serialized) struct HubSyncIntegrationTests {
  /// Which laptop does what, and when: each step writes on one laptop or syncs one.
  enum Step {
    case write(Int)
    case sync(Int)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func threeLaptopsThroughTheHubEqualAUSBMerge(seed: UInt64) async throws {
    try await HubFixture.with(serving: true) { f in try await run(f, seed: seed) }
  }

  func run(_ f: HubFixture, seed: UInt64) async throws {
    let names = ["阳光-1", "幸福-1", "街道-1"]
    let units = ["阳光社区", "幸福村", "街道办"]
    let stores = try (0..<3).map { try f.laptop(names[$0], letter: ["A", "B", "S"][$0]) }
    // Enrolled over HTTPS with the hub's pin, as `shuoshi hub enroll` does.
    let pin = try #require(f.tls?.pin)
    var links: [HubLink] = []
    for i in 0..<3 {
      let code = try await f.hub.addLaptop(
        unit: units[i], name: names[i], street: i == 2, now: Date())
      let store = stores[i]
      let url = f.url
      links.append(
        try await HubFixture.offPool {
          try store.enrollWithHub(url: url, code: code.code, pin: pin)
        })
      let saved = try #require(try HubLink.load(from: store.directory))
      #expect(saved == links[i])
      #expect(saved.pin == pin && saved.url.hasPrefix("https://"))
      let mode =
        try FileManager.default.attributesOfItem(
          atPath: HubLink.file(in: store.directory).path)[.posixPermissions] as? Int
      #expect(mode == 0o600)
    }

    var rng = SplitMix(seed: seed)
    var steps: [Step] = []
    for _ in 0..<14 {
      let i = Int(rng.next() % 3)
      steps.append(rng.next() % 2 == 0 ? .write(i) : .sync(i))
    }
    // Every laptop writes at least once; then each syncs twice (the second a repeat).
    steps += [.write(0), .write(1), .write(2)]
    steps += [0, 1, 2, 0, 1, 2].map(Step.sync)
    var written = [0, 0, 0]
    for step in steps {
      switch step {
      case .write(let i):
        written[i] += 1
        try write(f, stores, i, n: written[i])
      case .sync(let i):
        let store = stores[i]
        let link = links[i]
        _ = try await HubFixture.offPool {
          try store.syncWithHub(link, now: Date.init)
        }
      }
    }

    // The same work merged by hand with USB bundles into a fourth laptop.
    let usb = try f.laptop("usb", letter: "U")
    for (i, store) in stores.enumerated() {
      let bundle = f.root.url.appendingPathComponent("bundle-\(i).ssb")
      _ = try store.exportBundle(
        to: bundle,
        options: ExportOptions(secret: .passphrase("测试口令 correct horse"), kdf: .minimum),
        now: Date())
      _ = try usb.importBundle(
        from: bundle, passphrase: { "测试口令 correct horse" }, now: Date())
    }
    // The street office holds what the USB merge holds, row for row.
    #expect(try dump(stores[2]) == dump(usb))
    // Each laptop holds the chains in its scope whole, event for event, and its full check
    // passes (another unit's records count as withheld, not lost): the street office every
    // chain, a unit laptop its own and the street office's, never the other unit's laptop's.
    let devices = stores.map(\.info.deviceID)
    #expect(try events(stores[2]) == events(usb))
    for i in 0..<2 {
      #expect(try events(stores[i]) == events(usb, of: [devices[i], devices[2]]))
      #expect(try events(stores[i], of: [devices[1 - i]]).isEmpty)
    }
    for store in stores {
      #expect(try store.verify().ok)
    }
    #expect(try usb.verify().ok)
    // A unit's own cases are the same as in the USB merge.
    for i in 0..<2 {
      #expect(try dump(stores[i], namesLike: units[i]) == dump(usb, namesLike: units[i]))
    }

    // Scope, on the file's bytes: no resident of the other unit on a unit's laptop.
    let yang = try fileBytes(stores[0])
    let xing = try fileBytes(stores[1])
    #expect(contains(yang, "阳光居民1"))
    #expect(!contains(yang, "幸福居民"))
    #expect(!contains(yang, "幸福村的事"))
    #expect(contains(xing, "幸福居民1"))
    #expect(!contains(xing, "阳光居民"))
    #expect(contains(try fileBytes(stores[2]), "幸福居民1"))
    #expect(contains(try fileBytes(stores[2]), "阳光居民1"))

    // Revocation: refused at once, nothing lost on the laptop.
    try await f.hub.revoke(name: names[0], now: Date())
    try write(f, stores, 0, n: 99)
    let store = stores[0]
    let link = links[0]
    let before = try events(store)
    await #expect(throws: HubSyncError.refused(status: 401, reason: "token unknown or revoked")) {
      _ = try await HubFixture.offPool {
        try store.syncWithHub(link, now: Date.init)
      }
    }
    #expect(try events(store) == before)
  }

  /// Laptop `i` takes in a case of its unit (the street office: a note on a case of a unit
  /// it holds, else a case of its own).
  func write(_ f: HubFixture, _ stores: [CaseStore], _ i: Int, n: Int) throws {
    let at =
      "2026-11-28 \(String(format: "%02d", 8 + n % 10)):\(String(format: "%02d", (n * 7) % 60))"
    switch i {
    case 0: try f.takeIn(stores[0], "阳光社区的事：楼道灯坏了\(n)", name: "阳光居民\(n)", at: at)
    case 1: try f.takeIn(stores[1], "幸福村的事：村道积水\(n)", name: "幸福居民\(n)", at: at)
    default:
      let held = try stores[2].pool.read { db in
        try String.fetchAll(db, sql: "SELECT id FROM cases WHERE id NOT LIKE 'HJ-S%' ORDER BY id")
      }
      if let id = held.first {
        _ = try stores[2].perform(
          .note("街道过问\(n)"), on: id, engine: f.engine, by: Actor("街道值班"),
          now: EngineFixture.at(at))
      } else {
        try f.takeIn(stores[2], "街道收到的事\(n)", name: "街道来访\(n)", at: at)
      }
    }
  }

  /// Every case row (but its local row number) and its ledger row; with `namesLike`, only
  /// cases whose text names that unit.
  func dump(_ store: CaseStore, namesLike unit: String? = nil) throws -> String {
    try store.pool.read { db in
      var out: [String] = []
      let columns = CaseRow.columns.replacingOccurrences(of: "\n", with: " ")
      let filter = unit.map { "WHERE text LIKE '\($0)%'" } ?? ""
      for row in try Row.fetchAll(db, sql: "SELECT \(columns) FROM cases \(filter) ORDER BY uuid") {
        out.append(row.description)
      }
      if unit == nil {
        for row in try Row.fetchAll(
          db, sql: "SELECT event_uuid, body FROM event_personal ORDER BY event_uuid")
        {
          out.append(row.description)
        }
      }
      return out.joined(separator: "\n")
    }
  }

  /// Every event (uuid and hash) the laptop holds; with `devices`, of those chains only.
  func events(_ store: CaseStore, of devices: Set<String>? = nil) throws -> [String] {
    try store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT uuid, hex(hash), device FROM events ORDER BY uuid")
        .filter { devices?.contains($0["device"]) ?? true }
        .map { "\($0["uuid"] as String) \($0[1] as String)" }
    }
  }

  /// The database file and its write-ahead log, as on the disk.
  func fileBytes(_ store: CaseStore) throws -> Data {
    let db = store.directory.databaseURL.path
    var out = Data()
    for path in [db, db + "-wal"] where FileManager.default.fileExists(atPath: path) {
      out += try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return out
  }

  func contains(_ bytes: Data, _ text: String) -> Bool {
    bytes.range(of: Data(text.utf8)) != nil
  }
}

/// A small seeded generator: the same steps for the same seed.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
