import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// The queue in attention order: the views' tabs and counts, the marks (超期 red, 临期
/// yellow, symbols without colours), the sweep's line agreeing with the tabs, and a late
/// case saying since when.
@Suite("Attention in the queue")
struct AttentionQueueTests {
  /// The fixture street a week on (Saturday 12-05): the sweep has moved the leak and others.
  func weekLater() throws -> (ConsoleFixture, App) {
    let f = try ConsoleFixture()
    f.clock.now = EngineFixture.at("2026-12-05 10:00")
    return (f, f.settledApp())
  }

  @Test func everyTabCountsItsOwnQueryAndTheSweepLineNamesTheSame() throws {
    let (f, app) = try weekLater()
    for tab in QueueTab.allCases {
      #expect(app.session.counts[tab] == (try f.store.count(app.session.query(for: tab))), "\(tab)")
    }
    let late = try #require(app.session.counts[.overdue])
    let escalated = try #require(app.session.counts[.escalated])
    #expect(late > 0)
    #expect(escalated > 0)
    let grid = screen(app, 120, 30)
    #expect(grid.find("超期升级") != nil)
    #expect(grid.find("→ 超期 \(late) · 升级待派 \(escalated)") != nil, "\(grid.text())")
    #expect(grid.find("超期 \(late)│") != nil || grid.find(" 超期 \(late) ") != nil)
    #expect(grid.find("升级待派 \(escalated)") != nil)
  }

  @Test func lateCasesComeFirstThenByDeadline() throws {
    let (f, app) = try weekLater()
    let now = app.session.now
    let shown = try f.store.list(app.session.query(for: .open))
    let flags = shown.map { $0.isLate(at: now) || ($0.urgent && $0.state.clockRuns) }
    // Every late or urgent case before every other.
    #expect(flags == flags.sorted { $0 && !$1 })
    let grid = screen(app, 80, 24)
    let top = try #require(grid.find(shown[0].id))
    #expect(top.y == 3)  // header, tabs, column titles, then the first row
  }

  @Test func marksAreRolesAndSymbolsWithoutColours() throws {
    let f = try ConsoleFixture()
    // Tuesday: the leak (household, due Wednesday 12-02, visited) is due within a working day.
    try f.act(.visit(note: "看过漏点", minutes: 20), on: "HJ-20261127-001", at: "2026-11-30 09:00")
    f.clock.now = EngineFixture.at("2026-12-01 10:00")
    let app = f.settledApp()
    let now = app.session.now
    let cal = f.engine.calendar
    let cases = try f.store.list(CaseQuery.open)
    let late = try #require(cases.first { $0.isOverdue(at: now) })
    #expect(late.attentionMark(at: now, calendar: cal) == .late)
    let leak = try f.store.find("HJ-20261127-001")
    #expect(leak.attentionMark(at: now, calendar: cal) == .dueSoon)
    func deadlineRole(_ grid: CellGrid, _ id: String) throws -> Role? {
      let row = try #require(grid.find(id))
      return (row.x..<grid.size.width).map { grid.roleAt($0, row.y) }.first {
        $0 == .late || $0 == .dueSoon
      }
    }
    let grid = screen(app, 120, 30)
    #expect(try deadlineRole(grid, late.id) == .late)
    #expect(try deadlineRole(grid, leak.id) == .dueSoon)
    #expect(grid.find("!") == nil)
    app.marksWithSymbols = true
    let mono = screen(app, 120, 30)
    let lateRow = try #require(mono.find(late.id))
    let day = app.session.format.shortDay(try #require(late.deadline))
    #expect(mono.line(lateRow.y).contains("!\(day) 超期"), "\(mono.line(lateRow.y))")
    let leakRow = try #require(mono.find(leak.id))
    #expect(mono.line(leakRow.y).contains("~12-02 剩1天"), "\(mono.line(leakRow.y))")
  }

  @Test func aLateCaseSaysSinceWhenAndAnEscalatedOneWhenItsDeadlinePassed() throws {
    let (f, app) = try weekLater()
    let now = app.session.now
    let escalated = try #require(
      try f.store.list(app.session.query(for: .escalated)).first)
    let history = try f.store.history(of: escalated)
    let move = try #require(
      history.compactMap { e -> EventPayload.Escalated? in
        guard case .escalated(let d) = e.payload, d.escalation == .overdue else { return nil }
        return d
      }.last)
    let when = app.session.format.shortMinute(try #require(move.effectiveAt))
    app.handle([.tab, .tab, .tab, .enter])  // 超期, 临期, 升级待派: its first row
    #expect((app.top as? DetailScreen)?.id == escalated.id)
    let grid = screen(app, 120, 30)
    let late = escalated.isLate(at: now)
    #expect(
      grid.find(late ? "起 · " : "\(when)超期 → ") != nil, "\(grid.text())")
  }

  @Test func theTabRowFitsOrScrollsAt80ColumnsInBothLanguages() throws {
    for lang in [Lang.zh, .en] {
      let f = try ConsoleFixture()
      let app = f.settledApp(lang: lang)
      let queue = try #require(app.top as? QueueScreen)
      for _ in QueueTab.allCases {
        let grid = screen(app, 80, 24)
        let label = queue.tab.label(app.session.strings, mineOnly: false)
        let count = app.session.strings.compactCount(app.session.counts[queue.tab] ?? 0)
        let at = try #require(
          grid.find("\(label) \(count)"), "\(lang) \(queue.tab): \(grid.line(1))")
        #expect(grid.roleAt(at.x, at.y) == .tabActive)
        app.handle(.tab)
      }
    }
  }

  @Test func inEnglishTheSweepLineNamesTheSameTabs() throws {
    let f = try ConsoleFixture()
    f.clock.now = EngineFixture.at("2026-12-05 10:00")
    let app = f.settledApp(lang: .en)
    let late = try #require(app.session.counts[.overdue])
    let up = try #require(app.session.counts[.escalated])
    let grid = screen(app, 140, 30)
    #expect(grid.find("→ Late \(late) · Up \(up)") != nil, "\(grid.text())")
    #expect(grid.line(1).contains("Late \(late) "), "\(grid.line(1))")
    #expect(grid.line(1).contains("Up \(up) "), "\(grid.line(1))")
  }

  /// A week on, at 80×24 and 120×40: the tabs, the marks' words, the sweep line.
  @Test func aWeekLaterSnapshots() throws {
    let (_, app) = try weekLater()
    assertSnapshot(screen(app, 80, 24).text(), named: "queue-week-later-80x24")
    assertSnapshot(screen(app, 120, 40).text(), named: "queue-week-later-120x40")
  }
}
