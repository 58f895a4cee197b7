import ShuoshiCore
import ShuoshiStore
import TerminalUI
import Testing

@testable import Console

/// Case actions from the detail screen: each asks what it needs, appends one event, and the
/// new history line is on screen at once.
@Suite("Case actions")
struct CaseActionTests {
  /// Opens case `id` (by searching for it) on a settled app.
  func open(_ id: String, in f: ConsoleFixture) throws -> App {
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type(try f.store.find(id).resident.name)
    app.handle(.enter)
    #expect((app.top as? DetailScreen)?.id == id)
    return app
  }

  func events(_ f: ConsoleFixture, _ id: String) throws -> [Event] {
    try f.store.history(of: f.store.find(id))
  }

  /// Runs `keys` and `text` on the case and checks exactly one event of `kind` was added
  /// and its line is shown.
  func expectOneEvent(
    _ id: String, _ kind: EventKind, keys: [Key], text: String? = nil, then more: [Key] = [.enter],
    shows line: String, in f: ConsoleFixture
  ) throws {
    let app = try open(id, in: f)
    let before = try events(f, id).count
    app.handle(keys)
    if let text { app.type(text) }
    app.handle(more)
    let after = try events(f, id)
    #expect(after.count == before + 1, "\(kind)")
    #expect(after.last?.kind == kind)
    let grid = screen(app, 80, 24)
    #expect(grid.find(line) != nil, "\(kind): \(line) not on screen:\n\(grid.text())")
  }

  static let leak = "HJ-20261127-001"  // assigned, household
  static let lamp = "HJ-20261126-001"  // new, residence
  static let smoke = "HJ-20261128-001"  // waiting
  static let lift = "HJ-20261121-001"  // resolved, awaiting rating

  @Test func assign() throws {
    let f = try ConsoleFixture()
    try expectOneEvent(
      Self.lamp, .assigned, keys: [.char("a")], text: "阳光社区居委会",
      shows: "派单给 阳光社区居委会", in: f)
  }

  @Test func assignNamesTheCurrentAssignee() throws {
    let f = try ConsoleFixture()
    let app = try open(Self.leak, in: f)
    app.handle(.char("a"))
    #expect(screen(app, 80, 24).find("承办人（现为：楼栋长 张德明）") != nil)
    #expect(app.modal?.text == "")
  }

  @Test func note() throws {
    try expectOneEvent(
      Self.leak, .noted, keys: [.char("o")], text: "已电话联系楼上住户", shows: "备注：已电话联系楼上住户",
      in: try ConsoleFixture())
  }

  @Test func visit() throws {
    try expectOneEvent(
      Self.leak, .visited, keys: [.char("v")], text: "上门查看，确认渗水", shows: "走访/联系：上门查看，确认渗水",
      in: try ConsoleFixture())
  }

  @Test func waitThenResume() throws {
    let f = try ConsoleFixture()
    // Why, then the expected end (Enter keeps the rules' default day).
    try expectOneEvent(
      Self.leak, .waiting, keys: [.char("w")], text: "等楼上住户出差回来", then: [.enter, .enter],
      shows: "挂起等待，期限暂停：等楼上住户出差回来", in: f)
    try expectOneEvent(Self.leak, .resumed, keys: [.char("w")], then: [], shows: "恢复办理", in: f)
  }

  @Test func resolveOnTheSpot() throws {
    try expectOneEvent(
      Self.leak, .resolved, keys: [.char("r")], text: "双方协商由楼上维修", then: [.tab, .enter],
      shows: "办结（当场化解）：双方协商由楼上维修", in: try ConsoleFixture())
  }

  @Test func rate() throws {
    try expectOneEvent(
      Self.lift, .rated, keys: [.char("t"), .char("1")], then: [], shows: "群众评价：满意",
      in: try ConsoleFixture())
  }

  @Test func unsatisfiedRatingReopensAndEscalates() throws {
    let f = try ConsoleFixture()
    let app = try open(Self.lift, in: f)
    app.handle([.char("t"), .char("3")])
    app.type("电梯又坏了")
    app.handle(.enter)
    let kinds = try events(f, Self.lift).suffix(3).map(\.kind)
    #expect(kinds == [.rated, .reopened, .escalated])
    #expect(screen(app, 80, 24).find("升级（群众不满意）村居 → 片区：电梯又坏了") != nil)
  }

