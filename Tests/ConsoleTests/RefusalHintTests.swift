import ShuoshiCore
import ShuoshiStore
import TerminalUI
import Testing

@testable import Console

/// The engine says which case keys it would refuse and why; the hint bar dims them and help
/// names the reason, without trying the action with stand-in values.
@Suite("Refused keys dimmed with their reason")
struct RefusalHintTests {
  func detail(_ id: String, _ f: ConsoleFixture) throws -> App {
    try CaseActionTests().open(id, in: f)
  }

  /// The role of `text` (a hint's summary, after its key and a space) on the bottom line.
  func hintRole(_ text: String, _ grid: CellGrid) -> Role? {
    let y = grid.size.height - 1
    let row = grid.line(y, trimmingTrailingSpaces: false)
    guard let r = row.range(of: " " + text + " ") else { return nil }
    return grid.roleAt(row[..<r.lowerBound].displayWidth + 1, y)
  }

  @Test func aResolvedCaseDimsResolveButNotRate() throws {
    let f = try ConsoleFixture()
    let app = try detail(CaseActionTests.lift, f)  // resolved, awaiting rating
    let grid = screen(app, 120, 40)
    let resolve = try #require(hintRole("办结", grid), "\(grid.text())")
    let rate = try #require(hintRole("评价", grid), "\(grid.text())")
    #expect(resolve == .muted)
    #expect(rate == .hint)
  }

  @Test func anOpenCaseDimsRate() throws {
    let f = try ConsoleFixture()
    let app = try detail(CaseActionTests.leak, f)  // assigned
    let grid = screen(app, 120, 40)
    #expect(hintRole("评价", grid) == .muted)
    #expect(hintRole("办结", grid) == .hint)
  }

  @Test func helpOverTheCaseSaysWhy() throws {
    let f = try ConsoleFixture()
    let app = try detail(CaseActionTests.lift, f)
    app.handle(.char("?"))
    let groups = try #require(app.top as? HelpScreen).groups
    let rows = groups.flatMap(\.rows)
    #expect(rows.contains { $0.summary == "办结（填写办结说明） 〔此案不可用：案件当前为“已办结待评”，不能办结〕" })
    // Only the case keys speak of the case: `1` in the queue still just picks a queue.
    let queue = try #require(groups.first { $0.title == "队列" })
    #expect(!queue.rows.contains { $0.summary.contains("此案不可用") })
    #expect(!rows.contains { $0.summary.hasPrefix("群众评价") && $0.summary.contains("此案不可用") })
  }

  @Test func refusalsComeFromTheEngine() throws {
    let f = try ConsoleFixture()
    let c = try f.store.find(CaseActionTests.lift)
    let history = try f.store.history(of: c)
    let refusals = CaseRefusals(
      c, history: history, engine: f.engine, now: ConsoleFixture.now, lang: .zh)
    for command in Command.allCases {
      guard let kind = command.actionKind(on: c) else { continue }
      let engine = f.engine.refusal(for: kind, on: c, history: history, now: ConsoleFixture.now)
      #expect(refusals.reason(command) == engine?.message(.zh), "\(command)")
    }
  }
}
