import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

/// Linking at the save and at import, the warning's events and projection, and its commands,
/// on real SQLite files.
@Suite("Warnings in the store")
struct WarningStoreTests {
  static let propertyTexts = [
    "中瑞物业把电梯停了半个月，老人上不了楼", "中瑞物业乱收停车费，涨了一倍也不公示",
    "物业费涨价没开业主大会，中瑞物业说不交就停水", "中瑞物业的保安不让快递进小区",
    "中瑞物业不修漏水的屋顶，家里墙都发霉了", "垃圾三天没人清，找中瑞物业没人管",
    "中瑞物业把绿地改成停车位收费", "小区门禁坏了，中瑞物业一直不修",
    "中瑞物业收了维修基金不公开账目", "中瑞物业经理态度恶劣还骂业主",
    "地下车库积水，中瑞物业不抽水", "中瑞物业停了二期的热水，业主意见很大",
  ]

  static let noise = [
    ("楼上每天半夜装修电钻声吵得睡不着", "中瑞·领航城3栋2单元502"),
    ("隔壁家的狗整夜叫", "中瑞·领航城3栋1单元301"),
    ("楼下开了麻将馆天天吵到凌晨", "中瑞·领航城3栋2单元702"),
  ]

  static func intake(
    _ text: String, address: String, phone: String, day: Int, hour: Int = 10
  ) -> Intake {
    Intake(
      resident: Resident(name: "居民\(phone.suffix(2))", phone: phone, address: address),
      text: text, receivedAt: EngineFixture.at(String(format: "2026-11-%02d %02d:00", day, hour)))
  }

  static func save(_ store: CaseStore, _ f: StoreFixture, _ intake: Intake) throws -> Case {
    try store.takeIn(
      TakeInRequest(intake, owner: .unrouted), engine: f.engine, by: f.actor,
      now: intake.receivedAt)
  }

