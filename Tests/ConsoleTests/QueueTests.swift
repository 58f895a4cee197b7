import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The queue: tabs and their counts, roles, movement, the sweep, search as you type.
@Suite("Queue")
struct QueueTests {
  @Test func tabCountsMatchTheStore() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    for tab in QueueTab.allCases {
      let expected = try f.store.count(app.session.query(for: tab))
      #expect(app.session.counts[tab] == expected, "\(tab)")
    }
    #expect(app.session.counts[.open] == 6)
    #expect(app.session.counts[.all] == 8)
    #expect(app.session.counts[.awaitingRating] == 1)
  }

  @Test func firstFrameCountsNothing() throws {
    // The first paint fetches one page (one row more than fits) and no COUNT(*): counts come
    // between frames, so the queue shows at once on a big store.
    let f = try ConsoleFixture()
    let app = f.app()
    let first = screen(app, 80, 24)
    #expect(first.find("HJ-20261015-001") != nil)
    #expect(first.find("待办 6") == nil)
    #expect(app.session.counts.stale.count == QueueTab.allCases.count)
    #expect(app.hasPendingWork)
    app.settle()
    #expect(app.session.counts.stale.isEmpty)
    #expect(screen(app, 80, 24).find("待办 6") != nil)
  }

  @Test func overdueDeadlinesUseTheLateRoleAndUrgentTheUrgentRole() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.end)  // the late drain on top is selected: look at it unselected
    let grid = screen(app, 80, 24)
    let overdue = try #require(grid.find("超期11天"))
    #expect(grid.roleAt(overdue.x, overdue.y) == .late)
    let urgent = try #require(grid.find("急 HJ-20261124-001"))
    #expect(grid.roleAt(urgent.x, urgent.y) == .urgent)
    let tier = try #require(grid.find("上交 待派单"))
    #expect(grid.roleAt(tier.x, tier.y) == .tierStreet)
  }

  @Test func tabsSwitchWithTabDigitsAndMine() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    let queue = try #require(app.top as? QueueScreen)
    app.handle(.tab)
    #expect(queue.tab == .overdue)
    app.handle(.backTab)
    app.handle(.backTab)
    #expect(queue.tab == .all)
    app.handle(.char("1"))
    #expect(queue.tab == .household)
    app.handle(.char("m"))
    #expect(queue.tab == .open)
    app.settle()
    #expect(app.session.counts[.open] == 0)  // nothing is assigned to 王芳
    #expect(screen(app, 80, 24).find("我的待办") != nil)
  }

  @Test func movementAndOpen() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    // In attention order: the late drain first, the waiting case last.
    let order = try f.store.list(app.session.query(for: .open)).map(\.id)
    #expect(order.first == "HJ-20261015-001")
    #expect(order.last == "HJ-20261128-001")
    app.handle([.end, .enter])
    #expect((app.top as? DetailScreen)?.id == order.last)
    app.handle(.char("q"))
    app.handle([.home, .char("j"), .enter])
    #expect((app.top as? DetailScreen)?.id == order[1])
    app.handle(.escape)
    #expect(app.top is QueueScreen)
    app.handle(.char("q"))
    #expect(app.isFinished)
  }

  @Test func sweepAtStartAndOnEveryTick() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    #expect(screen(app, 80, 24).find("10:00 超期升级 1 件（上交 1 件）") != nil)
    // Two working days later the leak (household, due 12-02) has run out.
    f.clock.now = EngineFixture.at("2026-12-03 08:00")
    app.tick()
    app.settle()
    #expect(try f.store.find("HJ-20261127-001").tier == .residence)
    #expect(screen(app, 80, 24).find("08:00 超期升级") != nil)
    #expect(screen(app, 80, 24).find("12-03 周四 08:00") != nil)
    #expect(screen(app, 80, 24).find("逢六说事") == nil)  // a Thursday
  }

  @Test func aSweepAfterALongGapSaysTheCasesAndEveryTierTheyClimbed() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    // Ten weeks on: the leak (household, due 12-02) climbs to the street office in one sweep.
    let now = EngineFixture.at("2027-02-15 08:00")
    f.clock.now = now
    app.tick()
    app.settle()
    #expect(try f.store.find("HJ-20261127-001").tier == .street)
    var cases: Set<UUID> = []
    var steps = 0
    for c in try f.store.list(CaseQuery()) {
      let moved = try f.store.history(of: c).filter { $0.kind == .escalated && $0.at == now }
      if !moved.isEmpty { cases.insert(c.uuid) }
      steps += moved.count
    }
    #expect(steps > cases.count)
    #expect(screen(app, 120, 30).find("08:00 超期升级 \(cases.count) 件（共升 \(steps) 级）") != nil)
  }

  @Test func provisionalCalendarYearIsSaidOncePerSession() throws {
    let f = try ConsoleFixture()
    f.clock.now = EngineFixture.at("2026-12-20 10:00")  // deadlines reach into 2027
    let app = f.settledApp()
    let notice = "2027 年工作日历为暂定"
    #expect(screen(app, 120, 40).find(notice) != nil)
    #expect(screen(app, 120, 40).find("缺少 2027 年工作日历") == nil)
    // The next key clears it, and later ticks do not bring it back.
    app.handle(.char("j"))
    #expect(screen(app, 120, 40).find(notice) == nil)
    f.clock.now = EngineFixture.at("2026-12-21 10:00")
    app.tick()
    app.settle()
    #expect(screen(app, 120, 40).find(notice) == nil)
  }

  @Test func missingCalendarYearIsWarned() throws {
    let f = try ConsoleFixture()
    f.clock.now = EngineFixture.at("2027-12-20 10:00")  // deadlines reach into 2028
    let app = f.settledApp()
    #expect(screen(app, 120, 40).find("缺少 2028 年工作日历") != nil)
  }

  @Test func searchUpdatesPerKeystroke() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("楼")
    let one = screen(app, 80, 24)
    #expect(one.find("3 件") != nil, "\(one.text())")  // 楼道, 楼上, 楼下
    app.type("上")
    #expect(screen(app, 80, 24).find("1 件") != nil)
    app.handle(.backspace)
    app.handle(.backspace)
    app.type("5678")  // a phone tail
    #expect(screen(app, 80, 24).find("王秀英 138****5678") != nil)
    app.type("9")
    #expect(screen(app, 80, 24).find("没有找到") != nil)
  }

  @Test func searchFindsResidentsByPinyin() throws {
    let f = try ConsoleFixture()
    try f.add(
      "楼道灯不亮", name: "王桂兰", phone: "13900006666", address: "阳光社区3栋1单元101",
      at: "2026-11-28 10:00")
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("wgl")
    let found = screen(app, 80, 24)
    #expect(found.find("1 件") != nil, "\(found.text())")
    #expect(found.find("王桂兰") != nil)
    for _ in 0..<3 { app.handle(.backspace) }
    app.type("wangguilan")
    #expect(screen(app, 80, 24).find("王桂兰") != nil)
    for _ in 0..<10 { app.handle(.backspace) }
    app.type("wxy")  // 王秀英 of the demo cases
    #expect(screen(app, 80, 24).find("王秀英") != nil)
    #expect(screen(app, 80, 24).find("王桂兰") == nil)
  }

  /// A number off a receipt finds its case (and, where two laptops without letters issued
  /// it, both: `CaseNumberTests`), lower case as typed (issue 15).
  @Test func searchFindsACaseByItsNumber() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("hj-20261127-001")
    let found = screen(app, 80, 24)
    #expect(found.find("1 件") != nil, "\(found.text())")
    #expect(found.find("HJ-20261127-001") != nil)
    app.handle(.enter)
    #expect((app.top as? DetailScreen)?.id == "HJ-20261127-001")
  }

  @Test func searchTakesLettersAsText() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("qn?")  // not back, new or help
    #expect(app.top is SearchScreen)
    #expect((app.top as? SearchScreen)?.field.text == "qn?")
  }

  @Test func manyCasesFetchOnlyTheVisiblePage() throws {
    let f = try ConsoleFixture(seed: false)
    for i in 0..<120 {
      try f.add(
        "楼道灯坏了第\(i)次", name: "居民\(i)", address: "六堰社区\(i % 9 + 1)栋",
        at: "2026-11-2\(i % 8 + 1) 0\(i % 9):\(10 + i % 40)")
    }
    let app = f.settledApp()
    let grid = screen(app, 80, 24)
    #expect(grid.find("待办 120") != nil)
    #expect(app.session.counts[.all] == 120)
    app.handle(.pageDown)
    app.handle(.pageDown)
    let page = screen(app, 80, 24)
    #expect(page.lines[3...20].allSatisfy { $0.contains("HJ-") })
    app.handle(.end)
    #expect(screen(app, 120, 40).find("120/120") != nil)
    #expect(screen(app, 120, 40).line(38 - 1).contains("HJ-"))
  }

  @Test func bigCountsStayShort() {
    #expect(Strings.zh.compactCount(9999) == "9999")
    #expect(Strings.zh.compactCount(12_345) == "1.2万")
    #expect(Strings.zh.compactCount(1_000_000) == "100万")
    #expect(Strings.en.compactCount(12_345) == "12.3k")
    #expect(Strings.en.compactCount(250_000) == "250k")
    #expect(Strings.en.compactCount(1_000_000) == "1.0M")
  }

  @Test func suffixedIdsStayDistinctAt80Columns() throws {
    // Two laptops' cases with one id are told apart by a suffix; clipping at the end showed
    // both as HJ-20261207-00… (issue 12, finding 7).
    let f = try ConsoleFixture(seed: false)
    let app = f.settledApp()
    let base = try f.add("路灯坏了", name: "李建国", address: "阳光社区5栋1单元201", at: "2026-11-26 10:05")
    let table = CaseTable(format: app.session.format, width: 80)
    var rows: [String] = []
    for id in [
      "HJ-20261207-001-2", "HJ-20261207-001-3", "HJ-20261207-001", "HJ-A-20261207-001",
      "HJ-B-20261207-001",
    ] {
      var c = base
      c.id = id
      let grid = CellGrid(width: 80, height: 1)
      table.render(c, on: grid.region(grid.bounds), selected: false, now: ConsoleFixture.now)
      rows.append(grid.line(0))
    }
    #expect(rows[0].contains("HJ-…61207-001-2"))
    #expect(rows[1].contains("HJ-…61207-001-3"))
    #expect(rows[2].contains("HJ-20261207-001 "))
    // A laptop's letter stays in view (issue 15).
    #expect(rows[3].contains("HJ-A-…61207-001 "))
    #expect(rows[4].contains("HJ-B-…61207-001 "))
    #expect(Set(rows).count == 5)
  }
}
