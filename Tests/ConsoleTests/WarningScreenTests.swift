import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// 预警 in the console: the warnings screen from the queue's `W`, a warning's evidence, the
/// keys that act on it, and the intake form's live 可能与 N 件相关.
@Suite("Warning screens")
struct WarningScreenTests {
  static let complaints = [
    ("中瑞物业把电梯停了半个月，老人上不了楼", "中瑞·领航城1栋1单元101", "2026-11-25 09:00"),
    ("中瑞物业乱收停车费，涨了一倍也不公示", "中瑞·领航城2栋1单元201", "2026-11-26 10:00"),
    ("物业费涨价没开业主大会，中瑞物业说不交就停水", "中瑞·领航城3栋1单元301", "2026-11-27 11:00"),
  ]

  /// The fixture's street and three households of 中瑞·领航城 about 中瑞物业: a 黄 warning.
  func fixture(households: Int = 3) throws -> ConsoleFixture {
    let f = try ConsoleFixture()
    for (i, (text, address, time)) in Self.complaints.prefix(households).enumerated() {
      try f.add(text, name: "业主\(i + 1)", phone: "1390000000\(i)", address: address, at: time)
    }
    return f
  }

  @Test func wOpensTheWarningsWithTheLevelInItsColour() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("W"))
    #expect(app.top is WarningsScreen)
    let grid = screen(app, 100, 24)
    let text = grid.text()
    #expect(grid.find("预警（1）") != nil, "\(text)")
    let level = try #require(grid.find("· 黄"), "\(text)")
    #expect(grid.roleAt(level.x, level.y) == .selected)
    #expect(grid.find("中瑞·领航城") != nil && grid.find("中瑞物业") != nil, "\(text)")
    #expect(grid.find("待处理") != nil, "\(text)")
  }

  @Test func enterShowsTheEvidenceAndWhyEachCaseIsLinked() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("W"))
    app.handle(.enter)
    #expect(app.top is WarningScreen)
    let grid = screen(app, 120, 30)
    let text = grid.text()
    #expect(grid.find("户数") != nil && grid.find("3") != nil, "\(text)")
    #expect(grid.find("业主1") != nil && grid.find("业主3") != nil, "\(text)")
    #expect(grid.find("↳ 同一小区 中瑞·领航城；同一对象 中瑞物业；文字相似 0.") != nil, "\(text)")
    // Enter on a case opens it.
    app.handle(.enter)
    #expect(app.top is DetailScreen)
  }

  @Test func acknowledgeAndDismissWithAReasonAreRecorded() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("W"))
    app.handle(.char("a"))
    #expect(screen(app, 100, 24).find("已阅") != nil)
    #expect(try f.store.warnings().first?.state == .acknowledged)
    app.handle(.char("x"))
    app.handle(.enter)  // no reason: refused, nothing recorded
    #expect(try f.store.warnings().first?.state == .acknowledged)
    app.handle(.char("x"))
    app.type("三户说的是不同的事，已分别答复")
    app.handle(.enter)
    #expect(try f.store.warnings().isEmpty)
    #expect(try f.store.warnings(all: true).first?.note == "三户说的是不同的事，已分别答复")
    #expect(screen(app, 100, 24).find("没有待处理的预警") != nil)
  }

  @Test func takingOnMakesTheWarningsCasesOneGroupCase() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("W"))
    let w = try #require(try f.store.warnings().first)
    app.handle(.char("o"))
    #expect(screen(app, 120, 24).find("已转为群体案件 HJ-") != nil)
    #expect(try f.store.warnings().isEmpty)
    let taken = try #require(try f.store.warnings(all: true).first)
    #expect(taken.state == .takenOn)
    let group = try f.store.find(try #require(taken.groupCase).uuidString)
    #expect(Set(try f.store.groupChildren(of: group).map(\.uuid)) == Set(w.cases))
  }

  @Test func theIntakeFormShowsHowManyCasesItMayBeRelatedTo() throws {
    let f = try fixture(households: 2)
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("业主9")
    app.handle(.enter)
    app.type("13900000099")
    app.handle(.enter)
    app.type("中瑞·领航城5栋1单元501")
    app.handle(.enter)
    app.handle(.enter)
    #expect(screen(app, 120, 30).find("可能与") == nil)
    app.type("中瑞物业停水三天了")
    let grid = screen(app, 120, 30)
    #expect(grid.find("可能与 2 件相关") != nil, "\(grid.text())")
  }
}
