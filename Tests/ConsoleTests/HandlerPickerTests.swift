import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// One way to choose who handles a case. `a`, `Ctrl-O` in the intake form and `M` all go
/// through the register's person picker; without a register they ask for the name instead of
/// answering "台账中没有人员，无法选人", and with one a name nobody there has is taken as typed.
@Suite("Choosing a handler")
struct HandlerPickerTests {
  /// The settled demo queue (no register), with the first case in the queue selected.
  func app(_ f: ConsoleFixture) -> App {
    f.settledApp()
  }

  func selectedID(_ app: App) throws -> String {
    _ = screen(app, 100, 30)  // the queue loads its rows when drawn
    return try #require(app.top.currentCaseID)
  }

  @Test func withoutARegisterAssignTakesTheNameTyped() throws {
    let f = try ConsoleFixture()
    let app = app(f)
    let id = try selectedID(app)
    app.handle(.char("a"))
    #expect(screen(app, 100, 30).find("无法选人") == nil)
    app.type("张师傅")
    app.handle(.enter)
    #expect(try f.store.find(id).assignee == "张师傅")
  }

  @Test func withoutARegisterCtrlOAsksForTheNameThenWhy() throws {
    let f = try ConsoleFixture()
    let app = app(f)
    app.handle(.char("n"))
    app.type("刘桂芳")
    app.handle(.enter)
    app.type("13600001234")
    app.handle(.enter)
    app.type("柏林村2组8号")
    app.handle([.enter, .enter])
    app.type("村口的路灯坏了")
    app.handle(.ctrl("o"))
    #expect(screen(app, 100, 30).find("台账中还没有人员") != nil)
    app.handle(.enter)  // nothing typed: asked again
    #expect(app.modal != nil)
    app.type("刘网格员")
    app.handle(.enter)
    app.type("他管这片路灯")
    app.handle(.enter)
    let form = try #require(app.top as? IntakeScreen)
    #expect(form.ownerOverride?.handler.name == "刘网格员")
    #expect(screen(app, 120, 40).find("刘网格员") != nil)
    app.handle(.ctrl("s"))
    let saved = try f.store.list(CaseQuery(), offset: 0, limit: 1)[0]
    #expect(saved.assignee == "刘网格员")
    #expect(saved.state == .assigned)
    let assigned = try f.store.history(of: saved).filter { $0.kind == .assigned }
    #expect(assigned.count == 1 && assigned[0].data.reason == "他管这片路灯")
  }

  @Test func withoutARegisterMListsTheCasesOfTheNameTyped() throws {
    let f = try ConsoleFixture()
    let app = app(f)
    let id = try selectedID(app)
    app.handle(.char("a"))
    app.type("张师傅")
    app.handle(.enter)
    app.handle(.char("M"))
    app.type("张师傅")
    app.handle(.enter)
    let owned = try #require(app.top as? OwnerCasesScreen)
    #expect(owned.owner.name == "张师傅")
    let grid = screen(app, 100, 30)
    #expect(grid.line(0).contains("张师傅 承办的案件"))
    #expect(grid.find(id) != nil)
  }

  @Test func aNameTheRegisterLacksIsTakenAsTyped() throws {
    let f = try ConsoleFixture()
    _ = try f.store.save(
      person: Person(uuid: UUID(), name: "张三", phone: "13800001234", roles: [.volunteer]),
      by: Actor("导入"), now: ConsoleFixture.now)
    let app = app(f)
    let id = try selectedID(app)
    app.handle(.char("a"))
    app.type("物业王经理")
    #expect(screen(app, 100, 30).find("台账中没有“物业王经理”") != nil)
    app.handle(.enter)
    #expect(try f.store.find(id).assignee == "物业王经理")
  }
}
