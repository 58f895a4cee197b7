import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The supervision keys of the detail screen: x 延期, b 退单, c 催办, D 督办. The fixture's
/// leak case is assigned at household, due Wednesday 2026-12-02, not late on the fixture's day.
@Suite("Supervision keys")
struct SupervisionActionTests {
  static let leak = CaseActionTests.leak

  func open(_ f: ConsoleFixture) throws -> App { try CaseActionTests().open(Self.leak, in: f) }
  func last(_ f: ConsoleFixture) throws -> Event? {
    try f.store.history(of: f.store.find(Self.leak)).last
  }

  @Test func extendPicksTheDaysThenTheReason() throws {
    let f = try ConsoleFixture()
    let app = try open(f)
    app.handle(.char("x"))
    #expect(screen(app, 80, 24).find("2 个工作日，至 2026-12-04") != nil)
    app.handle(.char("2"))
    app.type("需协调物业")
    app.handle(.enter)
    #expect(try last(f)?.kind == .extended)
    let grid = screen(app, 80, 24)
    #expect(grid.find("延期 2 个工作日，至 2026-12-04：需协调物业") != nil, "\(grid.text())")
    #expect(grid.find("（已延期）") != nil)
    // Once per tier: the key is now refused with the engine's reason, and nothing is written.
    app.handle(.char("x"))
    #expect(app.modal == nil)
    #expect(screen(app, 80, 24).find("已延期过一次") != nil)
    #expect(
      try f.store.history(of: f.store.find(Self.leak)).filter { $0.kind == .extended }.count == 1)
  }

  @Test func returnAsWrongTierPicksTheTierThenANote() throws {
    let f = try ConsoleFixture()
    let app = try open(f)
    app.handle([.char("b"), .char("3")])  // 层级不对
    #expect(screen(app, 80, 24).find("应在哪个层级") != nil)
    app.handle(.char("2"))  // residence, district, street: district
    app.type("涉及市政管网")
    app.handle(.enter)
    let e = try #require(try last(f))
    #expect(e.kind == .returned)
    #expect(e.data.tier == .district)
    let c = try f.store.find(Self.leak)
    #expect(c.state == .new && c.assignee == nil && c.returns == 1)
    #expect(screen(app, 80, 24).find("退单（层级不对），回到片区待派单") != nil)
  }

  @Test func urgeIsRefusedOnACaseThatIsNotLate() throws {
    let f = try ConsoleFixture()
    let app = try open(f)
    let before = try f.store.history(of: f.store.find(Self.leak)).count
    app.handle(.char("c"))
    #expect(app.modal == nil)
    #expect(screen(app, 80, 24).find("不能催办") != nil)
    #expect(try f.store.history(of: f.store.find(Self.leak)).count == before)
  }

  @Test func superviseTogglesTheFlag() throws {
    let f = try ConsoleFixture()
    let app = try open(f)
    app.handle(.char("D"))
    #expect(screen(app, 80, 24).find("督办说明") != nil)
    app.type("群众多次反映")
    app.handle(.enter)
    #expect(try f.store.find(Self.leak).supervised)
    #expect(screen(app, 80, 24).find("跟进") != nil)
    app.handle(.char("D"))
    #expect(screen(app, 80, 24).find("取消督办") != nil)
    app.handle(.enter)
    #expect(!(try f.store.find(Self.leak).supervised))
  }

  @Test func aWaitAsksForItsExpectedEnd() throws {
    let f = try ConsoleFixture()
    let app = try open(f)
    app.handle(.char("w"))
    app.type("等物业回复")
    app.handle(.enter)
    #expect(screen(app, 80, 24).find("预计恢复日期") != nil)
    // Not a day: said, and the prompt stays with what was typed.
    app.handle(.ctrl("u"))
    app.type("下周三")
    app.handle(.enter)
    #expect(app.modal != nil)
    #expect(screen(app, 80, 24).find("日期“下周三”无效") != nil)
    app.handle(.ctrl("u"))
    app.type("2026-12-09")
    app.handle(.enter)
    let c = try f.store.find(Self.leak)
    #expect(c.state == .waiting)
    #expect(f.engine.calendar.civilDate(of: c.waitUntil!).description == "2026-12-09")
  }

  @Test func theSweepEndsAWaitPastItsDayAndTheQueueShowsIt() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    // The smoke case waits from 11-28 with the default end, five working days: Friday 12-04.
    #expect(try f.store.find(CaseActionTests.smoke).state == .waiting)
    #expect(screen(app, 120, 30).find("等待中") != nil)
    f.clock.now = EngineFixture.at("2026-12-07 08:00")
    app.tick()
    app.settle()
    let c = try f.store.find(CaseActionTests.smoke)
    #expect(c.state != .waiting && c.waitExpired)
    // The queue was reloaded: no row says 等待中 any more.
    #expect(screen(app, 120, 30).find("等待中") == nil)
  }
}
