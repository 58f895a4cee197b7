import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The report screen on the hand-built data set of docs/REPORTS.md (cases A–N, three booth
/// sessions), in a real store. November's figures are the ones worked out by hand in
/// `ReportMetricsTests`.
@Suite("Report screen")
struct ReportScreenTests {
  /// A store with the data set and an app whose clock reads Saturday 2026-12-05 10:00.
  func loaded() throws -> (ConsoleFixture, App) {
    let f = try ConsoleFixture(seed: false)
    try f.store.bulkInsert(Array(try ReportDataSet.cases().values) + ReportDataSet.sessions())
    f.clock.now = EngineFixture.at("2026-12-05 10:00")
    return (f, f.settledApp())
  }

  @Test func lastMonthShowsNovembersHandWorkedFigures() throws {
    let (f, app) = try loaded()
    _ = f
    app.handle(.char("R"))
    let report = try #require(app.top as? ReportScreen)
    #expect(report.choice.preset == .month)  // no session today: this month
    app.handle(.tab)  // 上月
    let grid = screen(app, 120, 40)
    #expect(grid.line(0).contains("统计报告 · 2026-11-01 – 2026-11-30"))
    #expect(grid.find("2026年11月 说事工作报告") != nil)
    #expect(
      grid.find("受理 10   办结 5   当场化解 1   上交 3   升级 5   期末在办 7   期末超期 1") != nil)
    let rates = (0..<40).map { grid.line($0) }
    #expect(rates.contains { $0.contains("办结率") && $0.contains("50.0% (5/10)") })
    #expect(rates.contains { $0.contains("满意率") && $0.contains("75.0% (3/4)") })
    #expect(rates.contains { $0.contains("响应率") && $0.contains("█") })  // a gauge
    #expect(grid.roleAt(2, 1) == .tab)
    #expect(grid.find("姓名已隐去") != nil)
  }

  @Test func sessionPresetReportsTheLatestBoothDayAndStepsBack() throws {
    let (_, app) = try loaded()
    app.handle(.char("R"))
    app.handle([.tab, .tab])  // month → last month → session
    var grid = screen(app, 120, 40)
    #expect(grid.line(0).contains("场次 2026-11-28 六堰社区党群服务中心"))
    #expect(grid.find("受理 1   办结 0") != nil)  // H, whose resolution was undone
    app.handle(.char("h"))  // the session before: Nov 14 (F)
    grid = screen(app, 120, 40)
    #expect(grid.line(0).contains("场次 2026-11-14"))
    app.handle([.char("h"), .char("h"), .char("h")])  // Nov 7 is the first; no further
    grid = screen(app, 120, 40)
    #expect(grid.line(0).contains("场次 2026-11-07"))
    #expect(grid.find("受理 2   办结 1   当场化解 1") != nil)  // C settled; D not yet that day
    app.handle(.char("l"))
    #expect(screen(app, 120, 40).line(0).contains("场次 2026-11-14"))
  }

  @Test func namesTheDataDirectorysOwnUnit() throws {
    let (f, _) = try loaded()
    let app = App(
      services: ConsoleServices(
        store: f.store, engine: f.engine, actor: f.worker, systemActor: Actor("系统"),
        dataPath: "~/.local/share/shuoshi", clock: f.clock, lang: .zh,
        keymap: ConsoleFixture.keymap, booth: BoothSettings(unitName: "六堰社区")))
    app.settle()
    app.handle([.char("R"), .tab])
    let grid = screen(app, 120, 40)
    #expect(grid.line(1).contains("单位 六堰社区"))  // the tab row
    #expect(grid.find("全街道") == nil)
    #expect(grid.find("六堰社区 2026年11月 说事工作报告") != nil)
    #expect(grid.find("范围：六堰社区") != nil)
  }

  @Test func computesOncePerChoiceNotPerFrame() throws {
    let (_, app) = try loaded()
    app.handle(.char("R"))
    let report = try #require(app.top as? ReportScreen)
    for _ in 0..<5 { _ = screen(app, 100, 30) }
    app.handle([.down, .pageDown, .down, .end, .home])
    _ = screen(app, 80, 24)  // a new width lays out again, without recomputing
    #expect(report.computations == 1)
    app.handle(.char("h"))
    _ = screen(app, 80, 24)
    #expect(report.computations == 2)
    #expect(screen(app, 80, 24).find("2026年11月 说事工作报告") != nil)
  }

  @Test func scrollsAndShowsBlockCharts() throws {
    let (_, app) = try loaded()
    app.handle(.char("R"))
    app.handle(.tab)
    var text = ""
    for _ in 0..<12 {
      let grid = screen(app, 80, 24)
      text += (2..<22).map { grid.line($0) }.joined(separator: "\n")
      app.handle(.pageDown)
    }
    #expect(text.contains("── 分类"))
    #expect(text.contains("邻里纠纷"))
    #expect(text.contains("── 按周趋势"))
    #expect(text.contains { "▁▂▃▄▅▆▇".contains($0) })  // sparklines
    #expect(text.contains("口径"))  // the definitions come last
  }

  @Test func namesAreMaskedUntilAsked() throws {
    let (_, app) = try loaded()
    app.handle(.char("R"))
    app.handle(.tab)
    func all() -> String {
      var text = ""
      app.handle(.home)
      for _ in 0..<12 {
        let grid = screen(app, 120, 40)
        text += (2..<38).map { grid.line($0) }.joined(separator: "\n")
        app.handle(.pageDown)
      }
      return text
    }
    #expect(!all().contains("王秀英"))  // a repeat resident, masked
    app.handle(.char("p"))
    #expect(all().contains("王秀英"))
    #expect(screen(app, 120, 40).find("含居民姓名") != nil)
  }

  @Test func englishHeadings() throws {
    let f = try ConsoleFixture(seed: false)
    try f.store.bulkInsert(Array(try ReportDataSet.cases().values) + ReportDataSet.sessions())
    f.clock.now = EngineFixture.at("2026-12-05 10:00")
    let app = f.settledApp(lang: .en)
    app.handle(.char("R"))
    app.handle(.tab)
    let grid = screen(app, 120, 40)
    #expect(grid.find("last month") != nil)
    #expect(grid.find("Key figures") != nil)
    #expect(grid.find("names masked") != nil)
  }
}
