import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Queue search finds residents by pinyin initials and full pinyin, as the register's person
/// search does (`SearchIndex+Pinyin`).
@Suite("Pinyin search")
struct PinyinSearchTests {
  func ids(_ store: CaseStore, _ q: String) throws -> [String] {
    var query = CaseQuery()
    query.search = q
    let found = try store.list(query).map(\.id)
    #expect(try store.count(query) == found.count, "\(q)")
    return found
  }

  @Test func namesAreFoundByInitialsAndFullPinyin() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let wang = try store.add(
      f.intake("楼上卫生间漏水", name: "王桂兰"), engine: f.engine, by: f.actor, now: Date())
    let zhang = try store.add(
      f.intake("小区门口路灯坏了", name: "张伟", at: "2026-11-28 11:00"), engine: f.engine, by: f.actor,
      now: Date())
    #expect(try ids(store, "wgl") == [wang.id])
    #expect(try ids(store, "WGL") == [wang.id])
    #expect(try ids(store, "wangguilan") == [wang.id])
    #expect(try ids(store, "wanggui") == [wang.id])
    #expect(try ids(store, "wang'gui'lan") == [wang.id])
    #expect(try ids(store, "zw") == [zhang.id])
    #expect(try ids(store, "zhangwei") == [zhang.id])
    // Mixed with Chinese: every term must match.
    #expect(try ids(store, "wgl 漏水") == [wang.id])
    #expect(try ids(store, "漏水 wgl") == [wang.id])
    #expect(try ids(store, "wgl 路灯") == [])
    // Not pinyin: phone digits and Chinese keep working as before.
    #expect(try ids(store, "5678").count == 2)
    #expect(try ids(store, "王桂兰") == [wang.id])
    #expect(try ids(store, "xyz") == [])
    // Pinyin from the middle of a reading does not match (`ang` is no syllable's start).
    #expect(try ids(store, "ang") == [])
  }

  @Test func latinTextIsStillFoundAsText() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let wifi = try store.add(
      f.intake("小区WiFi信号差", name: "李秀英"), engine: f.engine, by: f.actor, now: Date())
    #expect(try ids(store, "wifi") == [wifi.id])
    #expect(try ids(store, "lxy") == [wifi.id])
  }

  @Test func keysFollowNameChangesAndErasure() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try store.add(
      f.intake("楼上漏水", name: "王桂兰"), engine: f.engine, by: f.actor, now: Date())
    let now = EngineFixture.at("2026-11-28 11:00")
    _ = try store.perform(
      .assign(to: "张", note: nil), on: c.id, engine: f.engine, by: f.actor, now: now)
    #expect(try ids(store, "wgl") == [c.id])
    let keys = try store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_name_keys") ?? 0
    }
    #expect(keys > 0)
    _ = try store.eraseResident(.caseID(c.id), by: f.actor, now: now)
    #expect(try ids(store, "wgl") == [])
    #expect(
      try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_name_keys") }
        == 0)
  }

  @Test func rebuildKeepsTheKeys() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let c = try store.add(
      f.intake("楼上漏水", name: "王桂兰"), engine: f.engine, by: f.actor, now: Date())
    try store.rebuildSearchIndex()
    #expect(try ids(store, "wgl") == [c.id])
  }

  /// A store written before the keys existed gets them from the migration.
  @Test func anOlderStoreIsBackfilled() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let played = try Played("楼上卫生间漏水", at: "2026-11-28 10:00", name: "王桂兰")
    try MigrationTests.writeFirstRelease(played, into: f, indexed: true)
    let store = try f.open()
    #expect(try ids(store, "wgl") == ["HJ-TEST-001"])
    #expect(try ids(store, "wangguilan 漏水") == ["HJ-TEST-001"])
  }

  @Test func keysOfAName() throws {
    let table = try #require(SearchIndex.pinyin)
    let keys = table.nameKeys("王桂兰")  // 王 reads wang or yu
    #expect(keys.contains("wgl") && keys.contains("wangguilan"))
    #expect(keys.allSatisfy { ["wgl", "ygl", "wangguilan", "yuguilan"].contains($0) })
    #expect(table.nameKeys("王Lily").contains("wl"))
    #expect(table.nameKeys("王Lily").contains("wanglily"))
    #expect(table.nameKeys("Lily") == [])
    #expect(table.nameKeys("单丽").contains("sl"))
    // A save reads only the name's lines of the table, with the same keys.
    let source = try #require(SearchIndex.pinyinSource)
    for name in ["王桂兰", "单丽", "欧阳秀兰", "王Lily"] {
      #expect(source.table(for: name)?.nameKeys(name) == table.nameKeys(name), "\(name)")
    }
  }
}
