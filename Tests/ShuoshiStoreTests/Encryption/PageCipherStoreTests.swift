import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Stores across the change of page cipher: one encrypted by main's swift-crypto cipher
/// (`Tests/Fixtures/encrypted-v0.1`) opens with libcrypto, a store written now reads page by
/// page with the swift-crypto reference, and the cached WAL salts follow a log restarted by
/// another connection.
@Suite("Encrypted stores across the change to libcrypto, and the cached WAL salts")
struct PageCipherStoreTests {
  static let fixture = EngineFixture.root.appendingPathComponent(
    "Tests/Fixtures/encrypted-v0.1")

  func fixtureKey() throws -> StoreEncryption {
    let path = Self.fixture.appendingPathComponent("data-key.b64").path
    return try #require(
      try StoreEncryption.fromKeyFile(environment: ["SHUOSHI_DATA_KEY_FILE": path]))
  }

  /// The fixture's cases as main listed them: id → resident's name.
  func expectedCases() throws -> [String: String] {
    let data = try Data(contentsOf: Self.fixture.appendingPathComponent("expected-list.json"))
    let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    var byID: [String: String] = [:]
    for c in list {
      let resident = c["resident"] as? [String: Any]
      byID[c["id"] as? String ?? ""] = resident?["name"] as? String
    }
    return byID
  }

  @Test func aStoreEncryptedByTheSwiftCryptoCipherOpensAndGrows() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    try FileManager.default.createDirectory(at: f.data.url, withIntermediateDirectories: true)
    for name in ["shuoshi.db", "encryption.json"] {
      try FileManager.default.copyItem(
        at: Self.fixture.appendingPathComponent(name),
        to: f.data.url.appendingPathComponent(name))
    }
    let key = try fixtureKey()
    let expected = try expectedCases()
    #expect(expected.count == 9)
    var added = ""
    do {
      let store = try CaseStore.open(f.data, siteCode: "HJ", create: false, encryption: key)
      #expect(try store.integrityCheck() == "ok")
      let cases = try store.list(CaseQuery(), limit: 100)
      #expect(Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0.resident.name) }) == expected)
      added = try store.takeIn(
        TakeInRequest(f.intake("小区门口共享单车乱停", name: "诸葛秀英")), engine: f.engine,
        by: f.actor, now: EngineFixture.at("2026-11-28 11:00")
      ).id
      store.maintain(walLimit: 0)
    }
    let store = try CaseStore.open(f.data, siteCode: "HJ", create: false, encryption: key)
    #expect(try store.find(added).resident.name == "诸葛秀英")
    #expect(try store.count(CaseQuery()) == 10)
    #expect(try store.integrityCheck() == "ok")
  }

  /// Written by the libcrypto cipher and left in the log (no checkpoint): every database page
  /// and every frame opens with the swift-crypto reference, under the same associated data.
  @Test func pagesAndFramesWrittenNowOpenWithTheSwiftCryptoReference() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let key = StoreEncryption.random()
    let store = try CaseStore.open(f.data, siteCode: "HJ", encryption: key)
    for i in 0..<8 {
      _ = try store.takeIn(
        TakeInRequest(f.intake("第\(i)件：楼道堆放杂物", name: "居民\(i)")), engine: f.engine,
        by: f.actor, now: EngineFixture.at("2026-11-28 10:00"))
    }
    let marker = try #require(try EncryptionMarker.read(in: f.data))
    let reference = PageCipherSwiftCrypto(
      key: key.pageKey, databaseID: try #require(marker.idBytes))
    let size = PageCipher.pageSize

    var db = [UInt8](try Data(contentsOf: f.data.databaseURL))
    #expect(db.count % size == 0 && db.count > 0)
    for p in 0..<(db.count / size) {
      let opened = db.withUnsafeMutableBytes {
        reference.open(
          UnsafeMutableRawBufferPointer(rebasing: $0[(p * size)..<((p + 1) * size)]),
          at: .page(UInt32(p + 1)))
      }
      #expect(opened, "database page \(p + 1)")
    }

    var wal = [UInt8](try Data(contentsOf: URL(fileURLWithPath: f.data.databaseURL.path + "-wal")))
    func word(_ at: Int) -> UInt32 {
      UInt32(wal[at]) << 24 | UInt32(wal[at + 1]) << 16 | UInt32(wal[at + 2]) << 8
        | UInt32(wal[at + 3])
    }
    let (salt1, salt2) = (word(16), word(20))
    let frame = 24 + size
    let frames = (wal.count - 32) / frame
    #expect(frames > 8)
    for k in 0..<frames {
      let start = 32 + k * frame
      // A committed frame carries the log's salts in its header too.
      #expect(word(start + 8) == salt1 && word(start + 12) == salt2, "frame \(k) salts")
      let place = PageCipher.Place.walFrame(
        page: word(start), salt1: salt1, salt2: salt2, frame: UInt32(k))
      let opened = wal.withUnsafeMutableBytes {
        reference.open(
          UnsafeMutableRawBufferPointer(rebasing: $0[(start + 24)..<(start + frame)]), at: place)
      }
      #expect(opened, "frame \(k)")
    }
    _ = store
  }

  /// Another connection restarts the log (a checkpoint that truncates it, then a write with
  /// new salts) between this one's writes: the next frames are sealed with the new salts,
  /// and everything reads back after a fresh open.
  @Test func aLogRestartedByAnotherConnectionIsSeen() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let key = StoreEncryption.random()
    let a = try CaseStore.open(f.data, siteCode: "HJ", encryption: key)
    let b = try CaseStore.open(f.data, siteCode: "HJ", encryption: key)
    func add(_ store: CaseStore, _ i: Int) throws -> String {
      try store.takeIn(
        TakeInRequest(f.intake("第\(i)件：电梯经常停运", name: "住户\(i)")), engine: f.engine,
        by: f.actor, now: EngineFixture.at("2026-11-28 10:00")
      ).id
    }
    func salts() throws -> (UInt32, UInt32) {
      let h =
        try FileHandle(forReadingFrom: URL(fileURLWithPath: f.data.databaseURL.path + "-wal"))
        .read(upToCount: 32) ?? Data()
      let w = [UInt8](h)
      func word(_ at: Int) -> UInt32 {
        UInt32(w[at]) << 24 | UInt32(w[at + 1]) << 16 | UInt32(w[at + 2]) << 8 | UInt32(w[at + 3])
      }
      return (word(16), word(20))
    }
    var ids: [String] = []
    var seen: [UInt32] = []
    for round in 0..<4 {
      ids.append(try add(a, round * 2))
      seen.append(try salts().0)
      try b.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
      ids.append(try add(b, round * 2 + 1))
      seen.append(try salts().0)
      #expect(try a.find(ids[ids.count - 1]).resident.name == "住户\(round * 2 + 1)")
    }
    #expect(Set(seen).count > 1, "the log was restarted with new salts")
    // A fresh process's view: every frame and page opens from disk.
    let reopened = try CaseStore.open(f.data, siteCode: "HJ", encryption: key)
    #expect(try reopened.count(CaseQuery()) == 8)
    for (i, id) in ids.enumerated() { #expect(try reopened.find(id).resident.name == "住户\(i)") }
    #expect(try reopened.integrityCheck() == "ok")
  }

  /// Salts cached wrongly (as if another process had restarted the log unseen) are dropped
  /// when the next transaction takes its locks: writes and reads after it stay sound.
  @Test func staleCachedSaltsAreDroppedAtTheNextTransaction() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let key = StoreEncryption.random()
    let store = try CaseStore.open(f.data, siteCode: "HJ", encryption: key)
    let cache = EncryptedVFSState.walSalts.salts(forDatabase: f.data.databaseURL.path)
    var ids: [String] = []
    for i in 0..<3 {
      cache.written((0xdead_beef, UInt32(i)))
      ids.append(
        try store.takeIn(
          TakeInRequest(f.intake("第\(i)件：垃圾分类点异味", name: "居民\(i)")), engine: f.engine,
          by: f.actor, now: EngineFixture.at("2026-11-28 10:00")
        ).id)
      cache.written((0xdead_beef, UInt32(i)))
      #expect(try store.find(ids[i]).resident.name == "居民\(i)")
    }
    let reopened = try CaseStore.open(f.data, siteCode: "HJ", encryption: key)
    #expect(try reopened.count(CaseQuery()) == 3)
    #expect(try reopened.integrityCheck() == "ok")
  }

  /// Salts read before the cache was emptied are not put back (a slow reader and a writer).
  @Test func saltsReadBeforeAnInvalidationAreNotKept() {
    let cache = PageCipherWALSalts()
    let (none, epoch) = cache.cached()
    #expect(none == nil)
    cache.invalidate()
    cache.remember((1, 2), readAt: epoch)
    #expect(cache.cached().salts == nil)
    let (_, now) = cache.cached()
    cache.remember((3, 4), readAt: now)
    #expect(cache.cached().salts.map { [$0.0, $0.1] } == [3, 4])
    cache.written((5, 6))
    cache.remember((3, 4), readAt: now)
    #expect(cache.cached().salts.map { [$0.0, $0.1] } == [5, 6])
  }
}
