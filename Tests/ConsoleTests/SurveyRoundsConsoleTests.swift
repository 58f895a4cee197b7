import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The 排查 screen (`V`): grids with this period's and the last period's round, the missed
/// grid highlighted, recording a round by keys, and `n` taking in a matter found on it.
@Suite("排查 rounds in the console")
struct SurveyRoundsConsoleTests {
  var rhythm: SurveyRhythm {
    SurveyRhythm(
      rules: EngineFixture.engine.rules.surveyRounds, calendar: EngineFixture.engine.calendar)
  }

  /// The demo register (saved on 2026-11-28), 六堰社区第一网格 walked on 11-10 (last period),
  /// 六堰社区第二网格 last walked on 10-20 — so it missed 11-01–15.
  func fixture() throws -> ConsoleFixture {
    let f = try ConsoleFixture(seed: false)
    try DemoRegister.load(
      into: f.store, resources: Resources(roots: [EngineFixture.root]), by: Actor("导入"),
      now: ConsoleFixture.now)
    for (grid, day) in [("六堰社区/第一网格", "2026-11-10"), ("六堰社区/第二网格", "2026-10-20")] {
      try f.store.recordRound(
        SurveyRoundRequest(grid: grid, day: CivilDate(iso: day)!, households: 5), rhythm: rhythm,
        by: Actor("张德明"), now: ConsoleFixture.now)
    }
    return f
  }

  @Test func theScreenShowsEachGridAndHighlightsTheMissedOne() throws {
    let f = try fixture()
    let app = f.settledApp()
    // The queue's status line says it first.
    let queue = screen(app, 100, 30)
    let status = try #require(queue.find("漏排查 1 个网格"), "\(queue.text())")
    #expect(queue.roleAt(status.x, status.y) == .warning)
    app.handle(.char("V"))
    let grid = screen(app, 100, 30)
    #expect(
      grid.find("排查（每半月） 本期 2026-11-16–2026-11-30，应于 2026-11-30 前完成") != nil, "\(grid.text())")
    #expect(grid.find("漏排查 1 个网格") != nil)
    let missed = try #require(grid.find("六堰社区第二网格"))
    #expect(grid.roleAt(missed.x, missed.y) == .warning)
    #expect(grid.line(missed.y).contains("漏排查"))
    let done = try #require(grid.find("六堰社区第一网格"))
    #expect(grid.roleAt(done.x, done.y) != .warning)
    #expect(grid.line(done.y).contains("已排查"))
    #expect(grid.line(done.y).contains("2026-11-10"))
    assertSnapshot(grid.text(), named: "survey-rounds")
  }

  @Test func enterRecordsARoundAndNTakesInAFoundMatter() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("V"))
    // The first grid: 六堰社区第一网格. The day defaults to today.
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("2026-11-28") != nil)
    app.handle(.enter)
    // More households than the grid has: refused by the store, asked again.
    let limit = try #require(
      try f.store.surveyStandings(rhythm: rhythm, now: ConsoleFixture.now).first?.householdLimit)
    app.type("\(limit + 1)")
    app.handle(.enter)
    app.type("楼道杂物")
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("走访户数应为 1 到 \(limit)") != nil)
    #expect(app.modal != nil)
    app.handle(.ctrl("u"))
    app.type("3")
    app.handle(.enter)
    app.type("5栋楼道堆放杂物")
    app.handle(.enter)
    #expect(app.modal == nil)
    let text = screen(app, 100, 30)
    #expect(text.find("已记录排查：六堰社区第一网格 2026-11-28，走访 3 户") != nil, "\(text.text())")
    let row = try #require(text.find("六堰社区第一网格"))
    #expect(text.line(row.y).contains("已排查"))
    let round = try #require(try f.store.surveyRounds(grid: "六堰社区/第一网格").first)
    #expect(round.round.note == "5栋楼道堆放杂物")
    #expect(round.recorder == f.worker.name)

    // n: the intake form, its case found on that round.
    app.handle(.char("n"))
    let form = try #require(app.top as? IntakeScreen)
    #expect(form.surveyRound?.uuid == round.round.uuid)
    #expect(screen(app, 100, 30).find("排查发现") != nil)
    #expect(form.intake(receivedAt: ConsoleFixture.now).surveyRound == round.round.uuid)
  }

  /// A store where no round was ever recorded does not nag in the queue.
  @Test func theQueueIsQuietWhileNoRoundIsKept() throws {
    let f = try ConsoleFixture(seed: false)
    try DemoRegister.load(
      into: f.store, resources: Resources(roots: [EngineFixture.root]), by: Actor("导入"),
      now: EngineFixture.at("2026-10-01 10:00"))
    let app = f.settledApp()
    #expect(screen(app, 100, 30).find("漏排查") == nil)
  }

  @Test func nOnAGridWithoutARoundThisPeriodSaysSo() throws {
    let f = try fixture()
    let app = f.settledApp()
    app.handle(.char("V"))
    app.handle(.char("n"))
    #expect(!(app.top is IntakeScreen))
    #expect(screen(app, 100, 30).find("先按 Enter 记录排查") != nil)
  }

  @Test func theScreenSpeaksEnglishWithLangEn() throws {
    let f = try fixture()
    let app = f.settledApp(lang: .en)
    app.handle(.char("V"))
    let grid = screen(app, 100, 30)
    #expect(grid.find("Survey rounds (half-monthly), this period 2026-11-16–2026-11-30") != nil)
    #expect(grid.find("1 grid(s) missed") != nil)
    let missed = try #require(grid.find("六堰社区第二网格"))
    #expect(grid.line(missed.y).contains("missed"))
    #expect(grid.find("未排查") == nil)
  }
}
