import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The register in the console: the browser (units → grids → households → history), the
/// person picker, "my cases", and the dispatch loop's actions, on a real store holding the
/// demo register (`data/demo/*.csv`, households in GB18030) plus 张三, a volunteer.
@Suite("Register and dispatch")
struct RegisterConsoleTests {
  /// A store with the demo register and no cases but the ones a test adds.
  func fixture() throws -> ConsoleFixture {
    let f = try ConsoleFixture(seed: false)
    let importer = Actor("导入")
    try DemoRegister.load(
      into: f.store, resources: Resources(roots: [EngineFixture.root]), by: importer,
      now: ConsoleFixture.now)
    let liuyan = try #require(try f.store.units().first { $0.name == "六堰社区" })
    _ = try f.store.save(
      person: Person(
        uuid: UUID(), name: "张三", phone: "13800001234", roles: [.volunteer],
        unitID: liuyan.uuid, partyMember: true),
      by: importer, now: ConsoleFixture.now)
    return f
  }

  /// A household-tier case at 武秀英's address (六堰社区 第一网格, building 1): routed at
  /// intake to building 1's head.
  func leak(_ f: ConsoleFixture) throws -> Case {
    try f.add(
      "楼上卫生间漏水，把我家天花板泡了", name: "武秀英", phone: "13804776611",
      address: "六堰社区1栋2单元502", at: "2026-11-28 09:30", tier: .household, reason: "邻里漏水")
  }

  func events(_ f: ConsoleFixture, _ id: String) throws -> [Event] {
    try f.store.history(of: f.store.find(id))
  }

  func text(_ app: App, _ w: Int = 120, _ h: Int = 40) -> String { screen(app, w, h).text() }

  // MARK: - Browser

  @Test func browserFlagsGridsOverCapacity() throws {
    let f = try fixture()
    let over = try #require(try f.store.overCapacityGrids().first)
    let units = try f.store.unitSummaries()
    let unitIndex = try #require(units.firstIndex { $0.unit.uuid == over.grid.unitID })
    let app = f.settledApp()
    app.handle(.char("b"))
    var grid = screen(app, 120, 40)
    #expect(grid.find("网格台账") != nil)
    #expect(grid.find("六堰社区") != nil && grid.find("七里垭村") != nil)
    app.handle(Array(repeating: .down, count: unitIndex) + [.enter])
    grid = screen(app, 120, 40)
    #expect(grid.find(over.unit!.name + " · ") == nil)  // title is the unit's name alone
    let flag = "\(over.households)户 超过\(over.limit)户"
    let at = try #require(grid.find(flag), "no capacity flag in:\n\(grid.text())")
    #expect(grid.roleAt(at.x, at.y) == .warning)
    let row = grid.line(at.y)
    #expect(row.contains(over.grid.name) && row.contains(over.head ?? "?"))
    // A grid within capacity shows its count against the limit, not in the warning colour.
    let fine = try #require(try f.store.gridLoads(in: over.grid.unitID).first { !$0.isOver })
    let ok = try #require(grid.find("\(fine.households)户 / \(fine.limit)"))
    #expect(grid.roleAt(ok.x, ok.y) != .warning)
  }

