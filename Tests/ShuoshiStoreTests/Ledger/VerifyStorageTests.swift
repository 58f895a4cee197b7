import Foundation
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// A full `verify` also checks the file itself, rows that belong to no case, and the register
/// tables against the register's events (issue 12, finding 7).
@Suite("Ledger verify: file, orphans and register")
struct VerifyStorageTests {
  let base = VerifyTests()

  /// A store with cases and the fixture register (units, grids, people, households).
  func populated(_ f: StoreFixture) throws {
    _ = try base.populated(f)
    let store = try f.open()
    try importBase(store)
    _ = try store.importRegister(
      .households, file: RegisterFixtureFiles.url("households.utf8.csv"), by: f.actor, now: Date())
    #expect(try store.verify().ok)
  }

  func problems(_ f: StoreFixture) throws -> [VerifyReport.Problem] {
    try f.open().verify().problems
  }

  @Test func deletedPeopleAndMembersAreReported() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    try populated(f)
    try base.tamper(f, "DELETE FROM people; DELETE FROM household_members WHERE rowid % 2 = 0")
    let found = try problems(f)
    let people = try #require(
      found.first {
        if case .registerDiffers("people", let missing, 0, 0) = $0 { return missing > 0 }
        return false
      })
    #expect(people.message(.zh).contains("登记册 people 表与登记记录重放结果不符"))
    #expect(people.message(.en).contains("register table people differs"))
    #expect(
      found.contains {
        if case .registerDiffers("household_members", let missing, 0, 0) = $0 { return missing > 0 }
        return false
      })
  }

  @Test func anEditedHouseholdIsReported() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    try populated(f)
    try base.tamper(
      f, "UPDATE households SET data = replace(data, '王秀英', '某某') WHERE data LIKE '%王秀英%'")
    #expect(
      try problems(f).contains(
        .registerDiffers(table: "households", missing: 0, extra: 0, changed: 1)))
  }

  @Test func rowsWithAMalformedUUIDAreOrphans() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    try populated(f)
    try base.tamper(
      f,
      """
      CREATE TEMP TABLE c AS SELECT * FROM cases LIMIT 1;
      UPDATE c SET uuid = 'x', id = 'HJ-FAKE-1', num = NULL;
      INSERT INTO cases SELECT * FROM c;
      INSERT INTO case_ledger (case_uuid, base_id, created_hlc, created_device, created_seq,
        merged_into, erased, conflict) VALUES ('x', 'HJ-FAKE-1', 0, 'd', 1, NULL, 0, 0);
      INSERT INTO cases_fts (rowid, body) VALUES (987654, 'abc');
      """)
    let found = try problems(f)
    #expect(found.contains(.projectionOrphan(caseID: "HJ-FAKE-1")))
    #expect(found.contains(.ledgerOrphan(caseUUID: "x")))
    #expect(found.contains(.searchOrphans(rows: 1)))
    #expect(VerifyReport.Problem.ledgerOrphan(caseUUID: "x").message(.zh) == "案件台账行 x 没有任何办理记录")
    #expect(VerifyReport.Problem.searchOrphans(rows: 1).message(.en).contains("search index"))
  }

  @Test func aDamagedIndexPageIsReported() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    try populated(f)
    // One byte of an index entry changed behind SQLite's back (the page stays well formed):
    // the index no longer matches its table.
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      """
      import sqlite3, sys
      path = sys.argv[1]
      c = sqlite3.connect(path)
      c.execute('PRAGMA wal_checkpoint(TRUNCATE)')
      size = c.execute('PRAGMA page_size').fetchone()[0]
      root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cases_by_phone_tail'").fetchone()[0]
      tail = c.execute('SELECT phone_tail FROM cases LIMIT 1').fetchone()[0].encode()
      c.close()
      with open(path, 'r+b') as f:
          f.seek((root - 1) * size)
          page = f.read(size)
          at = page.rindex(tail) + len(tail) - 1
          f.seek((root - 1) * size + at)
          f.write(b'0' if tail[-1:] != b'0' else b'1')
      """, f.data.databaseURL.path,
    ]
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let damaged = try #require(
      try problems(f).first {
        if case .damaged = $0 { return true }
        return false
      })
    #expect(damaged.message(.zh).hasPrefix("数据库文件已损坏（SQLite 完整性检查）："))
    #expect(damaged.message(.en).hasPrefix("the database file is damaged"))
  }
}
