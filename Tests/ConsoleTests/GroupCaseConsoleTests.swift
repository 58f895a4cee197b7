import Foundation
import ShuoshiCore
import ShuoshiStore
import TerminalUI
import TestSupport
import Testing

@testable import Console

/// Group cases in the console: `L` in the queue forms one from the marks; the detail of a
/// parent lists its children (phones masked) and a child's names its parent; `L` in a case
/// opens the menu; resolving the parent resolves its children.
@Suite("Group cases in the console")
struct GroupCaseConsoleTests {
  /// Two complaints about one lift, and the group case formed from them.
  func group(_ f: ConsoleFixture) throws -> (parent: Case, children: [Case]) {
    let children = try (1...2).map { i in
      try f.add(
        "中瑞物业电梯坏了一个月没人修", name: "住户\(i)", phone: "1381234000\(i)", address: "中瑞·领航城\(i)号楼",
        at: "2026-11-28 09:0\(i)")
    }
    let parent = try f.store.formGroup(
      GroupCaseRequest(children: children.map(\.id), summary: "中瑞物业电梯故障，多户反映"),
      engine: f.engine, by: f.worker, now: ConsoleFixture.now)
    return (parent, children)
  }

  func detail(_ f: ConsoleFixture, _ id: String) -> App {
    let app = f.settledApp()
    app.stack.append(DetailScreen(id: id))
    return app
  }

  @Test func aParentListsItsChildrenAndAChildNamesItsParent() throws {
    let f = try ConsoleFixture()
    let (parent, children) = try group(f)
    var grid = screen(detail(f, parent.id), 100, 30)
    #expect(grid.find("2 件（2 户）· 办理中 2 · 待回访 0 · 已回访 0") != nil, "\(grid.text())")
    #expect(grid.find("\(children[0].id)  村居 · ") != nil)
    #expect(grid.find("住户1 138****0001") != nil)
    #expect(grid.find("13812340001") == nil)
    grid = screen(detail(f, children[1].id), 100, 30)
    #expect(
      grid.find("母案  \(parent.id)（") != nil || grid.find(parent.id + "（") != nil, "\(grid.text())")
    #expect(grid.find("并入母案 \(parent.id)") != nil)
  }

  @Test func lInAChildOpensItsParentAndLeavesIt() throws {
    let f = try ConsoleFixture()
    let (parent, children) = try group(f)
    let app = detail(f, children[0].id)
    _ = screen(app, 100, 30)
    app.handle(.char("L"))
    #expect(screen(app, 100, 30).find("打开母案 \(parent.id)") != nil)
    app.handle(.char("1"))
    #expect((app.top as? DetailScreen)?.id == parent.id)
    app.handle(.char("q"))
    app.handle([.char("L"), .char("2")])
    app.type("另案处理")
    app.handle(.enter)
    #expect(try f.store.groupParent(of: children[0]) == nil)
    #expect(screen(app, 100, 30).find("移出母案 \(parent.id)：另案处理") != nil)
  }

  @Test func resolvingTheParentResolvesItsChildren() throws {
    let f = try ConsoleFixture()
    let (parent, children) = try group(f)
    let app = detail(f, parent.id)
    _ = screen(app, 100, 30)
    app.handle(.char("r"))
    app.type("约谈物业，电梯已修复")
    app.handle(.enter)
    for child in children {
      let c = try f.store.find(child.id)
      #expect(c.state == .resolved)
      #expect(c.summary == "约谈物业，电梯已修复")
    }
    #expect(screen(app, 100, 30).find("办理中 0 · 待回访 2") != nil)
  }

  @Test func lInTheQueueFormsAGroupFromTheMarks() throws {
    let f = try ConsoleFixture()
    let app = f.settledApp()
    _ = screen(app, 100, 30)
    app.handle(.char("L"))
    #expect(app.modal == nil)
    #expect(screen(app, 100, 30).find("先用 t 标记至少两件案件") != nil)
    let marked = [try #require(app.top.currentCaseID)]
    app.handle(.char("t"))
    let second = try #require(app.top.currentCaseID)
    app.handle([.char("t"), .char("L")])
    #expect(screen(app, 100, 30).find("把 2 件案件建为母案") != nil)
    app.type("同一小区的共同问题")
    app.handle(.enter)
    let parent = try #require(try f.store.groupParent(of: try f.store.find(second)))
    #expect(try f.store.groupParent(of: try f.store.find(marked[0]))?.id == parent.id)
    #expect(parent.text == "同一小区的共同问题")
    #expect(app.session.marks.isEmpty)
    #expect(screen(app, 100, 30).find("已建母案 \(parent.id)（2 件子案") != nil)
  }
}