  @Test func householdShowsFlagsOpenCasesAndHistory() throws {
    let f = try fixture()
    let c = try leak(f)
    let household = try #require(c.resident.householdID.flatMap(UUID.init(uuidString:)))
    let h = try f.store.household(household.uuidString)
    let app = f.settledApp()
    app.handle(.char("b"))
    let unitIndex = try #require(
      try f.store.unitSummaries().firstIndex { $0.unit.uuid == h.unitID })
    app.handle(Array(repeating: .down, count: unitIndex) + [.enter])
    let grids = try f.store.gridLoads(in: h.unitID)
    let gridIndex = try #require(grids.firstIndex { $0.grid.uuid == h.gridID })
    app.handle(Array(repeating: .down, count: gridIndex) + [.enter])
    let rows = try f.store.householdSummaries(inGrid: try #require(h.gridID))
    let rowIndex = try #require(rows.firstIndex { $0.household.uuid == household })
    #expect(rows[rowIndex].openCases == 1)
    app.handle(Array(repeating: .down, count: rowIndex))
    var grid = screen(app, 120, 40)
    let line = grid.line(try #require(grid.find(h.address.text)).y)
    // Head, then one open case of one in all (the last two columns).
    #expect(line.contains("武秀英"))
    #expect(line.split(separator: " ").suffix(2) == ["1", "1"], "\(line)")
    // A flagged household shows its flags in words.
    let flagged = try #require(rows.first { !$0.household.flags.isEmpty })
    #expect(grid.text().contains(flagged.household.flags[0].name(.zh)))

    app.handle(.enter)
    grid = screen(app, 120, 40)
    #expect(app.top is HouseholdScreen)
    #expect(grid.find("武淑芬") != nil, "\(grid.text())")  // a member
    #expect(grid.find("案件（1）") != nil)
    #expect(grid.find(c.id) != nil)
    app.handle(.enter)
    #expect((app.top as? DetailScreen)?.id == c.id)
  }

  @Test func browserSnapshots() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("b"))
    assertSnapshot(screen(app, 80, 24).text(), named: "register-units-80x24")
    app.handle([.down, .down, .enter])  // 锦华苑社区, whose 第二网格 is over capacity
    assertSnapshot(screen(app, 80, 24).text(), named: "register-grids-80x24")
  }

  // MARK: - Person picker and my cases

  @Test func pickerFindsByPinyinInitialsAndCharacters() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("M"))
    guard case .people(var picker)? = app.modal?.body else {
      Issue.record("no person picker")
      return
    }
    picker.type("zs")
    #expect(picker.selected?.name == "张三")
    app.handle([.char("z"), .char("s")])
    var grid = screen(app, 100, 30)
    let row = try #require(grid.find("张三"), "\(grid.text())")
    let line = grid.line(row.y)
    #expect(line.contains("党员志愿者") && line.contains("六堰社区") && line.contains("138****1234"))
    #expect(!line.contains("13800001234"))
    // Chinese characters match too, and Backspace widens the search again.
    app.handle([.backspace, .backspace])
    app.type("德明")
    grid = screen(app, 100, 30)
    #expect(grid.find("张德明") != nil)
    guard case .people(let narrowed)? = app.modal?.body else { return }
    #expect(narrowed.matches.map(\.person.name) == ["张德明"])
    app.handle([.backspace, .backspace])
    app.type("zs")
    assertSnapshot(screen(app, 80, 24).text(), named: "person-picker-80x24")
    app.handle(.escape)
    #expect(app.modal == nil)
  }

  @Test func myCasesListsWhatAPersonOwns() throws {
    let f = try fixture()
    let c = try leak(f)
    let owner = try #require(try f.store.find(c.id).assignee)
    let app = f.settledApp()
    app.handle(.char("M"))
    app.type(owner)
    app.handle(.enter)
    let list = try #require(app.top as? OwnerCasesScreen)
    #expect(list.owner.name == owner)
    let grid = screen(app, 100, 30)
    #expect(grid.find("\(owner) 承办的案件") != nil)
    #expect(grid.find(c.id) != nil, "\(grid.text())")
    app.handle(.enter)
    #expect((app.top as? DetailScreen)?.id == c.id)
    // Someone who owns nothing gets an empty list.
    app.handle(.char("q"))
    app.handle(.char("q"))
    app.handle(.char("M"))
    app.type("张三")
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("没有在办案件") != nil)
  }

  // MARK: - Detail actions

  @Test func detailShowsOwnerAndWhy() throws {
    let f = try fixture()
    let c = try leak(f)
    let app = try open(c.id, in: f)
    let grid = screen(app, 120, 40)
    #expect(grid.find("承办人") != nil && grid.find(c.assignee ?? "?") != nil)
    let why = try #require(grid.find("分派依据"), "\(grid.text())")
    #expect(grid.line(why.y).contains("户级 → "), "\(grid.line(why.y))")
  }

  @Test func assignFromThePickerWithAReason() throws {
    let f = try fixture()
    let c = try leak(f)
    let app = try open(c.id, in: f)
    app.handle(.char("a"))
    app.type("郭娟")  // building 2's head
    app.handle(.enter)
    app.type("本人要求")
    app.handle(.enter)
    let last = try #require(try events(f, c.id).last)
    #expect(last.kind == .assigned && last.data.assignee == "郭娟")
    #expect(last.data.assigneeID != nil && last.data.reason == "本人要求")
    #expect(screen(app, 120, 40).find("本人要求") != nil)
  }

  @Test func dispatchDeliverRateUnsatisfiedEscalatesToTheNextOwner() throws {
    let f = try fixture()
    let c = try leak(f)
    let app = try open(c.id, in: f)
    // 派单: only volunteers are offered.
    app.handle(.char("d"))
    guard case .people(let picker)? = app.modal?.body else {
      Issue.record("no person picker")
      return
    }
    #expect(picker.matches.allSatisfy { $0.person.has(.volunteer) })
    app.type("xgh")
    app.handle(.enter)
    app.type("上门查看漏水点")
    app.handle(.enter)
    var last = try #require(try events(f, c.id).last)
    #expect(last.kind == .dispatched && last.data.volunteer == "夏国华")
    #expect(screen(app, 120, 40).find("夏国华") != nil)

    // 送单: a bad number is refused and asked again, then 45 minutes, done.
    app.handle(.char("s"))
    app.type("abc")
    app.handle(.enter)
    #expect(app.modal != nil)
    #expect(screen(app, 120, 40).find("1–1440") != nil)
    app.handle([.backspace, .backspace, .backspace])
    app.type("45")
    app.handle(.enter)
    app.type("已联系楼上维修")
    app.handle(.enter)
    last = try #require(try events(f, c.id).last)
    #expect(last.kind == .delivered && last.data.minutes == 45 && last.data.done == true)
    #expect(try f.store.find(c.id).state == .resolved)

    // 评单: unsatisfied reopens and escalates to the residence tier's owner.
    app.handle(.char("t"))
    app.handle(.char("3"))
    app.type("还在漏")
    app.handle(.enter)
    let now = try f.store.find(c.id)
    #expect(now.tier == .residence && now.state.isOpen)
    let committee = try f.store.people(role: .committeeStaff).map(\.name)
    #expect(committee.contains(now.assignee ?? "?"), "\(now.assignee ?? "nil")")
    let grid = screen(app, 120, 40)
    let why = try #require(grid.find("分派依据"))
    #expect(grid.line(why.y).contains("村居 → 六堰社区"), "\(grid.line(why.y))")
    #expect(grid.find(now.assignee!) != nil)
  }

  @Test func deliverBeforeDispatchIsRefusedAtOnce() throws {
    let f = try fixture()
    let c = try leak(f)
    let app = try open(c.id, in: f)
    app.handle(.char("s"))
    #expect(app.modal == nil)
    let status = screen(app, 120, 40).line(38)
    #expect(status.contains(EngineError.notDispatched.message(.zh)), "\(status)")
  }

  // MARK: - Intake

  @Test func intakeShowsTheSuggestedOwnerAndTakesAnother() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("武秀英")
    app.handle(.tab)
    app.type("13804776611")
    app.handle(.tab)
    app.type("六堰社区1栋2单元502")
    app.handle([.tab, .tab])
    app.type("楼上卫生间漏水，把我家天花板泡了")
    let form = try #require(app.top as? IntakeScreen)
    let suggested = try #require(form.route?.owner?.person.name)
    var grid = screen(app, 120, 40)
    #expect(grid.find("承办人") != nil)
    #expect(grid.find(suggested) != nil, "\(grid.text())")
    #expect(grid.find("分派依据") != nil)

    app.handle(.control("o"))
    app.type("zs")
    app.handle(.enter)
    #expect(form.ownerOverride == nil)  // asks why first
    app.handle(.enter)  // an empty reason is refused
    #expect(form.ownerOverride == nil && app.modal != nil)
    app.type("张三熟悉这户")
    app.handle(.enter)
    #expect(form.ownerOverride?.handler.name == "张三")
    grid = screen(app, 120, 40)
    #expect(grid.find("张三熟悉这户") != nil)

    app.handle(.control("s"))
    let saved = try #require(try f.store.list(CaseQuery(), offset: 0, limit: 1).first)
    #expect(saved.assignee == "张三")
    let assigned = try events(f, saved.id).filter { $0.kind == .assigned }
    #expect(assigned.count == 1 && assigned[0].data.reason == "张三熟悉这户")
  }

  /// Opens case `id` by searching its resident's name.
  func open(_ id: String, in f: ConsoleFixture) throws -> App {
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type(try f.store.find(id).resident.name)
    app.handle(.enter)
    #expect((app.top as? DetailScreen)?.id == id)
    return app
  }
}
