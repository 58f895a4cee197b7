import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Imports the fixture register (units, grids, people) into a fresh store.
func importBase(_ store: CaseStore, now: Date = Date()) throws {
  for (kind, file) in [
    (RegisterFileKind.units, "units.csv"), (.grids, "grids.csv"), (.people, "people.csv"),
  ] {
    _ = try store.importRegister(
      kind, file: RegisterFixtureFiles.url(file), by: Actor("导入"), now: now)
  }
}

@Suite("Register import from real files")
struct RegisterImportTests {
  @Test(arguments: [
    ("households.utf8.csv", TextEncoding.utf8), ("households.bom.csv", .utf8BOM),
    ("households.gb18030.csv", .gb18030),
  ])
  func eachEncodingGivesTheSameRegister(_ file: String, _ encoding: TextEncoding) throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    try importBase(store)
    let report = try store.importRegister(
      .households, file: RegisterFixtureFiles.url(file), by: f.actor, now: Date())
    #expect(report.encoding == encoding)
    #expect(report.rows == 6)
    #expect(report.counts.created[.household] == 6)
    let snapshot = try store.registerSnapshot()
    #expect(snapshot.households.count == 6)
    let qian = try #require(snapshot.households.first { $0.headName == "钱多多" })
    #expect(qian.address.key == "b8-e1-r602")  // full-width digits normalized
    #expect(qian.members.map(\.name) == ["钱多多", "孙丽", "钱小宝"])  // a line break inside quotes
    #expect(qian.note == "备注里有逗号, 也有\n换行")
    let wang = try #require(snapshot.households.first { $0.headName == "王秀英" })
    #expect(wang.members.last == HouseholdMember(name: "李小龙", phone: "13600000001"))
    #expect(wang.flags == [.veteran])
    let zhou = try #require(snapshot.households.first { $0.headName == "周桂兰" })
    #expect(zhou.flags == [.elderlyAlone, .lowIncome])
    #expect(zhou.address.text == "3栋1单元301")
    let liu = try #require(snapshot.households.first { $0.headName == "刘婆婆" })
    #expect(liu.address.key == "g3-n16")
    // Grids link to the households and the register's grids.
    let grid1 = try #require(snapshot.grids.first { $0.name == "第一网格" && $0.unitID == wang.unitID })
    #expect(wang.gridID == grid1.uuid)
    #expect(try store.households(inGrid: grid1.uuid).count == 3)
  }

  @Test func aBadRowImportsNothingAndNamesEveryLine() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    try importBase(store)
    let events = try store.eventCount()
    let url = RegisterFixtureFiles.url("households.bad.csv")
    do {
      _ = try store.importRegister(.households, file: url, by: f.actor, now: Date())
      Issue.record("a bad file was imported")
    } catch {
      guard case .importRefused(let e) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(e.problems.map(\.line) == [3, 4, 5])
      #expect(e.problems[0].message(.zh).hasPrefix("\(url.path):3: 地址“3栋”无法识别"))
      #expect(e.problems[1].message(.en).contains(":4: invalid phone \"138-abc\""))
      #expect(e.problems[2].zh.contains("是/否"))
      #expect(e.message(.zh).hasPrefix("导入失败，未导入任何数据（共 3 处问题）"))
      #expect(error.exitCode == 10)
    }
    #expect(try store.eventCount() == events)
    #expect(try store.registerSnapshot().households.isEmpty)
  }

  /// The register import keeps the phone rule intake keeps: a 10-digit phone of a household,
  /// or a 10-digit phone of a member in brackets, is refused with the file, the line and the column, and says
  /// what is expected; 无电话 is no number; a landline with its area code is taken.
  @Test func aTenDigitPhoneIsRefusedWithFileLineAndColumn() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    try importBase(store)
    let url = f.dir.url.appendingPathComponent("households.phones.csv")
    try """
    社区/村,网格,地址,户主,家庭成员,联系电话
    六堰社区,第一网格,3栋2单元502,王秀英,,1397280123
    六堰社区,第一网格,3栋2单元503,周桂兰,,0719-8123456
    六堰社区,第一网格,3栋2单元504,赵大爷,,无电话
    六堰社区,第一网格,3栋2单元505,钱大妈,钱小宝(138 0000 111),

    """.write(to: url, atomically: true, encoding: .utf8)
    do {
      _ = try store.importRegister(.households, file: url, by: f.actor, now: Date())
      Issue.record("a 10-digit phone was imported")
    } catch {
      guard case .importRefused(let e) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(e.problems.map(\.line) == [2, 5])
      #expect(
        e.problems[1].message(.zh).hasPrefix(
          "\(url.path):5: 电话“138 0000 111”无效（“家庭成员”一栏）：应为 11 位手机号"))
      #expect(
        e.problems[0].message(.zh).hasPrefix(
          "\(url.path):2: 电话“1397280123”无效（“电话”一栏）：应为 11 位手机号或带区号的座机"))
      #expect(
        e.problems[0].message(.en).hasPrefix(
          "\(url.path):2: invalid phone \"1397280123\" (phone column): an 11-digit mobile or "
            + "a landline with area code"))
    }
    #expect(try store.registerSnapshot().households.isEmpty)
    try String(
      contentsOf: url, encoding: .utf8
    ).replacingOccurrences(of: "1397280123", with: "139 7280 1234")
      .replacingOccurrences(of: "138 0000 111", with: "138 0000 1111").write(
        to: url, atomically: true, encoding: .utf8)
    _ = try store.importRegister(.households, file: url, by: f.actor, now: Date())
    let households = try store.registerSnapshot().households
    #expect(households.first { $0.headName == "王秀英" }?.phone == "139 7280 1234")
    #expect(households.first { $0.headName == "周桂兰" }?.phone == "0719-8123456")
    let zhao = try #require(households.first { $0.headName == "赵大爷" })
    #expect(zhao.phones.isEmpty)
    let qian = try #require(households.first { $0.headName == "钱大妈" })
    #expect(qian.members.last == HouseholdMember(name: "钱小宝", phone: "138 0000 1111"))
  }

  @Test func reimportChangesNothingAndDuplicatesMerge() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    try importBase(store)
    let first = try store.registerSnapshot()
    let events = try store.eventCount()
    // The same files again, in another encoding: nothing new.
    try importBase(store)
    let again = try store.importRegister(
      .households, file: RegisterFixtureFiles.url("households.gb18030.csv"), by: f.actor,
      now: Date())
    #expect(again.counts.created[.household] == 6)
    let events2 = try store.eventCount()
    let twice = try store.importRegister(
      .households, file: RegisterFixtureFiles.url("households.utf8.csv"), by: f.actor, now: Date())
    #expect(twice.counts.isNoChange)
    #expect(twice.counts.unchanged[.household] == 6)
    #expect(try store.eventCount() == events2)
    #expect(events2 == events + 6)
    #expect(try store.registerSnapshot().people == first.people)

    // A household written another way is the same household: it is updated, not doubled.
    let update = """
      社区/村,地址,户主,家庭成员,联系电话,独居老人
      六堰,3幢2单元502室,王秀英,王小妹,13800000099,是
      六堰社区,3栋2单元502,王秀英,李建国,,
      """
    let r = try store.importRegister(
      .households, data: Data(update.utf8), file: "update.csv", by: f.actor, now: Date())
    #expect(r.counts.updated[.household] == 1)
    #expect(r.counts.created[.household] == nil)
    #expect(r.events == 1)
    let all = try store.registerSnapshot().households
    #expect(all.count == 6)
    let wang = try #require(all.first { $0.headName == "王秀英" })
    #expect(wang.members.map(\.name) == ["王秀英", "李建国", "李小龙", "王小妹"])
    #expect(wang.phone == "13800000099")
    #expect(wang.flags == [.veteran, .elderlyAlone])
    // People: the same person twice in one file is one person with both roles.
    let people = """
      姓名,电话,角色,社区/村,网格,负责楼栋
      张三,13900000011,党员志愿者,六堰社区,,
      张三,139-0000-0011,楼栋长,六堰社区,第一网格,6栋
      """
    _ = try store.importRegister(
      .people, data: Data(people.utf8), file: "p.csv", by: f.actor, now: Date())
    let zhang = try store.people().filter { $0.name == "张三" }
    #expect(zhang.count == 1)
    #expect(zhang.first?.roles == [.buildingHead, .volunteer])
    #expect(zhang.first?.buildings == ["6"])
  }

  @Test func dryRunWritesNothingAndRecordsAreEvents() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    let dry = try store.importRegister(
      .people, file: RegisterFixtureFiles.url("people.csv"), dryRun: true, by: f.actor, now: Date())
    #expect(dry.dryRun)
    #expect(dry.counts.created[.person] == 14)
    #expect(dry.counts.created[.unit] == 2)  // units named by people are created
    #expect(try store.eventCount() == 0)
    try importBase(store)
    let zhang = try store.person("张德明")
    let history = try store.registerHistory(of: zhang.uuid)
    #expect(history.map(\.kind) == [.personSaved, .personSaved])  // grids.csv, then people.csv
    #expect(history.last?.data.person == zhang)
    // The projection equals a rebuild from the log.
    let before = try store.registerSnapshot()
    try store.rebuildRegister()
    #expect(try store.registerSnapshot() == before)
    // Stable ids: the same files on another laptop give the same records.
    let g = StoreFixture()
    defer { g.dir.remove() }
    let other = try g.open()
    try importBase(other)
    #expect(try other.registerSnapshot() == before)
  }
}
