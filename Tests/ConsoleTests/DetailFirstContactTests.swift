import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// Case detail's 首次联系 after a reopen: the reopened round's due date, not the first
/// contact of the first round.
@Suite("Detail: first contact after a reopen")
struct DetailFirstContactTests {
  @Test func aReopenedCaseShowsItsRoundsDueDate() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    app.handle(.char("/"))
    app.type("李建国")
    app.handle(.enter)
    let id = try #require((app.top as? DetailScreen)?.id)
    let visitedAt = f.clock.now
    for action in [
      Action.visit(note: "上门", minutes: 20), .resolve(summary: "已修好", onSpot: false),
    ] {
      _ = try f.store.perform(action, on: id, engine: f.engine, by: f.worker, now: visitedAt)
    }
    app.dataChanged()
    #expect(screen(app, 100, 30).find("已联系 11-28") != nil)
    f.clock.now = EngineFixture.at("2026-12-01 09:00")  // Tuesday
    _ = try f.store.perform(
      .reopen(reason: "又坏了"), on: id, engine: f.engine, by: f.worker, now: f.clock.now)
    app.dataChanged()
    let grid = screen(app, 100, 30)
    #expect(grid.find("应于 12-02 前联系") != nil, "\(grid.text())")
    #expect(grid.find("已联系 11-28") == nil)
  }
}
