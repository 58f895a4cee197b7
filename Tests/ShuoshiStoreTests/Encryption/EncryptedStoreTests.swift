import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Bytes of every file under `dir` (recursively): what `grep -a` would search.
func filesUnder(_ dir: URL) -> [(String, Data)] {
  let fm = FileManager.default
  guard let walker = fm.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
  var files: [(String, Data)] = []
  for case let url as URL in walker {
    var isDir: ObjCBool = false
    if fm.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
      let data = fm.contents(atPath: url.path)
    {
      files.append((url.path, data))
    }
  }
  return files
}

/// Markers found in clear in any file under `dir`, as "file: marker".
func markersInClear(_ markers: [String], under dir: URL) -> [String] {
  var found: [String] = []
  for (path, data) in filesUnder(dir) {
    for m in markers where data.range(of: Data(m.utf8)) != nil {
      found.append("\((path as NSString).lastPathComponent): \(m)")
    }
  }
  return found
}

@Suite("An encrypted store: pages sealed on disk, read back whole, tampering refused")
struct EncryptedStoreTests {
  let key = StoreEncryption.random()

  func open(_ f: StoreFixture, key: StoreEncryption? = nil) throws -> CaseStore {
    try CaseStore.open(f.data, siteCode: "HJ", encryption: key ?? self.key)
  }

  @discardableResult
  func takeIn(_ store: CaseStore, _ f: StoreFixture, _ text: String, name: String) throws -> Case {
    try store.takeIn(
      TakeInRequest(f.intake(text, name: name)), engine: f.engine, by: f.actor,
      now: EngineFixture.at("2026-11-28 10:00"))
  }