  @Test func escalateWithAReason() throws {
    try expectOneEvent(
      Self.leak, .escalated, keys: [.char("e"), .char("3")], text: "双方情绪激动",
      shows: "升级（风险）户 → 村居：双方情绪激动", in: try ConsoleFixture())
  }

  @Test func retierByPickerAndByDigit() throws {
    let f = try ConsoleFixture()
    try expectOneEvent(
      Self.lamp, .retiered, keys: [.char("T"), .char("1")], text: "楼栋长可以处理",
      shows: "调整层级 村居 → 户：楼栋长可以处理", in: f)
    try expectOneEvent(
      Self.lamp, .retiered, keys: [.char("3")], text: "需片区协调电力公司",
      shows: "调整层级 户 → 片区：需片区协调电力公司", in: f)
  }

  @Test func reopen() throws {
    try expectOneEvent(
      Self.lift, .reopened, keys: [.char("R")], text: "居民说电梯还有异响", shows: "重新打开：居民说电梯还有异响",
      in: try ConsoleFixture())
  }

  @Test func undoAsksThenCompensates() throws {
    let f = try ConsoleFixture()
    let app = try open(Self.leak, in: f)
    app.handle(.char("u"))
    #expect(screen(app, 80, 24).find("派单给 楼栋长 张德明") != nil)  // what will be undone
    app.handle(.enter)  // Cancel is the default, and says so
    #expect(try events(f, Self.leak).last?.kind == .assigned)
    #expect(screen(app, 80, 24).find("已取消，未撤销任何操作") != nil)
    app.handle([.char("u"), .left, .enter])
    #expect(try events(f, Self.leak).last?.kind == .undone)
    #expect(screen(app, 80, 24).find("撤销上一操作") != nil)
  }

  @Test func undoTwiceUndoesAtOnce() throws {
    let f = try ConsoleFixture()
    let app = try open(Self.leak, in: f)
    app.handle([.char("u"), .char("u")])  // the Undo button's key
    #expect(try events(f, Self.leak).last?.kind == .undone)
  }

  @Test func refusedActionsSayWhyAndWriteNothing() throws {
    let f = try ConsoleFixture()
    let app = try open(Self.leak, in: f)
    let before = try events(f, Self.leak).count
    app.handle(.char("t"))  // rating an open case
    #expect(app.modal == nil)
    #expect(screen(app, 80, 24).find("案件当前为“已派单”，不能评价") != nil)
    app.handle(.char("R"))
    #expect(screen(app, 80, 24).find("不能重新打开") != nil)
    #expect(try events(f, Self.leak).count == before)
  }

  @Test func emptyRequiredTextKeepsThePrompt() throws {
    let f = try ConsoleFixture()
    let app = try open(Self.leak, in: f)
    app.handle([.char("r"), .enter])
    #expect(app.modal != nil)
    #expect(screen(app, 80, 24).find("“办结说明”不能为空") != nil)
    app.type("已修好")
    app.handle(.enter)
    #expect(try events(f, Self.leak).last?.data.summary == "已修好")
  }

  @Test func actionsFromTheQueueActOnTheSelectedRow() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    let row = try #require(
      try f.store.list(app.session.query(for: .open)).firstIndex { $0.id == Self.leak })
    #expect(row > 0)
    app.handle(Array(repeating: .char("j"), count: row) + [.char("a")])  // the leak's row
    app.type("楼栋长 陈淑珍")
    app.handle(.enter)
    #expect(try f.store.find(Self.leak).assignee == "楼栋长 陈淑珍")
    #expect(screen(app, 80, 24).find("HJ-20261127-001：派单给 楼栋长 陈淑珍") != nil)
  }

  @Test func phoneIsMaskedUntilRevealed() throws {
    let f = try ConsoleFixture()
    let app = try open(Self.leak, in: f)
    #expect(screen(app, 80, 24).find("138****5678") != nil)
    app.handle(.char("p"))
    #expect(screen(app, 80, 24).find("13812345678") != nil)
  }
}
