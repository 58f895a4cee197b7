import Testing

@testable import TerminalUI

@Suite("Widgets")
struct WidgetTests {
  @Test func statusBarLeftAndRight() {
    let g = CellGrid(width: 30, height: 1)
    StatusBar(
      left: [Segment("待办 120"), Segment("  逾期 3", role: .warning)],
      right: [Segment("14:02")]
    ).render(on: g, in: g.bounds)
    #expect(g.text() == " 待办 120  逾期 3       14:02")
    #expect(g.roleAt(29, 0) == .status)  // filled to the edge
    #expect(g.roleAt(12, 0) == .warning)
  }

  @Test func statusBarClipsTheLeftSide() {
    let g = CellGrid(width: 16, height: 1)
    StatusBar(left: "居民反映楼道灯不亮很久了", right: "已保存").render(on: g, in: g.bounds)
    #expect(g.text() == " 居民反… 已保存")
    #expect(g.line(0).displayWidth <= 16)
  }

  @Test func hintBarDropsWholeItemsThatDoNotFit() {
    let bar = HintBar(pairs: [("F1", "帮助"), ("/", "搜索"), ("Enter", "打开"), ("q", "返回")])
    let g = CellGrid(width: 40, height: 1)
    bar.render(on: g, in: g.bounds)
    #expect(g.text() == "F1 帮助  / 搜索  Enter 打开  q 返回")
    #expect(g.roleAt(0, 0) == .hintKey)
    #expect(g.roleAt(3, 0) == .hint)
    let narrow = CellGrid(width: 20, height: 1)
    bar.render(on: narrow, in: narrow.bounds)
    #expect(narrow.text() == "F1 帮助  / 搜索")
  }

  @Test func tabBarWithCounts() {
    let g = CellGrid(width: 40, height: 1)
    let tabs = TabBar([.init("待办", count: 12), .init("逾期", count: 3), .init("已办结")], active: 1)
    tabs.render(on: g, in: g.bounds)
    #expect(g.text() == " 待办 12 │ 逾期 3 │ 已办结")
    #expect(g.roleAt(12, 0) == .tabActive)
    #expect(g.roleAt(1, 0) == .tab)
    #expect(tabs.tab(atColumn: 12) == 1)
    #expect(tabs.tab(atColumn: 0) == 0)
    #expect(tabs.tab(atColumn: 39) == nil)
    let narrow = CellGrid(width: 12, height: 1)
    tabs.render(on: narrow, in: narrow.bounds)
    #expect(narrow.text() == " 待办 12 │ …")
  }

  @Test func dialogIsCentredWithBorderTitleAndButtons() {
    let g = CellGrid(width: 40, height: 12)
    let d = Dialog(
      title: "结案", message: "确定要结案吗？", buttons: [.init("确定", key: .char("y")), .init("取消")])
    d.render(on: g)
    let f = d.frame(in: g.bounds)
    #expect(f.width == 22 && f.height == 5)
    #expect(g.line(f.y) == String(repeating: " ", count: f.x) + "┌─ 结案 ─────────────┐")
    #expect(g.line(f.y + 1).hasSuffix("│ 确定要结案吗？     │"))
    #expect(g.line(f.y + 2).hasSuffix("│                    │"))
    #expect(g.line(f.y + 3).hasSuffix("│ [ 确定 ]  [ 取消 ] │"))
    #expect(g.line(f.maxY - 1).hasSuffix("└" + String(repeating: "─", count: 20) + "┘"))
    let okX = g.find("[ 确定 ]")!.x
    #expect(g.roleAt(okX, f.y + 3) == .selected)
    #expect(g.roleAt(f.x + 1, f.y + 1) == .dialog)
    #expect(g.roleAt(f.x + 3, f.y) == .dialogTitle)
  }

  @Test func dialogKeys() {
    var d = Dialog(
      title: "结案", buttons: [.init("确定", key: .char("y")), .init("取消", key: .char("n"))])
    do {
      let rD = d.handle(.right)
      #expect(rD == .handled)
    }
    #expect(d.selectedButton == 1)
    do {
      let rD = d.handle(.tab)
      #expect(rD == .handled)
    }
    #expect(d.selectedButton == 0)
    do {
      let rD = d.handle(.enter)
      #expect(rD == .chosen(0))
    }
    do {
      let rD = d.handle(.char("n"))
      #expect(rD == .chosen(1))
    }
    do {
      let rD = d.handle(.escape)
      #expect(rD == .cancelled)
    }
    do {
      let rD = d.handle(.f(5))
      #expect(rD == .ignored)
    }
  }

