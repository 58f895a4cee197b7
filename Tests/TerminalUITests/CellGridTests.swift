import Testing

@testable import TerminalUI

@Suite("Cell grid and regions")
struct CellGridTests {
  @Test func textWithCJK() {
    let g = CellGrid(width: 10, height: 2)
    g.put("中文ABC", at: Point(x: 1, y: 0))
    #expect(g.text() == " 中文ABC\n")
    #expect(g[1, 0].character == "中")
    #expect(g[2, 0].isContinuation)
    #expect(g[5, 0].character == "A")
    #expect(g.find("ABC") == Point(x: 5, y: 0))
  }

  @Test func clipsAtSurfaceEdgeWithoutSplitting() {
    let g = CellGrid(width: 5, height: 1)
    let used = g.put("ab中文", at: .zero)
    #expect(g.text() == "ab中")  // 文 would straddle the edge: a blank instead
    #expect(used == 5)
    #expect(!g[4, 0].isContinuation)
  }

  @Test func maxWidthClips() {
    let g = CellGrid(width: 10, height: 1)
    g.put("中文字", at: .zero, maxWidth: 3)
    #expect(g.text() == "中")
  }

  @Test func rolesAreRecorded() {
    let g = CellGrid(width: 10, height: 1)
    g.put("逾期", at: Point(x: 2, y: 0), role: .warning)
    #expect(g.roleAt(2, 0) == .warning)
    #expect(g.roleAt(3, 0) == .warning)
    #expect(g.roleAt(5, 0) == .warning)
    #expect(g.roleAt(6, 0) == .normal)
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    let g = CellGrid(width: 6, height: 1)
    g.put("中文", at: .zero)
    g.put("x", at: Point(x: 1, y: 0))  // right half of 中
    #expect(g.text() == " x文")
    g.put("y", at: Point(x: 2, y: 0))  // left half of 文
    #expect(g.text() == " xy")
    #expect(!g[3, 0].isContinuation)
  }

  @Test func controlCharactersBecomeSpaces() {
    let g = CellGrid(width: 10, height: 1)
    g.put("a\tb\nc", at: .zero)
    #expect(g.text() == "a b c")
  }

  @Test func escapesAndBidiOverridesAreDrawnVisibly() {
    // The console draws untrusted text by the command line's rule (TerminalText).
    let g = CellGrid(width: 30, height: 1)
    g.put("a\u{1B}]0;x\u{07}\u{202E}b", at: .zero)
    #expect(g.text() == "a\\e]0;x\\x07⟨U+202E⟩b")
    let clipped = CellGrid(width: 4, height: 1)
    #expect(clipped.put("a\u{1B}[2J", at: .zero) == 4)
    #expect(clipped.text() == "a\\e[")
  }

  @Test func regionTranslatesAndClips() {
    let g = CellGrid(width: 12, height: 3)
    let r = g.region(Rect(x: 2, y: 1, width: 5, height: 1))
    #expect(r.size == Size(width: 5, height: 1))
    r.put("中文中文", at: .zero, role: .selected)
    r.put("ignored", at: Point(x: 0, y: 1))  // outside the region
    #expect(g.lines == ["", "  中文", ""])
    #expect(g.roleAt(6, 1) == .selected)  // the blank that replaced the straddling 中
    #expect(g.roleAt(7, 1) == .normal)
  }

  @Test func regionWideCharacterAtRightEdgeBecomesSpace() {
    let g = CellGrid(width: 8, height: 1)
    g.put("########", at: .zero)
    let r = g.region(Rect(x: 1, y: 0, width: 3, height: 1))
    r.put("a中文", at: .zero)
    #expect(g.text() == "#a中####")
    r.fill(r.bounds)
    r.put("ab中", at: .zero)
    #expect(g.text() == "#ab ####")
  }

  @Test func nestedRegionsAndCursor() {
    let g = CellGrid(width: 20, height: 5)
    let outer = g.region(Rect(x: 2, y: 1, width: 10, height: 3))
    let inner = outer.region(Rect(x: 1, y: 1, width: 4, height: 1))
    inner.put("漏水漏水", at: .zero)
    inner.cursor = Point(x: 2, y: 0)
    #expect(g.line(2) == "   漏水")
    #expect(g.cursor == Point(x: 5, y: 2))
    #expect(inner.cursor == Point(x: 2, y: 0))
    inner.cursor = Point(x: 9, y: 0)  // outside: hidden
    #expect(g.cursor == nil)
  }

  @Test func negativeStartIsClippedOnTheLeft() {
    let g = CellGrid(width: 6, height: 1)
    g.put("中文ab", at: Point(x: -1, y: 0))
    #expect(g.text() == " 文ab")
  }

  @Test func putRightAligns() {
    let g = CellGrid(width: 10, height: 1)
    g.putRight("共 3 件", endingAt: 10, y: 0)
    #expect(g.text() == "   共 3 件")
  }
}
