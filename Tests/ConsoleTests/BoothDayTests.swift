import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// Booth days in the console: the session opened with it on Saturdays, the receipt after an
/// intake (on screen and as a printable file), and settling a case on the spot.
@Suite("Booth day")
struct BoothDayTests {
  /// An app with the booth settings the launcher gives it (sessions on, receipts written).
  func boothApp(_ f: ConsoleFixture) -> App {
    let app = App(
      services: ConsoleServices(
        store: f.store, engine: f.engine, actor: f.worker, systemActor: Actor("系统"),
        dataPath: "~/.local/share/shuoshi", clock: f.clock, lang: .zh,
        keymap: ConsoleFixture.keymap,
        booth: BoothSettings(
          opensSessions: true, unitName: "六堰社区", phone: "0719-8123456",
          receiptsDirectory: f.dir.url.appendingPathComponent("receipts"))))
    app.settle()
    return app
  }

  func intake(_ app: App) {
    app.handle(.char("n"))
    app.type("刘桂芳")
    app.handle(.enter)
    app.type("13600001234")
    app.handle(.enter)
    app.type("六堰社区5栋1单元301")
    app.handle([.enter, .enter])
    app.type("楼上卫生间漏水，把我家天花板泡了")
    app.handle(.ctrl("s"))
  }

  @Test func saturdayOpensTheDaysSessionAndLinksIntakes() throws {
    let f = try ConsoleFixture()  // Saturday 2026-11-28 10:00
    let app = boothApp(f)
    let day = CivilDate(2026, 11, 28)
    let session = try #require(try f.store.openSession(on: day))
    #expect(session.staff == ["王芳"])
    #expect(session.place == "六堰社区")
    #expect(screen(app, 100, 30).line(0).contains("说事进行中 · 六堰社区 · 王芳"))
    intake(app)
    let taken = try f.store.cases(inSessions: [session.uuid])
    #expect(taken.map(\.resident.name) == ["刘桂芳"])
    // Opening again the same day resumes the same session.
    let again = boothApp(f)
    #expect(try f.store.sessions().count == 1)
    #expect(screen(again, 100, 30).find("继续今天的说事场次") != nil)
  }

  @Test func tuesdayOpensNoSession() throws {
    let f = try ConsoleFixture()
    f.clock.now = EngineFixture.at("2026-11-24 10:00")
    let app = boothApp(f)
    #expect(try f.store.sessions().isEmpty)
    #expect(screen(app, 100, 30).find("说事进行中") == nil)
  }

  @Test func receiptOnScreenAndWrittenAsFiles() throws {
    let f = try ConsoleFixture()
    let app = boothApp(f)
    intake(app)
    let saved = try f.store.list(CaseQuery(), offset: 0, limit: 1)[0]
    let grid = screen(app, 100, 30)
    #expect(grid.find("已登记 · 回执 \(saved.id)") != nil)
    #expect(grid.find("六堰社区 · 说事回执") != nil)
    for label in ["编号", "受理时间", "事项分类", "办理层级", "承办", "办理时限", "咨询电话"] {
      #expect(grid.find(label) != nil, "\(label)")
    }
    #expect(grid.find("0719-8123456") != nil)
    #expect(grid.find("受理地点") != nil)  // taken in the day's session
    #expect(grid.find("存为打印文件 (p)") != nil)
    app.handle(.char("p"))
    let dir = f.dir.url.appendingPathComponent("receipts")
    let html = try String(
      contentsOf: dir.appendingPathComponent("\(saved.id).html"), encoding: .utf8)
    #expect(html.contains("说事回执") && html.contains(saved.id) && html.contains("0719-8123456"))
    let text = try String(
      contentsOf: dir.appendingPathComponent("\(saved.id).txt"), encoding: .utf8)
    #expect(text.contains(saved.id))
    // The status line names the file (wide enough for the temporary directory's path).
    #expect(screen(app, 240, 30).find("回执已写入 \(dir.path)/\(saved.id).html") != nil)
  }

  @Test func receiptCloseWritesNothing() throws {
    let f = try ConsoleFixture()
    let app = boothApp(f)
    intake(app)
    app.handle(.enter)  // 关闭
    #expect(
      !FileManager.default.fileExists(atPath: f.dir.url.appendingPathComponent("receipts").path))
    #expect(screen(app, 100, 30).find("案件队列") != nil)
  }

  @Test func settleOnTheSpotIsOneKeyAndEnter() throws {
    let f = try ConsoleFixture()
    let app = boothApp(f)
    app.handle(.char("/"))
    app.type("李建国")
    app.handle(.enter)
    let id = try #require((app.top as? DetailScreen)?.id)
    app.handle(.char("S"))
    #expect(screen(app, 100, 30).find("当场化解") != nil)
    app.handle(.enter)  // an empty answer records the placeholder's usual account
    let c = try f.store.find(id)
    #expect(c.state == .resolved)
    let last = try #require(try f.store.history(of: c).last)
    #expect(last.kind == .resolved && last.data.onSpot == true)
    #expect(last.data.summary == "当场说开，群众认可")
    #expect(screen(app, 100, 30).find("（当场化解）") != nil)
  }
}
