import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

@Suite("Store refuses what is not its own, and two processes share it")
struct StoreFileSafetyTests {
  func write(_ bytes: [UInt8], to f: StoreFixture) throws {
    try FileManager.default.createDirectory(at: f.data.url, withIntermediateDirectories: true)
    try Data(bytes).write(to: f.data.databaseURL)
  }

  /// Saves are fsync'd at commit on a new and on a reopened store (GRDB's WAL set-up turns the
  /// writer to NORMAL; the store sets FULL again).
  @Test func theWriterCommitsWithFullSync() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    for _ in 0..<2 {
      let store = try f.open()
      let level = try store.pool.writeWithoutTransaction { db in
        try Int.fetchOne(db, sql: "PRAGMA synchronous")
      }
      #expect(level == 2, "synchronous = FULL is 2")
    }
  }

  @Test func aForeignFileIsRefusedAndLeftUntouched() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let junk = Array("这不是数据库 — just a text file\n".utf8)
    try write(junk, to: f)
    #expect(throws: StoreError.notADatabase(path: f.data.databaseURL.path)) { try f.open() }
    #expect(try Data(contentsOf: f.data.databaseURL) == Data(junk))
  }

  @Test func anotherProgramsSQLiteIsRefused() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    try FileManager.default.createDirectory(at: f.data.url, withIntermediateDirectories: true)
    let other = Process()
    other.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    other.arguments = [
      "python3", "-c",
      "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table notes(x)'); c.commit()",
      f.data.databaseURL.path,
    ]
    try other.run()
    other.waitUntilExit()
    let before = try Data(contentsOf: f.data.databaseURL)
    #expect(throws: StoreError.foreignDatabase(path: f.data.databaseURL.path)) { try f.open() }
    #expect(try Data(contentsOf: f.data.databaseURL) == before)
  }

  /// A store whose creation stopped after its first migrations (a full disk), before the
  /// marker was written, is finished on the next open, not refused as another program's.
  @Test func aCreationCutShortIsFinishedNotRefused() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    try FileManager.default.createDirectory(at: f.data.url, withIntermediateDirectories: true)
    let queue = try DatabaseQueue(path: f.data.databaseURL.path)
    var partial = DatabaseMigrator()
    partial.registerMigration("v1-events-cases", migrate: Schema.v1)
    try partial.migrate(queue)
    try queue.close()
    let store = try f.open()
    #expect(try store.count(CaseQuery()) == 0)
    #expect(try store.pool.read { try Schema.migrator.hasCompletedMigrations($0) })
  }

  @Test func anEmptyFileIsRefused() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    try write([], to: f)
    #expect(throws: StoreError.emptyFile(path: f.data.databaseURL.path)) { try f.open() }
  }

  @Test func aCorruptFileIsRefused() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    do {
      let store = try f.open()
      _ = try store.add(f.intake("楼上漏水"), engine: f.engine, by: f.actor, now: Date())
    }
    // Keep the SQLite header, scribble over the rest of the first pages.
    var bytes = try Data(contentsOf: f.data.databaseURL)
    for i in 100..<min(bytes.count, 8192) { bytes[i] = 0xA5 }
    try bytes.write(to: f.data.databaseURL)
    try? FileManager.default.removeItem(atPath: f.data.databaseURL.path + "-wal")
    try? FileManager.default.removeItem(atPath: f.data.databaseURL.path + "-shm")
    #expect(throws: StoreError.self) { try f.open() }
    #expect(try Data(contentsOf: f.data.databaseURL) == bytes)
  }

  @Test func permissionsArePrivate() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let old = umask(0o077)
    defer { umask(old) }
    _ = try f.open()
    let attrs = try FileManager.default.attributesOfItem(atPath: f.data.path)
    #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    #expect(f.data.looserPermissions().isEmpty)
    chmod(f.data.databaseURL.path, 0o644)
    #expect(f.data.looserPermissions().count == 1)
  }

  @Test func twoWritersOnOneDirectoryLoseNothing() async throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    _ = try f.open()
    let engine = f.engine
    let data = f.data
    // Two separate connections pools, as two processes would have.
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<2 {
        group.addTask {
          let store = try CaseStore.open(data, siteCode: "HJ")
          for i in 0..<40 {
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
    let store = try f.open()
    #expect(try store.count(CaseQuery()) == 80)
    #expect(try store.eventCount() == 160)
    #expect(try store.integrityCheck() == "ok")
  }
}
