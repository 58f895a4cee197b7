import ShuoshiCore
import TerminalUI
import Testing

@testable import Console

/// Every screen rendered at 80×24 and 120×40 and compared with the stored text in
/// `Snapshots/` (`SHUOSHI_RECORD=1 swift test` re-records after an intended change).
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
  static let sizes = [(80, 24), (120, 40)]

  @Test func queue() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    for (w, h) in Self.sizes {
      assertSnapshot(screen(app, w, h).text(), named: "queue-\(w)x\(h)")
    }
  }

  @Test func queueInEnglish() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp(lang: .en)
    assertSnapshot(screen(app, 80, 24).text(), named: "queue-en-80x24")
  }

  @Test func overdueTabAndTierTab() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.tab)
    app.settle()
    assertSnapshot(screen(app, 80, 24).text(), named: "queue-overdue-80x24")
    app.handle(.char("4"))
    assertSnapshot(screen(app, 80, 24).text(), named: "queue-street-80x24")
  }

  @Test func detail() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.tab)  // 超期: the gas leak the start-up sweep handed up, and the drain
    app.handle(.char("j"))
    app.handle(.enter)
    for (w, h) in Self.sizes {
      assertSnapshot(screen(app, w, h).text(), named: "detail-\(w)x\(h)")
    }
  }

  @Test func intakeWithChineseTextAndLiveTriage() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("n"))
    app.type("王秀英")
    app.handle(.enter)
    app.type("13812345678")
    app.handle(.enter)
    app.type("六堰社区3栋2单元502")
    app.handle(.tab)
    app.type("楼上 刘先生")
    app.handle(.tab)
    app.type("楼上卫生间又漏水了，整栋楼好几户都被泡了，上次说修也没修好")
    for (w, h) in Self.sizes {
      assertSnapshot(screen(app, w, h).text(), named: "intake-\(w)x\(h)")
    }
  }

  @Test func help() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("?"))
    for (w, h) in Self.sizes {
      assertSnapshot(screen(app, w, h).text(), named: "help-\(w)x\(h)")
    }
  }

  @Test func search() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("漏水")
    assertSnapshot(screen(app, 80, 24).text(), named: "search-80x24")
  }

  @Test func escalationDialog() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.enter)
    app.handle(.char("e"))
    assertSnapshot(screen(app, 80, 24).text(), named: "detail-escalate-80x24")
  }

  @Test func tooSmall() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    assertSnapshot(screen(app, 50, 12).text(), named: "too-small-50x12")
    assertSnapshot(screen(app, 20, 5).text(), named: "too-small-20x5")
  }
}
