import Testing

@testable import TerminalUI

@Suite("TextField")
struct TextFieldTests {
  @Test func insertAndCursorAcrossWideCharacters() {
    var f = TextField()
    for c in "漏水a" {
      let r = f.handle(.char(c))
      #expect(r)
    }
    #expect(f.text == "漏水a")
    #expect(f.cursor == 3)
    #expect(f.cursorColumn == 5)
    do {
      let rF = f.handle(.left)
      #expect(rF)
    }
    #expect(f.cursorColumn == 4)
    do {
      let rF = f.handle(.left)
      #expect(rF)
    }
    #expect(f.cursorColumn == 2)
    do {
      let rF = f.handle(.char("中"))
      #expect(rF)
    }
    #expect(f.text == "漏中水a")
    #expect(f.cursorColumn == 4)
  }

  @Test func backspaceAndDeleteRemoveWholeGraphemes() {
    var f = TextField(text: "a中e\u{301}😀")
    #expect(f.characters.count == 4)
    _ = f.handle(.backspace)
    #expect(f.text == "a中e\u{301}")
    _ = f.handle(.home)
    _ = f.handle(.right)
    _ = f.handle(.delete)
    #expect(f.text == "ae\u{301}")
    #expect(f.cursor == 1)
    _ = f.handle(.delete)
    #expect(f.text == "a")
    _ = f.handle(.delete)  // at the end: nothing happens, still consumed
    #expect(f.text == "a")
  }

  @Test func homeEndAndEmacsKeys() {
    var f = TextField(text: "居民反映")
    _ = f.handle(.home)
    #expect(f.cursor == 0)
    _ = f.handle(.end)
    #expect(f.cursor == 4)
    _ = f.handle(.ctrl("a"))
    #expect(f.cursor == 0)
    _ = f.handle(.ctrl("e"))
    #expect(f.cursorColumn == 8)
    _ = f.handle(.left)
    _ = f.handle(.left)
    _ = f.handle(.ctrl("k"))
    #expect(f.text == "居民")
    _ = f.handle(.left)
    _ = f.handle(.ctrl("u"))
    #expect(f.text == "民")
    #expect(f.cursor == 0)
  }

  @Test func leavesNonEditingKeysToTheCaller() {
    var f = TextField()
    do {
      let rF = f.handle(.enter)
      #expect(!rF)
    }
    do {
      let rF = f.handle(.tab)
      #expect(!rF)
    }
    do {
      let rF = f.handle(.escape)
      #expect(!rF)
    }
    do {
      let rF = f.handle(.ctrl("s"))
      #expect(!rF)
    }
    do {
      let rF = f.handle(.f(2))
      #expect(!rF)
    }
  }

  @Test func maxLengthAndPasteSanitising() {
    var f = TextField(maxLength: 5)
    f.insert("一二\n三\t四五六七")
    #expect(f.text == "一二 三 ")
    #expect(f.characters.count == 5)
  }

  @Test func renderPlacesCursorByDisplayWidth() {
    let g = CellGrid(width: 20, height: 1)
    var f = TextField(text: "漏水ab")
    _ = f.handle(.left)
    f.render(on: g, in: Rect(x: 3, y: 0, width: 10, height: 1), focused: true)
    #expect(g.text() == "   漏水ab")
    #expect(g.cursor == Point(x: 3 + 5, y: 0))
    #expect(g.roleAt(3, 0) == .inputFocused)
  }

  @Test func placeholderWhenEmpty() {
    let g = CellGrid(width: 12, height: 1)
    TextField(placeholder: "搜索案件").render(on: g, in: g.bounds, focused: false)
    #expect(g.text() == "搜索案件")
    #expect(g.roleAt(0, 0) == .muted)
    #expect(g.cursor == nil)
  }

  @Test func pastedLongChineseLineScrollsToKeepCursorVisible() {
    let line = String(repeating: "居民反映楼道灯不亮，", count: 50)  // 500 characters
    #expect(line.count == 500)
    var f = TextField(viewWidth: 21)
    f.insert(line)
    #expect(f.cursor == 500)
    let g = CellGrid(width: 21, height: 1)
    f.render(on: g, in: g.bounds, focused: true)
    let cursor = try! #require(g.cursor)
    #expect(cursor.x >= 0 && cursor.x < 21)
    #expect(cursor.x == 20)  // 10 wide characters, then the cursor cell
    #expect(g.text() == "居民反映楼道灯不亮，")
    // Move to the start and back: the cursor stays on screen at every step.
    for _ in 0..<500 {
      _ = f.handle(.left)
      f.render(on: g, in: g.bounds, focused: true)
      let c = try! #require(g.cursor)
      #expect(c.x >= 0 && c.x < 21)
      #expect(!g[c.x, 0].isContinuation)  // never inside a wide character
    }
    #expect(f.cursor == 0)
    #expect(g.text().hasPrefix("居民反映"))
    #expect(g.cursor == Point(x: 0, y: 0))
  }

  @Test func scrollNeverSplitsWideCharactersAtEitherEdge() {
    var f = TextField(text: "ab中文字符ef中文字符", viewWidth: 7)
    let g = CellGrid(width: 7, height: 1)
    for _ in 0..<f.characters.count {
      f.render(on: g, in: g.bounds, focused: true)
      for x in 0..<7 where g[x, 0].isContinuation {
        #expect(x > 0 && g[x - 1, 0].width == 2)
      }
      _ = f.handle(.left)
    }
  }

  @Test func renderCorrectsForAnUnknownWidth() {
    var f = TextField()  // no viewWidth hint
    f.insert(String(repeating: "中", count: 30))
    let g = CellGrid(width: 9, height: 1)
    f.render(on: g, in: g.bounds, focused: true)
    #expect(g.cursor == Point(x: 8, y: 0))
    #expect(g.text() == "中中中中")
  }
}
