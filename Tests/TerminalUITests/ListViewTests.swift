import Testing

@testable import TerminalUI

@Suite("ListView")
struct ListViewTests {
  @Test func pagingAtAMillionRows() {
    var l = ListView(count: 1_000_000, height: 20)
    #expect(l.visibleRange == 0..<20)
    l.pageDown()
    #expect(l.selection == 19)
    #expect(l.visibleRange == 19..<39)
    _ = l.handle(.end)
    #expect(l.selection == 999_999)
    #expect(l.visibleRange == 999_980..<1_000_000)
    l.pageUp()
    #expect(l.selection == 999_980)
    #expect(l.visibleRange == 999_961..<999_981)
    _ = l.handle(.home)
    #expect(l.selection == 0)
    #expect(l.visibleRange == 0..<20)
  }

  @Test func movementKeysScrollBySingleRows() {
    var l = ListView(count: 10, height: 3)
    for _ in 0..<3 {
      let r = l.handle(.char("j"))
      #expect(r)
    }
    #expect(l.selection == 3)
    #expect(l.offset == 1)
    _ = l.handle(.down)
    _ = l.handle(.k)
    #expect(l.selection == 3)
    #expect(l.visibleRange == 2..<5)
    _ = l.handle(.up)
    _ = l.handle(.up)
    _ = l.handle(.up)
    _ = l.handle(.up)
    #expect(l.selection == 0)
    #expect(l.offset == 0)
    do {
      let rL = l.handle(.enter)
      #expect(!rL)
    }
  }

  @Test func clampsWhenTheListShrinks() {
    var l = ListView(count: 100, height: 10)
    l.select(95)
    l.count = 12
    #expect(l.selection == 11)
    #expect(l.visibleRange == 2..<12)
    l.count = 0
    #expect(l.selection == 0)
    #expect(l.visibleRange.isEmpty)
  }

  @Test func shortListsFitWithoutScrolling() {
    var l = ListView(count: 3, height: 10)
    l.pageDown()
    #expect(l.selection == 2)
    #expect(l.visibleRange == 0..<3)
  }

  @Test func renderDrawsVisibleRowsWithSelection() {
    var l = ListView(count: 100, height: 3)
    l.select(4)
    let g = CellGrid(width: 12, height: 4)
    var asked: [Int] = []
    l.render(on: g, in: Rect(x: 0, y: 1, width: 12, height: 3)) { index, line, selected in
      asked.append(index)
      line.put("案件 \(index)", at: .zero, role: selected ? .selected : .normal)
    }
    #expect(asked == [2, 3, 4])
    #expect(g.lines == ["", "案件 2", "案件 3", "案件 4"])
    #expect(g.roleAt(11, 3) == .selected)  // the whole row, not just the text
    #expect(g.roleAt(0, 2) == .normal)
  }
}

extension Key {
  fileprivate static let k = Key.char("k")
}