  @Test func casesReadBackAndNoMarkerIsOnDisk() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    var id = ""
    do {
      let store = try open(f)
      id = try takeIn(store, f, "邻居夜里装修噪音扰民", name: "欧阳翠花").id
      // Before a checkpoint the pages are in the WAL only.
      #expect(markersInClear(["欧阳翠花", "装修噪音", "13812345678"], under: f.data.url) == [])
      store.maintain(walLimit: 0)
    }
    #expect(markersInClear(["欧阳翠花", "装修噪音", "13812345678"], under: f.data.url) == [])
    let store = try open(f)
    let c = try store.find(id)
    #expect(c.resident.name == "欧阳翠花")
    #expect(try store.integrityCheck() == "ok")
    #expect(store.isEncrypted)
  }

  @Test func anEncryptedDirectoryNeedsItsKey() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    _ = try open(f)
    #expect(throws: StoreError.encryption(.keyNeeded(path: f.data.path))) {
      try CaseStore.open(f.data, siteCode: "HJ")
    }
    #expect(throws: StoreError.encryption(.wrongKey(path: f.data.path))) {
      try open(f, key: .random())
    }
  }

  @Test func aPlainStoreIsNotOpenedWithAKeyAndStillOpensWithout() throws {
    let plain = StoreFixture()
    let sealed = StoreFixture()
    defer {
      plain.dir.remove()
      sealed.dir.remove()
    }
    _ = try open(sealed)  // the VFS is installed in this process from here on
    let id = try takeIn(try plain.open(), plain, "楼道堆物", name: "李四").id
    #expect(throws: StoreError.encryption(.notEncrypted(path: plain.data.path))) {
      try open(plain)
    }
    #expect(try plain.open().find(id).resident.name == "李四")
    let head = try FileHandle(forReadingFrom: plain.data.databaseURL).read(upToCount: 16)
    #expect(head == Data("SQLite format 3\0".utf8), "a plain store stays plain SQLite")
  }

  /// Writes a few cases and checkpoints, so the main file holds them; returns the db path.
  func filledAndClosed(_ f: StoreFixture) throws -> String {
    let store = try open(f)
    for i in 0..<20 { try takeIn(store, f, "第\(i)件：楼上漏水", name: "居民\(i)") }
    store.maintain(walLimit: 0)
    return f.data.databaseURL.path
  }

  func patch(_ path: String, _ body: (inout [UInt8]) -> Void) throws {
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    body(&bytes)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  func expectPageFailure(_ f: StoreFixture, file: String, pages: ClosedRange<Int>) {
    do {
      let store = try open(f)
      _ = try store.integrityCheck()
      _ = try store.list(CaseQuery())
      Issue.record("tampered store opened")
    } catch let StoreError.encryption(.pageCheckFailed(path, page)) {
      #expect(path == file)
      #expect(pages.contains(page), "page \(page)")
      let message = StoreError.encryption(.pageCheckFailed(path: path, page: page)).message(.zh)
      #expect(message.contains("第 \(page) 页校验失败"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test(arguments: [1, 2, 5])
  func aFlippedByteInAPageIsRefused(page: Int) throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let path = try filledAndClosed(f)
    try patch(path) { $0[(page - 1) * 4096 + 200] ^= 0x01 }
    expectPageFailure(f, file: path, pages: page...page)
  }

  @Test func twoSwappedPagesAreRefused() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let path = try filledAndClosed(f)
    try patch(path) { b in
      let p2 = Array(b[4096..<8192])
      b.replaceSubrange(4096..<8192, with: b[8192..<12288])
      b.replaceSubrange(8192..<12288, with: p2)
    }
    expectPageFailure(f, file: path, pages: 2...3)
  }

  /// A frame of the log copied over a later one (header and page) is refused when the log
  /// is read back, not taken as the page's newer version.
  @Test func aReplayedWALFrameIsRefused() throws {
    let f = StoreFixture()
    let copy = StoreFixture()
    defer {
      f.dir.remove()
      copy.dir.remove()
    }
    let store = try open(f)
    for i in 0..<5 { try takeIn(store, f, "第\(i)件：占道经营", name: "摊主\(i)") }
    try FileManager.default.createDirectory(at: copy.data.url, withIntermediateDirectories: true)
    for name in ["shuoshi.db", "shuoshi.db-wal", "encryption.json"] {
      try FileManager.default.copyItem(
        at: f.data.url.appendingPathComponent(name), to: copy.data.url.appendingPathComponent(name))
    }
    let wal = copy.data.databaseURL.path + "-wal"
    let frame = 24 + 4096
    try patch(wal) { b in
      #expect(b.count > 32 + 6 * frame)
      let first = Array(b[32..<(32 + frame)])
      b.replaceSubrange((32 + 2 * frame)..<(32 + 3 * frame), with: first)
    }
    do {
      let reopened = try open(copy)
      _ = try reopened.list(CaseQuery())
      Issue.record("replayed frame was read")
    } catch let StoreError.encryption(.pageCheckFailed(path, _)) {
      #expect(path == wal)
    }
  }

  /// A copy (the benchmark's sweep copies) of an encrypted store is encrypted too.
  @Test func aCopyOfAnEncryptedStoreIsEncrypted() throws {
    let f = StoreFixture()
    let copy = StoreFixture()
    defer {
      f.dir.remove()
      copy.dir.remove()
    }
    let store = try open(f)
    let id = try takeIn(store, f, "物业费纠纷", name: "司马春燕").id
    try store.backup(to: copy.data, encryption: key)
    let other = try open(copy)
    #expect(try other.find(id).resident.name == "司马春燕")
    #expect(try other.integrityCheck() == "ok")
    #expect(markersInClear(["司马春燕", "物业费"], under: copy.data.url) == [])
  }

  /// Two processes' pools on one encrypted directory lose nothing (as the plain store's test).
  @Test func twoWritersOnAnEncryptedDirectoryLoseNothing() async throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    _ = try open(f)
    let (engine, data, key) = (f.engine, f.data, key)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<2 {
        group.addTask {
          let store = try CaseStore.open(data, siteCode: "HJ", encryption: key)
          for i in 0..<20 {
            let intake = Intake(
              resident: Resident(name: "居民\(writer)-\(i)"), text: "楼上漏水第\(i)次",
              receivedAt: EngineFixture.at("2026-11-28 10:00"))
            _ = try store.add(intake, engine: engine, by: Actor("w\(writer)"), now: Date())
            _ = try store.sweep(
              engine: engine, by: Actor("系统"), now: EngineFixture.at("2026-11-28 11:00"))
          }
        }
      }
      try await group.waitForAll()
    }
    let store = try open(f)
    #expect(try store.count(CaseQuery()) == 40)
    #expect(try store.eventCount() == 80)
    #expect(try store.integrityCheck() == "ok")
  }

  /// A transaction larger than the page cache spills pages to the WAL and rewrites them in
  /// place; SQLite then writes later frames with zero salts and fixes their checksums at the
  /// commit. Every frame must still open (found by `bench generate` on an encrypted store).
  @Test func aTransactionThatSpillsAndRewritesFramesReadsBack() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try open(f)
    let filler = String(repeating: "居民诉求", count: 60)
    try store.pool.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA cache_size = 8")
      try db.inTransaction {
        try db.execute(sql: "CREATE TABLE spill (id INTEGER PRIMARY KEY, body TEXT)")
        for i in 0..<1500 {
          try db.execute(sql: "INSERT INTO spill VALUES (?, ?)", arguments: [i, filler])
        }
        try db.execute(sql: "UPDATE spill SET body = body || id")
        return .commit
      }
    }
    let total = try store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM spill WHERE body LIKE '%' || id") ?? 0
    }
    #expect(total == 1500)
    #expect(try store.integrityCheck() == "ok")
  }
}