  @Test func twelveHouseholdsOfOneCompoundAreOneRedWarningAndNothingElseIsLinked() throws {
    let f = StoreFixture()
    let store = try f.open()
    var matter: [UUID] = []
    var others: [UUID] = []
    for (i, text) in Self.propertyTexts.enumerated() {
      // Unrelated cases of the same compound and the street arrive between them.
      if i < Self.noise.count {
        let (t, a) = Self.noise[i]
        others.append(
          try Self.save(store, f, Self.intake(t, address: a, phone: "1380000000\(i)", day: 2 + i))
            .uuid)
      }
      if i == 6 {
        others.append(
          try Self.save(
            store, f,
            Self.intake("锦绣家园物业不修路灯，晚上太黑", address: "锦绣家园2栋1单元101", phone: "13800000077", day: 8)
          ).uuid)
      }
      let c = try Self.save(
        store, f,
        Self.intake(
          text, address: "中瑞·领航城\(i + 1)栋1单元\(100 * (i % 6 + 1) + 1)",
          phone: String(format: "139000000%02d", i), day: 1 + i * 9 / 12, hour: 9 + i % 8))
      matter.append(c.uuid)
    }
    let warnings = try store.warnings()
    #expect(warnings.count == 1)
    let w = try #require(warnings.first)
    #expect(w.level == .red)
    #expect(Set(w.cases) == Set(matter))
    #expect(w.households == 12)
    #expect(w.place == "中瑞·领航城" && w.party == "中瑞物业")
    #expect(Set(w.cases).isDisjoint(with: others))
    // Nothing else is linked: the matter tables hold the twelve alone.
    let linked = try store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM matter_clusters") ?? -1
    }
    #expect(linked == 12)
    // Raised at 黄 and raised further as households came: levels only rise in the log.
    let evidence = try store.evidence(of: w, rules: f.engine.rules.warning)
    #expect(evidence.items.count == 12)
    #expect(evidence.items.allSatisfy { $0.link?.text(.zh).contains("同一对象 中瑞物业") == true })
  }

  @Test func threeUnrelatedNoiseComplaintsInOneBuildingRaiseNoWarning() throws {
    let f = StoreFixture()
    let store = try f.open()
    for (i, (t, a)) in Self.noise.enumerated() {
      _ = try Self.save(store, f, Self.intake(t, address: a, phone: "1380000000\(i)", day: 2 + i))
    }
    #expect(try store.warnings(all: true).isEmpty)
  }

  @Test func wageComplaintsFromOneWorksiteAreLinkedWhenTheyArriveByBundle() throws {
    let laptops = try Laptops(2)
    let f = StoreFixture()
    let wages = [
      ("在宏达工地干了三个月，包工头拖欠工资不给", "七里垭村3组15号"), ("宏达工地欠我们工资两个月了", "六堰社区2栋1单元301"),
      ("宏达工地老板跑了，工资没结", "青山村1组2号"),
    ]
    // Two arrive at laptop A, one at laptop B: neither has three households alone.
    for (i, (t, a)) in wages.enumerated() {
      let store = laptops[i < 2 ? 0 : 1]
      _ = try Self.save(store, f, Self.intake(t, address: a, phone: "1370000000\(i)", day: 3 + i))
    }
    #expect(try laptops[0].warnings().isEmpty && laptops[1].warnings().isEmpty)
    try laptops.sync(0, to: 1)
    let w = try #require(try laptops[1].warnings().first)
    #expect(w.cases.count == 3 && w.households == 3 && w.level == .yellow)
    #expect(w.party == "宏达工地")
    // The warning travels back like any event and reads the same there.
    try laptops.sync(1, to: 0)
    #expect(try laptops[0].warnings().map(\.uuid) == [w.uuid])
    #expect(Set(try laptops[0].warnings()[0].cases) == Set(w.cases))
  }

  @Test func acknowledgeDismissAndTakeOnAreEvents() throws {
    let f = StoreFixture()
    let store = try f.open()
    for i in 0..<3 {
      _ = try Self.save(
        store, f,
        Self.intake(
          Self.propertyTexts[i], address: "中瑞·领航城\(i + 1)栋1单元101", phone: "1390000000\(i)",
          day: 2 + i))
    }
    let w = try #require(try store.warnings().first)
    #expect(w.level == .yellow && w.state == .open)
    let seen = try store.acknowledgeWarning(
      w.shortID, by: f.actor, now: EngineFixture.at("2026-11-06 09:00"))
    #expect(seen.state == .acknowledged)
    #expect(throws: WarningError.reasonRequired) {
      _ = try store.dismissWarning(w.shortID, reason: "  ", by: f.actor, now: Date())
    }
    #expect(throws: WarningError.notFound(key: "zzzz")) { _ = try store.warning(matching: "zzzz") }
    let taken = try store.takeOnWarning(
      w.shortID, engine: f.engine, by: f.actor, now: EngineFixture.at("2026-11-06 10:00"))
    #expect(taken.warning.state == .takenOn && taken.warning.groupCase == taken.group.uuid)
    #expect(try store.groupChildren(of: taken.group).count == 3)
    #expect(throws: WarningError.closed(.takenOn)) {
      _ = try store.dismissWarning(w.shortID, reason: "不是一件事", by: f.actor, now: Date())
    }
    #expect(try store.warnings().isEmpty)
    #expect(try store.warnings(all: true).count == 1)
  }

  @Test func aRescanFindsTheSameWarningFromTheCases() throws {
    let f = StoreFixture()
    let store = try f.open()
    for i in 0..<4 {
      _ = try Self.save(
        store, f,
        Self.intake(
          Self.propertyTexts[i], address: "中瑞·领航城\(i + 1)栋1单元101", phone: "1390000000\(i)",
          day: 2 + i))
    }
    let before = try store.warnings()
    let report = try store.rescanWarnings(
      rules: f.engine.rules.warning, days: 90, by: f.actor,
      now: EngineFixture.at("2026-11-10 10:00"))
    #expect(report.cases == 4 && report.matters == 1 && report.raised == 0)
    #expect(try store.warnings().map(\.uuid) == before.map(\.uuid))
    // The live hint: a fifth complaint being typed would link to the four.
    let draft = Case(
      uuid: UUID(), id: "", receivedAt: EngineFixture.at("2026-11-07 10:00"),
      resident: Resident(name: "新", phone: "13900000099", address: "中瑞·领航城9栋1单元101"),
      text: "中瑞物业又停水了")
    #expect(try store.relatedCount(to: draft, rules: f.engine.rules.warning) == 4)
  }
}
