import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// Marks in the queue (`t`, `T`) and batch actions on them: one confirmation naming the count,
/// each case through the single action's use case, undone as one step with `u`.
@Suite("Bulk actions in the queue")
struct BulkActionTests {
  /// The queue's first rows, top to bottom.
  func rows(_ app: App, _ n: Int, search: String? = nil) throws -> [String] {
    var q = app.session.query(for: .open)
    q.search = search
    return try app.session.store.list(q, offset: 0, limit: n).map(\.id)
  }

  @Test func tMarksAndMovesDownAndTheStatusLineCounts() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    _ = screen(app, 100, 30)
    let first = try #require(app.top.currentCaseID)
    app.handle([.char("t"), .char("t")])
    #expect(app.session.marks.ids.count == 2 && app.session.marks.ids[0] == first)
    var grid = screen(app, 100, 30)
    #expect(grid.find("已标记 2 件") != nil)
    #expect(grid.line(3).hasPrefix("*"))
    // Marks survive a tab switch; `t` again on a marked row unmarks it.
    app.handle([.char("l"), .char("h"), .char("t")])
    #expect(app.session.marks.count == 1)
    grid = screen(app, 100, 30)
    #expect(grid.find("已标记 1 件") != nil)
  }

  @Test func tByPatternMarksWhatSearchFindsAndAnEmptyPatternClears() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    _ = screen(app, 100, 30)
    app.handle(.char("T"))
    app.type("漏水")
    app.handle(.enter)
    let leak = try rows(app, 50, search: "漏水")
    #expect(!leak.isEmpty && app.session.marks.ids == leak)
    #expect(screen(app, 100, 30).find("已标记 \(leak.count) 件") != nil)
    app.handle(.char("T"))
    app.handle(.enter)
    #expect(app.session.marks.isEmpty)
    #expect(screen(app, 100, 30).find("已标记") == nil)
  }

  @Test func aBatchAssignAsksOnceAndUIsUndoneAsOneStep() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    _ = screen(app, 100, 30)
    let ids = try rows(app, 3)
    let before = try ids.map { try f.store.find($0).assignee }
    app.handle([.char("t"), .char("t"), .char("t"), .char("a")])
    app.type("张德明")
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("给 3 件案件派单给 张德明？") != nil)
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("已派单 3 件") != nil)
    for id in ids { #expect(try f.store.find(id).assignee == "张德明") }
    #expect(app.session.marks.isEmpty)
    app.handle(.char("u"))
    #expect(screen(app, 100, 30).find("撤销上一批（3 件）") != nil)
    app.handle(.char("u"))
    #expect(screen(app, 100, 30).find("已撤销 3 件") != nil)
    #expect(try ids.map { try f.store.find($0).assignee } == before)
  }

  @Test func aRefusedCaseIsSkippedAndNamed() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    _ = screen(app, 100, 30)
    // The drain case is at the street already: escalating it is refused, the others go up.
    app.handle(.char("T"))
    app.type("排水")
    app.handle(.enter)
    app.handle(.char("T"))
    app.type("路灯")
    app.handle(.enter)
    #expect(app.session.marks.count == 2)
    app.handle(.char("e"))
    app.handle(.enter)  // the reason picker: 手动 is chosen
    #expect(screen(app, 100, 30).find("把 2 件案件各升一级") != nil)
    app.handle(.enter)
    let line = screen(app, 100, 30).find("已升级 1 件，1 件未能办理")
    #expect(line != nil)
  }
}

@Suite("Bulk voiding in the queue")
struct BulkVoidTests {
  @Test func xVoidsTheMarkedCasesWithOneReasonAfterOneConfirmation() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    _ = screen(app, 100, 30)
    var q = app.session.query(for: .open)
    q.search = "漏水"
    let ids = try f.store.list(q).map(\.id)
    app.handle(.char("T"))
    app.type("漏水")
    app.handle([.enter, .char("X")])
    app.handle(.enter)  // no reason: asked again
    #expect(app.modal != nil)
    app.type("重复登记")
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("作废这 \(ids.count) 件案件（重复登记）？") != nil)
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("已作废 \(ids.count) 件") != nil)
    for id in ids { #expect(try f.store.find(id).voided) }
  }
}

@Suite("Bulk urging in the queue")
struct BulkUrgeTests {
  @Test func uUrgesTheLateMarkedCasesAndNamesTheOneNotLate() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    _ = screen(app, 100, 30)
    // The drain case is weeks past its deadline; the leak has days left and was contacted.
    for pattern in ["排水", "漏水"] {
      app.handle(.char("T"))
      app.type(pattern)
      app.handle(.enter)
    }
    #expect(app.session.marks.count == 2)
    app.handle(.char("U"))
    app.type("请今天回复群众")
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("催办这 2 件案件？") != nil)
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("已催办 1 件，1 件未能办理：HJ-20261127-001") != nil)
  }
}

@Suite("Bulk receipts in the queue")
struct BulkReceiptTests {
  @Test func pWritesTheReceiptsOfTheMarkedCasesAndRecordsNothing() throws {
    let f = try ConsoleFixture()
    let dir = f.dir.url.appendingPathComponent("receipts")
    let app = App(
      services: ConsoleServices(
        store: f.store, engine: f.engine, actor: f.worker, systemActor: Actor("系统"),
        dataPath: "~/.local/share/shuoshi", clock: f.clock, lang: .zh,
        keymap: ConsoleFixture.keymap,
        booth: BoothSettings(unitName: "阳光社区", receiptsDirectory: dir)))
    app.settle()
    _ = screen(app, 100, 30)
    let events = try f.store.eventCount()
    app.handle([.char("t"), .char("t"), .char("P")])
    let ids = app.session.marks.ids
    #expect(screen(app, 100, 30).find("写出这 2 件案件的回执") != nil)
    app.handle(.enter)
    #expect(screen(app, 100, 30).find("已写出回执 2 件") != nil)
    for id in ids {
      let text = try String(contentsOf: dir.appendingPathComponent("\(id).txt"), encoding: .utf8)
      #expect(text.contains(id))
    }
    #expect(app.session.marks.isEmpty)
    #expect(try f.store.eventCount() == events)
  }
}

@Suite("Undoing a batch only right after it")
struct BatchUndoWindowTests {
  @Test func aSingleActionAfterTheBatchEndsTheBatchUndo() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    _ = screen(app, 100, 30)
    app.handle([.char("t"), .char("t"), .char("a")])
    app.type("张德明")
    app.handle([.enter, .enter])
    #expect(app.session.lastBatch?.cases.count == 2)
    #expect(screen(app, 100, 30).line(29).contains("u 撤销"))
    app.handle(.char("r"))  // resolve the selected case: a single action
    app.type("已当面解释清楚")
    app.handle(.enter)
    #expect(app.session.lastBatch == nil)
    #expect(!screen(app, 100, 30).line(29).contains("u 撤销"))
    app.handle(.char("u"))  // now the selected case's own undo
    #expect(screen(app, 100, 30).find("撤销上一批") == nil)
  }
}
