import Crypto
import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// The keyring: every path a PIN, a passphrase or the recovery key takes, tampering with the
/// file, and its bounds (issue 16).
@Suite("Keyring: operators' sealed copies of the site data key")
struct KeyringTests {
  final class Place {
    let dir = TempDir("shuoshi-keyring")
    var data: DataDirectory { DataDirectory(url: dir.url) }
    deinit { dir.remove() }

    func create(_ name: String = "王主任", pin: String = "246810") throws -> (
      Keyring, SignedInOperator, RecoveryKey
    ) {
      try Keyring.create(in: data, firstOperator: name, secret: pin, kdf: .minimum)
    }
    func load() throws -> Keyring { try #require(try Keyring.load(from: data, kdf: .minimum)) }
    func raw() throws -> [String: Any] {
      let bytes = try Data(contentsOf: Keyring.url(in: data))
      return try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    }
    func write(_ json: [String: Any]) throws {
      try JSONSerialization.data(withJSONObject: json).write(to: Keyring.url(in: data))
    }
  }

  static let now = Date(timeIntervalSince1970: 1_796_000_000)

  func bytes(_ key: SymmetricKey) -> Data { key.withUnsafeBytes { Data($0) } }

  @Test("set-up makes a 片区/街道 operator, a private file without the key in the clear")
  func create() throws {
    let place = Place()
    let (ring, first, recovery) = try place.create()
    #expect(first.info.role == .street)
    #expect(ring.operators.map(\.name) == ["王主任"])
    let attrs = try FileManager.default.attributesOfItem(atPath: ring.url.path)
    #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let file = try Data(contentsOf: ring.url)
    let key = bytes(first.dataKey)
    #expect(key.count == 32)
    #expect(file.range(of: key) == nil)
    #expect(!String(decoding: file, as: UTF8.self).contains(key.base64EncodedString()))
    #expect(!String(decoding: file, as: UTF8.self).contains("246810"))
    #expect(recovery.text.split(separator: "-").count == 8)
    #expect(throws: KeyringError.alreadyExists(path: ring.url.path)) { try place.create() }
  }