  @Test func dialogWithInput() {
    var d = Dialog(
      title: "退回原因", message: "请说明原因", input: TextField(placeholder: "原因"),
      buttons: [.init("退回"), .init("取消")])
    for c in "不属实" {
      let r = d.handle(.char(c))
      #expect(r == .handled)
    }
    do {
      let rD = d.handle(.left)
      #expect(rD == .handled)  // moves in the field, not between buttons
    }
    #expect(d.selectedButton == 0)
    #expect(d.input?.text == "不属实")
    do {
      let rD = d.handle(.enter)
      #expect(rD == .chosen(0))
    }
    let g = CellGrid(width: 50, height: 12)
    d.render(on: g)
    let at = g.find("不属实")!
    #expect(g.roleAt(at.x, at.y) == .inputFocused)
    #expect(g.cursor == Point(x: at.x + 4, y: at.y))
  }

  @Test func dialogFitsASmallScreen() {
    let g = CellGrid(width: 12, height: 5)
    Dialog(title: "一个很长很长的标题", message: String(repeating: "很长的消息", count: 10)).render(on: g)
    for line in g.lines { #expect(line.displayWidth <= 12) }
    #expect(g.line(0).hasPrefix("┌"))
    #expect(g.line(4).hasPrefix("└"))
  }

  @Test func helpViewGroupsAndScrolls() {
    var help = HelpView(
      groups: [
        .init(
          title: "通用", rows: [.init(keys: "F1, ?", summary: "帮助"), .init(keys: "q", summary: "返回")]),
        .init(title: "列表", rows: (1...10).map { .init(keys: "k\($0)", summary: "命令\($0)") }),
      ], viewHeight: 5)
    let g = CellGrid(width: 30, height: 5)
    help.render(on: g, in: g.bounds)
    #expect(g.lines == ["通用", "  F1, ?  帮助", "  q      返回", "", "列表"])
    #expect(g.roleAt(0, 0) == .title)
    #expect(help.lineCount == 15)
    _ = help.handle(.end)
    help.render(on: g, in: g.bounds)
    #expect(g.lines.last == "  k10    命令10")
    do {
      let rHelp = help.handle(.pageUp)
      #expect(rHelp)
    }
    #expect(help.scrollOffset == 6)
    do {
      let rHelp = help.handle(.enter)
      #expect(!rHelp)
    }
  }

  @Test func tableColumnWidthsAndFormatting() {
    let table = Table([
      .fixed("编号", width: 6), .init("事项", minWidth: 6), .init("层级", minWidth: 4, maxWidth: 6),
      .fixed("期限", width: 5, alignment: .right),
    ])
    #expect(table.widths(for: 30) == [6, 10, 6, 5])  // spare room to the flexible columns
    #expect(table.widths(for: 24) == [6, 6, 4, 5])
    let row = table.format(["C-0001", "居民反映楼道灯不亮", "村居", "2天"], width: 30)
    #expect(row == "C-0001 居民反映 … 村居     2天")  // 楼 would straddle: a blank
    #expect(row.displayWidth == 30)
    #expect(table.header(width: 30).hasPrefix("编号   事项"))
    // Too narrow for the minimums: the last columns go first.
    let tight = table.widths(for: 14)
    #expect(tight == [6, 7, 0, 0])
  }

  @Test func tableRenderUsesCellRoles() {
    let table = Table([.fixed("a", width: 4), .init("b", minWidth: 4)])
    let g = CellGrid(width: 12, height: 1)
    table.render([Segment("逾期", role: .warning), Segment("正常")], on: g, in: g.bounds)
    #expect(g.text() == "逾期 正常")
    #expect(g.roleAt(0, 0) == .warning)
    #expect(g.roleAt(5, 0) == .normal)
  }

  @Test func layoutTooSmall() {
    let layout = Layout(minimum: Size(width: 80, height: 24))
    #expect(layout.isTooSmall(Size(width: 79, height: 30)))
    #expect(layout.isTooSmall(Size(width: 100, height: 23)))
    #expect(!layout.isTooSmall(Size(width: 80, height: 24)))
    let g = CellGrid(width: 40, height: 10)
    layout.renderTooSmall(on: g)
    #expect(g.text().contains("窗口太小"))
    #expect(g.text().contains("至少 80×24，当前 40×10"))
    for line in g.lines { #expect(line.displayWidth <= 40) }
  }

  @Test func boxDrawing() {
    let g = CellGrid(width: 10, height: 3)
    g.drawBox(g.bounds, title: "标题")
    #expect(g.lines == ["┌─ 标题 ─┐", "│        │", "└────────┘"])
    #expect(g.roleAt(0, 0) == .border)
  }
}
