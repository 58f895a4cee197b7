import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The console in English at 80×24, as the trial saw it: the report screen's tabs ran into
/// the notes on their right ("lastwhole street"), the header cut the case id, categories
/// shrank to "Sanitat…", and "1 working days left".
@Suite("English at 80 columns")
struct NarrowEnglishTests {
  @Test func reportTabsAndNotesDoNotRunIntoEachOther() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp(lang: .en)
    app.handle(.char("R"))
    let grid = screen(app, 80, 24)
    let row = try #require((0..<24).map { grid.line($0) }.first { $0.contains("this week") })
    #expect(row.contains(" last month "))  // the last tab whole, a space after it
    #expect(row.contains("whole street · names masked"))
    #expect(!row.contains("lastwhole"))
    #expect(row.displayWidth <= 80)
  }

  @Test func theHeaderShowsTheWholeCaseID() throws {
    let f = try ConsoleFixture()
    let app = App(
      services: ConsoleServices(
        store: f.store, engine: f.engine, actor: f.worker, systemActor: Actor("system"),
        dataPath: "/home/wangfang/Documents/community-booth/shuoshi-data", clock: f.clock,
        lang: .en, keymap: ConsoleFixture.keymap))
    app.settle()
    app.handle(.char("/"))
    app.type("李建国")
    app.handle(.enter)
    let id = try #require((app.top as? DetailScreen)?.id)
    let header = screen(app, 80, 24).line(0)
    #expect(header.contains("Case \(id)"))
    #expect(!header.contains("…"))
    #expect(header.contains(f.worker.name))  // who is on duty still shows; the path gave way
    #expect(!header.contains("shuoshi-data"))
    // Wide enough, the path is back.
    #expect(screen(app, 140, 30).line(0).contains("shuoshi-data"))
  }

  @Test func theQueueShowsShortCategoryNamesWhole() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp(lang: .en)
    let grid = screen(app, 80, 24)
    let rows = (3..<9).map { grid.line($0) }
    #expect(rows.contains { $0.contains(" Streets ") })
    #expect(rows.contains { $0.contains(" Neighbor ") })
    #expect(rows.contains { $0.contains(" Gas/fire ") })
    #expect(!rows.contains { $0.contains("Neighbo…") || $0.contains("Street …") })
  }

  @Test func oneWorkingDayIsSingular() {
    let s = Strings.en
    #expect(s.workingDaysLeft(1) == "1 working day left")
    #expect(s.workingDaysLeft(3) == "3 working days left")
    #expect(s.workingDaysOverdue(1) == "1 working day overdue")
    #expect(s.workingDaysOverdue(11) == "11 working days overdue")
    #expect(s.triageDeadline("12-02", 1) == "12-02 (1 working day)")
    #expect(Strings.zh.workingDaysLeft(1) == "剩 1 个工作日")
  }
}