  @Test("the right PIN unwraps the same key after a reload; a wrong one is refused and counted")
  func signIn() throws {
    let place = Place()
    let (_, first, _) = try place.create()
    var ring = try place.load()
    let again = try ring.signIn("王主任", secret: "246810", now: Self.now)
    #expect(bytes(again.dataKey) == bytes(first.dataKey))
    #expect(throws: KeyringError.wrongSecret(name: "王主任", failures: 1)) {
      try ring.signIn("王主任", secret: "135790", now: Self.now)
    }
    #expect(try place.load().operators[0].failures == 1)
    #expect(throws: KeyringError.noOperator(name: "李四")) {
      try ring.signIn("李四", secret: "246810", now: Self.now)
    }
    _ = try ring.signIn(first.info.id, secret: "246810", now: Self.now)
    #expect(try place.load().operators[0].failures == 0)
  }

  @Test("five wrong PINs: each further try waits, longer each time, and a restart does not help")
  func rateLimit() throws {
    let place = Place()
    _ = try place.create()
    var ring = try place.load()
    for n in 1...5 {
      #expect(throws: KeyringError.wrongSecret(name: "王主任", failures: n)) {
        try ring.signIn("王主任", secret: "111112", now: Self.now)
      }
    }
    // Even the right PIN waits now, in a fresh load of the file.
    var reloaded = try place.load()
    #expect(throws: KeyringError.tooSoon(name: "王主任", until: Self.now + 30)) {
      try reloaded.signIn("王主任", secret: "246810", now: Self.now + 29)
    }
    #expect(throws: KeyringError.wrongSecret(name: "王主任", failures: 6)) {
      try reloaded.signIn("王主任", secret: "111112", now: Self.now + 30)
    }
    #expect(throws: KeyringError.tooSoon(name: "王主任", until: Self.now + 90)) {
      try reloaded.signIn("王主任", secret: "246810", now: Self.now + 89)
    }
    _ = try reloaded.signIn("王主任", secret: "246810", now: Self.now + 90)
    #expect(try place.load().operators[0].failures == 0)
    #expect(KeyringLimits.delay(after: 4) == 0)
    #expect(KeyringLimits.delay(after: 5) == 30)
    #expect(KeyringLimits.delay(after: 7) == 120)
    #expect(KeyringLimits.delay(after: 500) == KeyringLimits.maxDelay)
  }

  @Test("a wait written far ahead (clock set back, edited file) lasts no longer than the longest")
  func waitBounded() throws {
    let place = Place()
    _ = try place.create()
    var json = try place.raw()
    var ops = try #require(json["operators"] as? [[String: Any]])
    ops[0]["failures"] = 9
    ops[0]["next_try"] = Self.now.timeIntervalSince1970 + 10 * 365 * 86_400
    json["operators"] = ops
    try place.write(json)
    var ring = try place.load()
    #expect(throws: KeyringError.tooSoon(name: "王主任", until: Self.now + KeyringLimits.maxDelay)) {
      try ring.signIn("王主任", secret: "246810", now: Self.now)
    }
    _ = try ring.signIn("王主任", secret: "246810", now: Self.now + KeyringLimits.maxDelay)
  }

  @Test("editing an operator's role, grid, name or id in the file breaks the unwrap")
  func tamper() throws {
    for (field, value) in [
      ("role", "auditor"), ("grid", "第三网格"), ("name", "李四"),
      ("id", UUID().uuidString),
    ] {
      let place = Place()
      let (_, first, _) = try place.create()
      var second = try place.load()
      _ = try second.add(
        NewOperator(name: "小张", role: .grid, grid: "第一网格"), secret: "135791", by: first)
      var json = try place.raw()
      var ops = try #require(json["operators"] as? [[String: Any]])
      ops[1][field] = value
      json["operators"] = ops
      try place.write(json)
      var ring = try place.load()
      let name = field == "name" ? "李四" : "小张"
      #expect(throws: KeyringError.tampered(name), "\(field)") {
        try ring.signIn(name, secret: "135791", now: Self.now)
      }
    }
  }

  @Test("a flipped byte in a sealed copy is an altered entry, never a key")
  func flippedByte() throws {
    let place = Place()
    _ = try place.create()
    var json = try place.raw()
    var ops = try #require(json["operators"] as? [[String: Any]])
    var wrap = try #require(ops[0]["wrap"] as? [String: Any])
    let text = try #require(wrap["sealed"] as? String)
    var sealed = try #require(Data(base64Encoded: text))
    sealed[3] ^= 0x01
    wrap["sealed"] = sealed.base64EncodedString()
    ops[0]["wrap"] = wrap
    json["operators"] = ops
    try place.write(json)
    var ring = try place.load()
    #expect(throws: KeyringError.tampered("王主任")) {
      try ring.signIn("王主任", secret: "246810", now: Self.now)
    }
  }

  @Test("out-of-bounds files are refused before any scrypt run")
  func bounds() throws {
    let cases: [(String, (inout [String: Any]) throws -> Void)] = [
      (
        "scrypt cost",
        { json in
          var ops = json["operators"] as! [[String: Any]]
          var wrap = ops[0]["wrap"] as! [String: Any]
          wrap["logN"] = 22
          ops[0]["wrap"] = wrap
          json["operators"] = ops
        }
      ),
      (
        "failures",
        { json in
          var ops = json["operators"] as! [[String: Any]]
          ops[0]["failures"] = -1
          json["operators"] = ops
        }
      ),
      ("no operators", { json in json["operators"] = [] }),
      (
        "role",
        { json in
          var ops = json["operators"] as! [[String: Any]]
          ops[0]["role"] = "admin"
          json["operators"] = ops
        }
      ),
      (
        "name",
        { json in
          var ops = json["operators"] as! [[String: Any]]
          ops[0]["name"] = "王\u{1b}[2J"
          json["operators"] = ops
        }
      ),
      ("version", { json in json["version"] = 9 }),
    ]
    for (label, edit) in cases {
      let place = Place()
      _ = try place.create()
      var json = try place.raw()
      try edit(&json)
      try place.write(json)
      #expect(throws: KeyringError.self, "\(label)") { _ = try place.load() }
    }
    let place = Place()
    try Data(repeating: 0x20, count: KeyringLimits.maxFileBytes + 1).write(
      to: Keyring.url(in: place.data))
    #expect(throws: KeyringError.self) { _ = try place.load() }
    try Data("not json".utf8).write(to: Keyring.url(in: place.data))
    #expect(throws: KeyringError.self) { _ = try place.load() }
  }

  @Test("a directory without a keyring has none (no sign-in)")
  func absent() throws {
    let place = Place()
    #expect(try Keyring.load(from: place.data) == nil)
    #expect(!Keyring.exists(in: place.data))
  }

  @Test("adding needs 片区/街道; the new operator's PIN opens the same key; removing keeps a manager")
  func addRemove() throws {
    let place = Place()
    let (_, boss, _) = try place.create()
    var ring = try place.load()
    let added = try ring.add(
      NewOperator(name: "小张", role: .grid, grid: "第一网格"), secret: "135791", by: boss)
    #expect(added.role == .grid && added.grid == "第一网格")
    var reloaded = try place.load()
    let zhang = try reloaded.signIn("小张", secret: "135791", now: Self.now)
    #expect(bytes(zhang.dataKey) == bytes(boss.dataKey))
    #expect(throws: KeyringError.refused(RoleRefusal(step: .manageOperators, needed: .street))) {
      try reloaded.add(NewOperator(name: "小李", role: .unit), secret: "135792", by: zhang)
    }
    #expect(throws: KeyringError.duplicateName("小张")) {
      try reloaded.add(NewOperator(name: "小张", role: .unit), secret: "135792", by: boss)
    }
    #expect(throws: KeyringError.weakSecret) {
      try reloaded.add(NewOperator(name: "小李", role: .unit), secret: "111111", by: boss)
    }
    #expect(throws: KeyringError.refused(RoleRefusal(step: .manageOperators, needed: .street))) {
      try reloaded.remove("王主任", by: zhang)
    }
    #expect(throws: KeyringError.lastManager) { try reloaded.remove("王主任", by: boss) }
    #expect(try reloaded.remove("小张", by: boss).name == "小张")
    #expect(try place.load().operators.map(\.name) == ["王主任"])
  }

  @Test("a new PIN replaces the old; the key stays the same (no data re-encrypted)")
  func changeSecret() throws {
    let place = Place()
    let (_, boss, _) = try place.create()
    var ring = try place.load()
    try ring.changeSecret(of: boss, to: "我的新口令")
    #expect(throws: KeyringError.wrongSecret(name: "王主任", failures: 1)) {
      try ring.signIn("王主任", secret: "246810", now: Self.now)
    }
    let again = try ring.signIn("王主任", secret: "我的新口令", now: Self.now)
    #expect(bytes(again.dataKey) == bytes(boss.dataKey))
    #expect(throws: KeyringError.weakSecret) { try ring.changeSecret(of: boss, to: "12345") }
  }

  @Test("the recovery key from the safe sets a new PIN and clears the wait; a wrong one does not")
  func recover() throws {
    let place = Place()
    let (_, boss, recovery) = try place.create()
    var ring = try place.load()
    for _ in 1...6 { _ = try? ring.signIn("王主任", secret: "999990", now: Self.now) }
    let typed = recovery.text.lowercased().replacingOccurrences(of: "-", with: " ")
    let back = try ring.recover("王主任", recoveryKey: typed, newSecret: "864200")
    #expect(bytes(back.dataKey) == bytes(boss.dataKey))
    var reloaded = try place.load()
    _ = try reloaded.signIn("王主任", secret: "864200", now: Self.now)
    let other = RecoveryKey.random().text
    #expect(throws: KeyringError.wrongRecoveryKey) {
      try reloaded.recover("王主任", recoveryKey: other, newSecret: "864200")
    }
    #expect(throws: KeyringError.badRecoveryKey) {
      try reloaded.recover("王主任", recoveryKey: "ABCD-0000", newSecret: "864200")
    }
  }

  @Test("recovery keys read back as typed; 160 bits, 8 groups of 4")
  func recoveryText() throws {
    for _ in 0..<50 {
      let key = RecoveryKey.random()
      #expect(key.bytes.count == 20)
      #expect(RecoveryKey.parse(key.text) == key)
      #expect(key.text.count == 39)
    }
    #expect(RecoveryKey.parse("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4561") == nil)
  }

  @Test("PINs are 6+ digits not all one; passphrases as strong as a bundle's")
  func secrets() {
    #expect(OperatorSecret.isAcceptable("246810"))
    #expect(OperatorSecret.isAcceptable("我的新口令"))
    #expect(!OperatorSecret.isAcceptable("12345"))
    #expect(!OperatorSecret.isAcceptable("000000"))
    #expect(!OperatorSecret.isAcceptable("abc"))
    #expect(!OperatorSecret.isAcceptable(String(repeating: "ab", count: 600)))
  }
}
