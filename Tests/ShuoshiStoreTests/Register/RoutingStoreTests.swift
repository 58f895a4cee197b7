import Foundation
import GRDB
import ShuoshiCore
import TestSupport
import Testing

@testable import ShuoshiStore

@Suite("Routing cases to owners in the store")
struct RoutingStoreTests {
  /// A store with the fixture register and its households.
  func registered(_ f: StoreFixture) throws -> CaseStore {
    let store = try f.open()
    try importBase(store)
    _ = try store.importRegister(
      .households, file: RegisterFixtureFiles.url("households.gb18030.csv"), by: f.actor,
      now: Date())
    return store
  }

  func intake(
    _ text: String, name: String, phone: String = "", address: String,
    at time: String = "2026-11-28 10:00"
  ) -> Intake {
    Intake(
      resident: Resident(name: name, phone: phone, address: address), text: text,
      receivedAt: EngineFixture.at(time))
  }

  @Test func intakeLinksTheHouseholdAndAssignsTheBuildingHead() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    let c = try store.add(
      intake("楼上卫生间漏水，天花板泡了", name: "王秀英", address: "六堰社区3号楼2单元502室"), engine: f.engine,
      by: f.actor, now: EngineFixture.at("2026-11-28 10:00"))
    #expect(c.tier == .household)
    #expect(c.assignee == "张德明")
    #expect(c.assigneeID == (try store.person("张德明")).uuid)
    #expect(c.state == .assigned)
    let h = try store.household("六堰社区3栋2单元502")
    #expect(c.resident.householdID == h.uuid.uuidString)
    let assigned = try #require(try store.history(of: c).last)
    #expect(assigned.kind == .assigned)
    #expect(assigned.data.route?.map(\.kind) == [.addressExact, .unit, .grid, .buildingHead])
    #expect(
      assigned.summary(rules: f.engine.rules, lang: .zh)
        == "派单给 张德明〔地址“3栋2单元502”与住户台账一致；地址属于六堰社区；住户属于第一网格；户级 → 3栋的楼栋长 张德明〕")
    // --no-route: linked, not assigned.
    let unrouted = try store.add(
      intake("楼上漏水", name: "王秀英", address: "六堰社区3栋2单元502"), engine: f.engine, by: f.actor,
      now: Date(), route: false)
    #expect(unrouted.assignee == nil)
    #expect(unrouted.resident.householdID == h.uuid.uuidString)
    // The suggestion the intake form shows, per tier.
    let resident = Resident(name: "李老汉", phone: "13800000005", address: "七里垭三组十五号")
    let owners = try Tier.allCases.map {
      try store.suggestRoute(for: resident, tier: $0).owner?.person.name
    }
    #expect(owners == ["李春生", "田秋菊", "孙志华", "赵明"])
  }

  @Test func referredCasesAreNotRoutedSilently() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    let c = try store.add(
      intake("对法院判决不服，想继续上诉", name: "王秀英", address: "六堰社区3栋2单元502"), engine: f.engine, by: f.actor,
      now: Date())
    #expect(c.referred)
    #expect(c.assignee == nil)
  }

  @Test func sweepEscalationMovesToTheNextTiersOwner() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    let c = try store.add(
      intake("楼上噪音太大", name: "赵大爷", address: "六堰社区4栋2单元101", at: "2026-11-02 09:00"),
      engine: f.engine, by: f.actor, now: EngineFixture.at("2026-11-02 09:00"))
    #expect(c.assignee == "黄志强")
    _ = try store.sweep(
      engine: f.engine, by: Actor("系统"), now: EngineFixture.at("2026-11-06 09:00"))
    let residence = try store.find(c.id)
    #expect(residence.tier == .residence)
    #expect(residence.assignee == "何涛")  // fewest open cases among the committee, then by name
    #expect(residence.state == .assigned)
    _ = try store.sweep(
      engine: f.engine, by: Actor("系统"), now: EngineFixture.at("2026-11-28 09:00"))
    let district = try store.find(c.id)
    #expect(district.tier >= .district)
    #expect(district.assignee == (district.tier == .district ? "刘建国" : "赵明"))
    let escalated = try store.history(of: district).filter { $0.kind == .escalated }
    #expect(escalated.first?.data.route?.first?.kind == .committee)
    #expect(Case.replay(try store.history(of: district)) == district)
  }

  @Test func aCatchUpSweepRoutesEachStepToItsTiersOwner() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    let c = try store.add(
      intake("楼上噪音太大", name: "赵大爷", address: "六堰社区4栋2单元101", at: "2026-11-02 09:00"),
      engine: f.engine, by: f.actor, now: EngineFixture.at("2026-11-02 09:00"))
    #expect(c.assignee == "黄志强")
    // Household due Thu 11-05, residence 7 working days later (11-16), district 15 after that.
    let outcome = try store.sweep(
      engine: f.engine, by: Actor("系统"), now: EngineFixture.at("2026-11-28 09:00"))
    #expect(outcome.escalated.map(\.to) == [.residence, .district])
    let escalated = try store.history(of: c).filter { $0.kind == .escalated }
    #expect(escalated.map(\.data.assignee) == ["何涛", "刘建国"])
    #expect(escalated.first?.data.route?.first?.kind == .committee)
    let district = try store.find(c.id)
    #expect(district.tier == .district)
    #expect(district.assignee == "刘建国")
    #expect(district.state == .assigned)
    #expect(Case.replay(try store.history(of: district)) == district)
  }

  @Test func unsatisfiedRatingGoesToTheNextOwnerAndVolunteerHoursAreTallied() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    let now = EngineFixture.at("2026-11-28 10:00")
    let c = try store.add(
      intake("楼道灯不亮", name: "周桂兰", address: "六堰社区3栋1单元301"), engine: f.engine, by: f.actor, now: now
    )
    let zhang = try store.person("张三")
    _ = try store.dispatch(c.id, to: zhang, note: "换灯泡", engine: f.engine, by: f.actor, now: now)
    _ = try store.perform(
      .deliver(minutes: 40, note: "已换", done: true), on: c.id, engine: f.engine, by: f.actor,
      now: now)
    var tallies = try store.volunteerTallies()
    #expect(tallies.first { $0.name == "张三" }?.minutes == 40)
    #expect(tallies.first { $0.name == "李四" }?.minutes == 0)  // registered, no job yet
    let rated = try store.perform(
      .rate(.unsatisfied, comment: "还是不亮"), on: c.id, engine: f.engine, by: f.actor, now: now)
    #expect(rated.tier.rank == c.tier.rank + 1)
    #expect(rated.assignee != c.assignee)
    #expect(rated.assigneeID != nil)
    #expect(rated.volunteer == nil)
    // An undone delivery does not count.
    let d = try store.add(
      intake("楼道堆放杂物", name: "周桂兰", address: "六堰社区3栋1单元301"), engine: f.engine, by: f.actor,
      now: now)
    _ = try store.dispatch(d.id, to: zhang, note: nil, engine: f.engine, by: f.actor, now: now)
    _ = try store.perform(
      .deliver(minutes: 500, note: nil, done: false), on: d.id, engine: f.engine, by: f.actor,
      now: now)
    _ = try store.perform(.undo, on: d.id, engine: f.engine, by: f.actor, now: now)
    tallies = try store.volunteerTallies()
    let z = try #require(tallies.first { $0.name == "张三" })
    #expect(z.minutes == 40)
    #expect(z.deliveries == 1)
    #expect(z.openJobs == 1)
    #expect(tallies.first?.name == "张三")
    #expect(try store.cases(ownedBy: rated.assigneeID!).map(\.id) == [rated.id])
  }

  @Test func capacityAndHouseholdHistory() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try registered(f)
    #expect(try store.overCapacityGrids().isEmpty)
    // Sixteen more households in 七里垭村第一网格: over "1包15户".
    var rows = ["社区/村,网格,地址,户主,联系电话"]
    for n in 1...14 { rows.append("七里垭村,第一网格,4组\(n)号,村民\(n),1370000\(String(format: "%04d", n))") }
    _ = try store.importRegister(
      .households, data: Data(rows.joined(separator: "\n").utf8), file: "more.csv", by: f.actor,
      now: Date())
    let over = try store.overCapacityGrids()
    #expect(over.map { "\($0.unit!.name)\($0.grid.name)" } == ["七里垭村第一网格"])
    #expect(over.first?.households == 16)
    #expect(over.first?.limit == 15)
    let report = try store.checkRegister()
    #expect(report.flagged.count == 1)
    #expect(report.loads.count == 3)
    let units = try store.unitSummaries()
    #expect(units.map(\.unit.name) == ["六堰社区", "七里垭村"])
    #expect(units.last?.gridsOver == 1)

  }

  @Test func householdHistoryFindsEveryMembersCases() throws {
    let f = StoreFixture()
    defer { f.dir.remove() }
    let store = try f.open()
    // Taken in before the register existed: no household link, found by phone.
    let before = try store.add(
      intake(
        "楼上漏水", name: "王秀英", phone: "13800000001", address: "六堰3-2-502", at: "2026-11-14 10:00"),
      engine: f.engine, by: f.actor, now: Date())
    #expect(before.resident.householdID == nil)
    try importBase(store)
    _ = try store.importRegister(
      .households, file: RegisterFixtureFiles.url("households.utf8.csv"), by: f.actor, now: Date())
    for (name, phone, day) in [
      ("李小龙", "13600000001", "2026-11-21 10:00"), ("王秀英", "", "2026-11-28 10:00"),
    ] {
      _ = try store.add(
        intake("楼上漏水", name: name, phone: phone, address: "六堰社区3栋2单元502", at: day),
        engine: f.engine,
        by: f.actor, now: Date())
    }
    _ = try store.add(
      intake("路灯坏了", name: "外人", phone: "13000000000", address: "六堰社区9栋1单元101"), engine: f.engine,
      by: f.actor, now: Date())
    let h = try store.household("六堰社区3栋2单元502")
    let history = try store.householdHistory(h.uuid, calendar: f.engine.calendar)
    #expect(history.cases.count == 3)
    #expect(history.cases.last?.id == before.id)
    #expect(history.visits.saturdayStreak == 3)
    #expect(history.visits.streakText(.zh) == "连续 3 个周六来访")
    #expect(history.carers.map(\.name) == ["张德明"])
    let grid = try #require(h.gridID)
    let summaries = try store.householdSummaries(inGrid: grid)
    #expect(summaries.first { $0.household.uuid == h.uuid }?.openCases == 2)
    #expect(try store.residentCases(name: "王秀英", phone: "13800000001").map(\.id) == [before.id])
    #expect(try store.household("李小龙").uuid == h.uuid)
    #expect(try store.household(RegisterID.short(h.uuid)).uuid == h.uuid)
    #expect(throws: StoreError.noRecord(.household, id: "无此人")) { try store.household("无此人") }
  }
}
