import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Hostile bundles: seeded mutations of real bundles, encrypted and not (bit flips,
/// truncation, extension, header field edits), and JSON edits inside an unencrypted bundle
/// sealed again with a correct checksum, so they reach the decoder and the event checks.
/// Altered bytes must always be refused (exit code 8 or 9, a message saying nothing was
/// imported) with the receiving ledger unchanged; a resealed JSON edit may only be taken when
/// what it adds is events of the original bundle, and the ledger then verifies.
@Suite("Fuzz: bundle import", .serialized)
struct BundleImportFuzzTests {
  static let passphrase = "测试口令 correct horse"
  /// The unencrypted bundles are fuzzed as if taken with `--allow-unencrypted`, so their
  /// contents reach the decoder and the event checks.
  static let allowPlain = BundleImportOptions(allowUnencrypted: true)

  /// A sender with cases, actions and register records, its bundles (encrypted with the
  /// cheapest scrypt, and unencrypted), and the (uuid, hash) pairs they carry.
  final class World {
    let laptops: Laptops
    let encrypted: [UInt8]
    let plain: [UInt8]
    let events: Set<String>
    /// The laptop that receives; replaced after an import that was allowed to add events.
    var receiver = 1

    init() throws {
      laptops = try Laptops(2)
      let a = laptops[0]
      try importBase(a)
      for (n, name) in ["欧阳秀兰", "司马建国", "王大妈"].enumerated() {
        let c = try a.add(
          laptops.intake(
            "楼上漏水第\(n)次，天花板泡了", name: name, phone: "1390000123\(n)", at: "2026-11-28 09:00"),
          engine: laptops.engine, by: laptops.actor(0), now: Date())
        _ = try a.perform(
          .assign(to: "张德明", note: "尽快"), on: c.id, engine: laptops.engine, by: laptops.actor(0),
          now: Date())
      }
      _ = try laptops[1].add(
        laptops.intake("路灯坏了", name: "本机居民", at: "2026-11-28 08:00"), engine: laptops.engine,
        by: laptops.actor(1), now: Date())
      encrypted = [UInt8](try Data(contentsOf: laptops.export(0)))
      plain = [UInt8](try Data(contentsOf: laptops.export(0, secret: .none)))
      events = try Self.eventHashes(a)
    }

    static func eventHashes(_ store: CaseStore) throws -> Set<String> {
      try Set(
        store.pool.read { db in
          try String.fetchAll(db, sql: "SELECT uuid || ' ' || hex(hash) FROM events")
        })
    }

    /// The receiver's own chain: (seq, hash) of its device's events.
    static func ownChain(_ store: CaseStore) throws -> [String] {
      try store.pool.read { db in
        try String.fetchAll(
          db, sql: "SELECT seq || ' ' || hex(hash) FROM events WHERE device = ? ORDER BY seq",
          arguments: [store.info.deviceID])
      }
    }

    func freshReceiver() throws {
      let store = try laptops.add()
      _ = try store.add(
        laptops.intake("路灯坏了", name: "本机居民", at: "2026-11-28 08:00"), engine: laptops.engine,
        by: laptops.actor(1), now: Date())
      receiver = laptops.stores.count - 1
    }
  }

  enum Outcome { case refused, takenAsSubset }

  /// Imports `bytes` into the receiver and checks the properties; returns what happened.
  /// With `forged`, the bundle was crafted consistently (hashes recomputed): taking it is
  /// allowed when the ledger then verifies, its own chain is unchanged and its clock no
  /// further ahead than the skew allows.
  @discardableResult
  static func attempt(
    _ bytes: [UInt8], _ world: World, resealed: Bool, forged: Bool = false, context: String,
    name: String
  ) throws -> Outcome? {
    let laptops = world.laptops
    let r = world.receiver
    let url = laptops.root.url.appendingPathComponent("fuzz.ssb")
    try Data(bytes).write(to: url)
    let before = try laptops.dump(r)
    let beforeEvents = try World.eventHashes(laptops[r])
    let own = try World.ownChain(laptops[r])
    let started = Date()
    // Every answer comes quickly: a crafted scrypt header took 95 s and 2 GiB before it.
    defer {
      let seconds = Date().timeIntervalSince(started)
      #expect(seconds < 10, "\(context): the import took \(Int(seconds)) s")
    }
    do {
      let report = try laptops[r].importBundle(
        from: url, passphrase: { Self.passphrase }, now: Date(), options: Self.allowPlain)
      let added = try World.eventHashes(laptops[r]).subtracting(beforeEvents)
      if forged {
        let kept = FuzzArtifacts.keep(Data(bytes), name: name)
        #expect(try laptops[r].verify().ok, "\(context): ledger fails verify; kept at \(kept)")
        #expect(try World.ownChain(laptops[r]) == own, "\(context): own chain changed; \(kept)")
        let clock = try laptops[r].pool.read { db in
          try Int64.fetchOne(db, sql: "SELECT MAX(hlc) FROM events") ?? 0
        }
        #expect(
          HLC.isValid(raw: clock)
            && Double(HLC(raw: clock).physical) / 1000
              <= Date().timeIntervalSince1970 + BundleLimits.defaultClockSkew,
          "\(context): the clock was moved to \(clock); kept at \(kept)")
        try world.freshReceiver()
        return .takenAsSubset
      }
      guard resealed else {
        Issue.record(
          "\(context): an altered bundle was imported (\(report.added) events); kept at \(FuzzArtifacts.keep(Data(bytes), name: name))"
        )
        try world.freshReceiver()
        return nil
      }
      #expect(
        added.isSubset(of: world.events),
        "\(context): events not in the original bundle were imported; kept at \(FuzzArtifacts.keep(Data(bytes), name: name))"
      )
      #expect(try laptops[r].verify().ok, "\(context): ledger fails verify after the import")
      try world.freshReceiver()
      return .takenAsSubset
    } catch let e as LedgerError {
      #expect([8, 9].contains(e.exitCode), "\(context): exit code \(e.exitCode) for \(e)")
      #expect(e.message(.zh).contains("未导入任何内容"), "\(context): \(e.message(.zh).prefix(300))")
      #expect(
        e.message(.en).contains("nothing imported"), "\(context): \(e.message(.en).prefix(300))")
      #expect(
        e.message(.zh).count < 2_000, "\(context): a refusal of \(e.message(.zh).count) characters")
    } catch {
      Issue.record(
        "\(context): not a LedgerError: \(error); kept at \(FuzzArtifacts.keep(Data(bytes), name: name))"
      )
    }
    if try laptops.dump(r) != before {
      Issue.record(
        "\(context): a refused bundle changed the ledger; kept at \(FuzzArtifacts.keep(Data(bytes), name: name))"
      )
      try world.freshReceiver()
    }
    return .refused
  }

  /// Header fields and the values a crafted or damaged header might carry.
  static func editHeader(_ b: inout [UInt8], _ m: inout Mutator) {
    func put(_ value: UInt64, at offset: Int, bytes: Int) {
      guard b.count >= offset + bytes else { return }
      for (i, byte) in BundleHeader.bigEndian(value, bytes: bytes).enumerated() {
        b[offset + i] = byte
      }
    }
    let payload = UInt64(max(0, b.count - 72))
    switch m.int(0..<9) {
    case 0: put(UInt64(m.pick([0, 2, 255])), at: 8, bytes: 1)
    case 1: put(UInt64(m.pick([0, 1, 2, 255])), at: 9, bytes: 1)
    case 2: put(UInt64(m.pick([0, 1, 2, 255])), at: 10, bytes: 1)
    case 3: put(UInt64(m.pick([0, 9, 11, 20, 21, 64, 255])), at: 11, bytes: 1)
    case 4: put(m.pick([0, 1, 16, 17, 1 << 31, UInt64(UInt32.max)]), at: 12, bytes: 4)
    case 5: put(m.pick([0, 1, 4, 5, UInt64(UInt32.max)]), at: 16, bytes: 4)
    case 6:
      put(
        m.pick([
          0, payload - 32, payload - 33, payload - 31, payload, payload + 1,
          UInt64(Int.max / 2) - 1, UInt64(Int.max), UInt64.max,
        ]), at: 64, bytes: 8)
    case 7:
      // Salt, nonce or key check.
      let i = m.int(20..<64)
      if i < b.count { b[i] ^= UInt8(m.int(1..<256)) }
    default:
      // The scrypt parameters a crafted header would demand: 2 GiB and ~95 s before the fix.
      put(20, at: 11, bytes: 1)
      put(16, at: 12, bytes: 4)
      put(4, at: 16, bytes: 4)
    }
    m.log.append("header edit")
  }

  @Test func alteredBundlesAreRefusedWhole() throws {
    let budget = FuzzBudget(reduced: 600, seed: 20_261_129)
    let world = try World()
    var refused = 0
    let started = Date()
    // The harness can tell a good import: the intact bundles are taken by a scratch laptop.
    let scratch = try world.laptops.add()
    for bytes in [world.encrypted, world.plain] {
      let url = world.laptops.root.url.appendingPathComponent("intact.ssb")
      try Data(bytes).write(to: url)
      let report = try scratch.importBundle(
        from: url, passphrase: { Self.passphrase }, now: Date(), options: Self.allowPlain)
      #expect(report.received == world.events.count)
    }
    for i in 0..<budget.iterations {
      var m = Mutator(budget.random(i))
      let encrypted = m.chance(0.5)
      let original = encrypted ? world.encrypted : world.plain
      var bytes: [UInt8]
      if m.chance(0.2) {
        bytes = original
        Self.editHeader(&bytes, &m)
        if m.chance(0.3) { bytes = m.mutate(bytes, most: 1) }
      } else {
        bytes = m.mutate(original, most: 2)
      }
      if bytes == original { continue }
      let context =
        "iteration \(i) (seed \(budget.seed)), \(encrypted ? "encrypted" : "plain"): \(m.log)"
      if try Self.attempt(bytes, world, resealed: false, context: context, name: "fuzz-\(i).ssb")
        == .refused
      {
        refused += 1
      }
    }
    print(
      "bundle byte fuzz: \(budget.iterations) bundles, seed \(budget.seed): \(refused) refused whole, \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
    )
  }

  /// Regression: header scrypt parameters are bounded by memory and work, not only by range.
  @Test func craftedScryptParametersAreRefusedBeforeDerivingKeys() throws {
    #expect(!ScryptParams(logN: 20, r: 16, p: 4).isAcceptable)
    #expect(!ScryptParams(logN: 20, r: 8, p: 1).isAcceptable)
    #expect(ScryptParams.standard.isAcceptable && ScryptParams.minimum.isAcceptable)
    #expect(ScryptParams(logN: 18, r: 8, p: 1).isAcceptable)
    let world = try World()
    var b = world.encrypted
    b[11] = 20
    b[12..<16] = [0, 0, 0, 16]
    b[16..<20] = [0, 0, 0, 4]
    let url = world.laptops.root.url.appendingPathComponent("crafted.ssb")
    try Data(b).write(to: url)
    let started = Date()
    #expect(throws: LedgerError.tampered(path: url.path)) {
      try world.laptops[1].importBundle(from: url, passphrase: { Self.passphrase }, now: Date())
    }
    #expect(Date().timeIntervalSince(started) < 5)
  }

  /// Regression: a resealed bundle whose event says `"at": Int64.max` trapped converting the
  /// time back to milliseconds (found by the JSON fuzz at ×10); sequence numbers at the ends
  /// of Int64 overflowed `seq + 1`. And a 100,000-character event kind was echoed whole.
  @Test func extremeNumbersAndHugeValuesAreRefusedNotTrapped() throws {
    let world = try World()
    let json = Data(world.plain[72..<(world.plain.count - 32)])
    let edits: [(String, Any)] = [
      ("at", Int64.max), ("at", Int64.min), ("at", Int64.max - 1_000), ("seq", Int64.max),
      ("seq", Int64.min), ("seq", 0), ("kind", String(repeating: "漏", count: 100_000)),
    ]
    for (key, value) in edits {
      var root = try JSONSerialization.jsonObject(with: json) as! [String: Any]
      var events = root["events"] as! [[String: Any]]
      events[0][key] = value
      if key == "seq" { events.append(events[0]) }  // twice: sorted neighbours compare seq + 1
      root["events"] = events
      let bytes = try Self.reseal(try JSONSerialization.data(withJSONObject: root))
      let context = "\(key) = \(String(describing: value).prefix(20))"
      #expect(
        try Self.attempt(bytes, world, resealed: true, context: context, name: "extreme.ssb")
          == .refused)
    }
  }

  // MARK: - JSON inside an unencrypted bundle

  nonisolated(unsafe) static let hostileValues: [Any] = [
    NSNull(), "", -1, 0, 1, Int64.max, Int64.min, 1e308, -0.5, true, [Any](), [String: Any](),
    "😀👨‍👩‍👧🇨🇳", "\u{0}", String(repeating: "漏", count: 100_000), "00000000-0000-0000-0000-000000000000",
    String(repeating: "0", count: 64), "shuoshi-ledger", "created", "{}", "{\"x\":[1,2]}",
  ]

  /// One edit of the decoded payload: a key removed, a value replaced, events dropped,
  /// duplicated, swapped or reversed.
  static func editJSON(_ root: inout [String: Any], _ m: inout Mutator) {
    var events = root["events"] as? [[String: Any]] ?? []
    switch m.int(0..<8) {
    case 0:
      let key = m.pick(Array(root.keys).sorted())
      root[key] = nil
      m.log.append("payload without \(key)")
      return
    case 1:
      let key = m.pick(Array(root.keys).sorted())
      root[key] = m.pick(hostileValues)
      m.log.append("payload \(key) replaced")
      return
    case 2 where !events.isEmpty:
      let i = m.int(0..<events.count)
      let key = m.pick(Array(events[i].keys).sorted())
      events[i][key] = nil
      m.log.append("event \(i) without \(key)")
    case 3 where !events.isEmpty, 4 where !events.isEmpty:
      let i = m.int(0..<events.count)
      let key = m.pick(Array(events[i].keys).sorted())
      events[i][key] = m.chance(0.5) ? m.pick(hostileValues) : events[m.int(0..<events.count)][key]
      m.log.append("event \(i) \(key) replaced")
    case 5 where !events.isEmpty:
      let i = m.int(0..<events.count)
      events.remove(at: i)
      m.log.append("event \(i) dropped")
    case 6 where !events.isEmpty:
      let i = m.int(0..<events.count)
      events.insert(events[i], at: m.int(0..<(events.count + 1)))
      m.log.append("event \(i) twice")
    default:
      events.reverse()
      m.log.append("events reversed")
    }
    root["events"] = events
  }

  /// The payload sealed again as an unencrypted bundle: header length and checksum right.
  static func reseal(_ payload: Data) throws -> [UInt8] {
    [UInt8](try BundleCrypto.seal(payload, secret: .none, kdf: .minimum))
  }

  @Test func resealedJSONEditsAreRefusedOrAddOnlyOriginalEvents() throws {
    let budget = FuzzBudget(reduced: 400, seed: 20_261_130)
    let world = try World()
    let json = Data(world.plain[72..<(world.plain.count - 32)])
    // The harness: the payload sealed again unchanged is an intact bundle.
    #expect(
      try Self.attempt(
        Self.reseal(json), world, resealed: true, context: "unchanged", name: "same.ssb")
        == .takenAsSubset)
    var refused = 0
    var taken = 0
    let started = Date()
    for i in 0..<budget.iterations {
      var m = Mutator(budget.random(i))
      var payload: Data
      switch m.int(0..<5) {
      case 0, 1, 2:
        var root = try JSONSerialization.jsonObject(with: json) as! [String: Any]
        for _ in 0..<m.int(1..<3) { Self.editJSON(&root, &m) }
        payload = try JSONSerialization.data(withJSONObject: root)
      case 3:
        payload = Data(m.mutate([UInt8](json), most: 2))
      default:
        // Deep nesting where a value goes: the decoder must refuse, not overflow the stack.
        let depth = m.pick([600, 10_000, 200_000])
        var text = [UInt8](json)
        let at = text.firstRange(of: Array("\"events\":".utf8))?.upperBound ?? 1
        text.insert(
          contentsOf: Array(repeating: UInt8(ascii: "["), count: depth)
            + Array(repeating: UInt8(ascii: "]"), count: depth) + [UInt8(ascii: ",")], at: at + 1)
        payload = Data(text)
        m.log.append("nesting \(depth) deep")
      }
      let context = "iteration \(i) (seed \(budget.seed)): \(m.log)"
      switch try Self.attempt(
        Self.reseal(payload), world, resealed: true, context: context, name: "json-\(i).ssb")
      {
      case .refused: refused += 1
      case .takenAsSubset: taken += 1
      case nil: break
      }
    }
    print(
      "bundle JSON fuzz: \(budget.iterations) payloads, seed \(budget.seed): \(refused) refused whole, \(taken) taken (only original events), \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
    )
  }

  // MARK: - Forged clocks and device ids (#12 findings 1 and 2)

  /// One edit a forger with the format in hand could make, before the chains are sealed again:
  /// an event's clock at the ends of Int64, negative, far ahead or just inside and outside the
  /// skew; a chain's or one event's device id set to the receiver's own, a malformed one or
  /// another chain's; the sequence or the claimed sender changed.
  static func forge(_ f: inout BundleForge, _ m: inout Mutator, receiver: String, other: String) {
    let n = f.payload.events.count
    let i = m.int(0..<n)
    let now = Date()
    func ahead(_ s: TimeInterval) -> Int64 {
      HLC(physical: Int64((now.timeIntervalSince1970 + s) * 1000)).raw
    }
    switch m.int(0..<4) {
    case 0, 1:
      let skew = BundleLimits.defaultClockSkew
      let values: [(String, Int64)] = [
        ("max", .max), ("min", .min), ("-1", -1), ("0", 0), ("2^62", 1 << 62),
        ("max-0xFFFF", .max - 0xFFFF), ("skew+60s", ahead(skew + 60)),
        ("skew-60s", ahead(skew - 60)), ("+1", f.payload.events[i].hlc &+ 1),
        ("-1 step", f.payload.events[i].hlc &- 1), ("year 4199", ahead(2_175 * 365 * 86_400)),
      ]
      let (label, value) = m.pick(values)
      f.payload.events[i].hlc = value
      m.log.append("event \(i) hlc \(label)")
    case 2:
      let ids = [
        receiver, other, "", "../../x", receiver.uppercased(), String(receiver.dropLast()),
        "\u{1B}]0;x\u{07}", String(repeating: "a", count: 5_000),
      ]
      let id = m.pick(ids)
      if m.chance(0.5) {
        let old = f.payload.events[i].device
        for j in f.payload.events.indices where f.payload.events[j].device == old {
          f.payload.events[j].device = id
        }
        m.log.append("chain renamed \(id.prefix(12))")
      } else {
        f.payload.events[i].device = id
        m.log.append("event \(i) device \(id.prefix(12))")
      }
    default:
      if m.chance(0.5) {
        f.payload.device = m.pick([receiver, other, "", "x"])
        m.log.append("claimed sender \(f.payload.device.prefix(12))")
      } else {
        f.payload.events[i].seq = m.pick([0, -1, .max, f.payload.events[i].seq &+ 1, 1])
        m.log.append("event \(i) seq \(f.payload.events[i].seq)")
      }
    }
  }

  @Test func forgedClocksAndDeviceIdsAreRefusedOrVerify() throws {
    let budget = FuzzBudget(reduced: 120, seed: 20_261_207)
    let world = try World()
    let url = world.laptops.root.url.appendingPathComponent("forge-base.ssb")
    try Data(world.encrypted).write(to: url)
    let base = try BundleForge(url)
    // Another chain the receiver holds: the sender's own, sent ahead.
    let other = world.laptops[0].info.deviceID
    var refused = 0
    var taken = 0
    let started = Date()
    for i in 0..<budget.iterations {
      var m = Mutator(budget.random(i))
      var f = base
      for _ in 0..<m.int(1..<3) {
        Self.forge(&f, &m, receiver: world.laptops[world.receiver].info.deviceID, other: other)
      }
      // Mostly sealed again consistently; sometimes left with the old hashes.
      if m.chance(0.85) { f.rechain() } else { m.log.append("not rechained") }
      let bytes = [UInt8](try f.bytes())
      let context = "forge iteration \(i) (seed \(budget.seed)): \(m.log)"
      switch try Self.attempt(
        bytes, world, resealed: true, forged: true, context: context, name: "forge-\(i).ssb")
      {
      case .refused: refused += 1
      case .takenAsSubset: taken += 1
      case nil: break
      }
    }
    #expect(refused > budget.iterations / 2)
    print(
      "bundle forge fuzz: \(budget.iterations) bundles, seed \(budget.seed): \(refused) refused whole, \(taken) taken (verified), \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
    )
  }
}
