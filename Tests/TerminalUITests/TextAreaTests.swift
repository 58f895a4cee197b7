import Testing

@testable import TerminalUI

@Suite("TextArea")
struct TextAreaTests {
  @Test func wrapsByDisplayWidth() {
    let a = TextArea(text: "居民反映楼道灯不亮\n已报物业", viewWidth: 8)
    let lines = a.visualLines(width: 8).map { String(a.characters[$0.range]) }
    #expect(lines == ["居民反映", "楼道灯不", "亮", "已报物业"])
    #expect(a.cursorPosition(width: 8) == Point(x: 8, y: 3))
  }

  @Test func enterInsertsNewline() {
    var a = TextArea(viewWidth: 20)
    for c in "第一行" { _ = a.handle(.char(c)) }
    do {
      let rA = a.handle(.enter)
      #expect(rA)
    }
    for c in "第二" { _ = a.handle(.char(c)) }
    #expect(a.text == "第一行\n第二")
    #expect(a.cursorPosition(width: 20) == Point(x: 4, y: 1))
  }

  @Test func upDownMoveByVisualLineKeepingTheColumn() {
    var a = TextArea(text: "abcdefghij\nxy", viewWidth: 4)
    // rows: abcd / efgh / ij / xy
    _ = a.handle(.up)  // from end of "xy" (col 2) to "ij" col 2
    #expect(a.cursorPosition(width: 4) == Point(x: 2, y: 2))
    _ = a.handle(.up)
    #expect(a.cursorPosition(width: 4) == Point(x: 2, y: 1))
    #expect(a.cursor == 6)
    _ = a.handle(.up)
    _ = a.handle(.up)  // top row: goes to the very start
    #expect(a.cursor == 0)
    _ = a.handle(.end)
    #expect(a.cursorPosition(width: 4) == Point(x: 3, y: 0))  // stays on the wrapped row
    _ = a.handle(.down)
    #expect(a.cursorPosition(width: 4) == Point(x: 3, y: 1))
    _ = a.handle(.down)  // "ij" is shorter: end of it
    #expect(a.cursorPosition(width: 4) == Point(x: 2, y: 2))
    _ = a.handle(.down)  // goal column 3 kept; "xy" ends at 2
    #expect(a.cursorPosition(width: 4) == Point(x: 2, y: 3))
    _ = a.handle(.home)
    #expect(a.cursorPosition(width: 4) == Point(x: 0, y: 3))
  }

  @Test func upDownOverWideCharacters() {
    var a = TextArea(text: "中文中文\nab", viewWidth: 20)
    _ = a.handle(.up)  // col 2 → between 中 and 文
    #expect(a.cursor == 1)
    #expect(a.cursorPosition(width: 20) == Point(x: 2, y: 0))
  }

  @Test func backspaceJoinsLines() {
    var a = TextArea(text: "一\n二", viewWidth: 20)
    _ = a.handle(.left)
    _ = a.handle(.backspace)
    #expect(a.text == "一二")
  }

  @Test func scrollsToKeepCursorVisible() {
    var a = TextArea(viewWidth: 10, viewHeight: 3)
    a.insert((1...10).map { "第\($0)行" }.joined(separator: "\n"))
    let g = CellGrid(width: 10, height: 3)
    a.render(on: g, in: g.bounds, focused: true)
    #expect(g.lines == ["第8行", "第9行", "第10行"])
    #expect(g.cursor == Point(x: 6, y: 2))
    for _ in 0..<9 { _ = a.handle(.up) }
    a.render(on: g, in: g.bounds, focused: true)
    #expect(g.lines.first == "第1行")
    #expect(g.cursor?.y == 0)
  }

  @Test func crlfBecomesNewline() {
    let a = TextArea(text: "a\r\nb\rc")
    #expect(a.text == "a\nb\nc")
  }
}
