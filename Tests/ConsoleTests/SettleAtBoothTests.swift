import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// Settling at the booth in one step: from the intake form, Ctrl-D (or F8) asks how it was
/// settled in an empty field (the usual account shown dim as the placeholder) and takes the
/// case in already resolved on the spot, then shows the receipt.
@Suite("Settle at the booth")
struct SettleAtBoothTests {
  func typeConsultation(_ app: App) {
    app.handle(.char("n"))
    app.type("周玉梅")
    app.handle(.enter)
    app.type("13600005678")
    app.handle(.enter)
    app.type("六堰社区2栋3单元401")
    app.handle([.enter, .enter])
    app.type("咨询老年人高龄津贴怎么申请")
  }

  func newest(_ f: ConsoleFixture) throws -> Case {
    try f.store.list(CaseQuery(), offset: 0, limit: 1)[0]
  }

  @Test func ctrlDSavesSettledWithWhatWasTypedOnly() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    let before = try f.store.count(CaseQuery())
    typeConsultation(app)
    app.handle(.ctrl("d"))
    let asked = screen(app, 100, 30)
    #expect(asked.find("化解经过") != nil)
    // Empty, with the usual account as a dim placeholder: nothing to clear first.
    let at = try #require(asked.find("当场说开，群众认可"))
    #expect(asked.roleAt(at.x, at.y) == .muted)
    #expect(try f.store.count(CaseQuery()) == before)  // nothing saved before the answer
    app.type("当场讲清申请材料，群众满意")
    app.handle(.enter)
    let c = try newest(f)
    #expect(try f.store.count(CaseQuery()) == before + 1)
    #expect(c.resident.name == "周玉梅")
    #expect(c.state == .resolved)
    let last = try #require(try f.store.history(of: c).last)
    #expect(last.kind == .resolved && last.data.onSpot == true)
    #expect(last.data.summary == "当场讲清申请材料，群众满意")  // replaced, not appended to
    let grid = screen(app, 100, 30)
    #expect(grid.find("回执 \(c.id)") != nil)
    #expect(grid.find("已当场化解") != nil)
    app.handle(.enter)  // close the receipt
    #expect(screen(app, 100, 30).find("案件队列") != nil)
  }

  @Test func emptyAnswerRecordsThePlaceholderAndF8Works() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    typeConsultation(app)
    app.handle(.f(8))
    app.handle(.enter)
    let c = try newest(f)
    #expect(c.state == .resolved)
    #expect(try f.store.history(of: c).last?.data.summary == "当场说开，群众认可")
  }

  @Test func cancelKeepsTheFormAndSavesNothing() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    let before = try f.store.count(CaseQuery())
    typeConsultation(app)
    app.handle(.ctrl("d"))
    app.handle(.escape)
    #expect(try f.store.count(CaseQuery()) == before)
    #expect(app.top is IntakeScreen)
    #expect(screen(app, 100, 30).find("咨询老年人高龄津贴怎么申请") != nil)
  }

  @Test func anIncompleteFormIsCheckedBeforeAsking() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.handle(.ctrl("d"))  // no name, no text
    #expect(app.modal == nil)
    #expect(app.top is IntakeScreen)
    #expect(screen(app, 100, 30).find("化解经过") == nil)
  }

  @Test func detailOnSpotDialogIsNotPrefilled() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("李建国")
    app.handle(.enter)
    let id = try #require((app.top as? DetailScreen)?.id)
    app.handle(.char("S"))
    app.type("已解释")
    app.handle(.enter)
    let last = try #require(try f.store.history(of: try f.store.find(id)).last)
    #expect(last.data.summary == "已解释")
  }
}
