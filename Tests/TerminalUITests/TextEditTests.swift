import Testing

@testable import TerminalUI

/// The shell's editing keys (`TextEdit`) in a text field and a text area, on Chinese text:
/// Ctrl-A/Home, Ctrl-E/End, Ctrl-U, Ctrl-W, Ctrl-K.
@Suite("Text editing keys")
struct TextEditTests {
  /// A field holding `text` with the cursor `fromEnd` graphemes before its end.
  func field(_ text: String, fromEnd: Int = 0) -> TextField {
    var f = TextField(text: text)
    f.moveCursor(to: f.characters.count - fromEnd)
    return f
  }

  @Test func ctrlAAndHomeGoToTheStartCtrlEAndEndToTheEnd() {
    for key in [Key.ctrl("a"), .home] {
      var f = field("楼上漏水 三天了", fromEnd: 2)
      do {
        let taken = f.handle(key)
        #expect(taken)
      }
      #expect(f.cursor == 0)
      do {
        let taken = f.handle(.char("王"))
        #expect(taken)
      }
      #expect(f.text == "王楼上漏水 三天了")
    }
    for key in [Key.ctrl("e"), .end] {
      var f = field("楼上漏水", fromEnd: 3)
      do {
        let taken = f.handle(key)
        #expect(taken)
      }
      #expect(f.cursor == 4)
    }
  }

  @Test func ctrlUDeletesToTheStartCtrlKToTheEnd() {
    var f = field("当场说开，群众认可", fromEnd: 4)
    do {
      let taken = f.handle(.ctrl("u"))
      #expect(taken)
    }
    #expect(f.text == "群众认可")
    #expect(f.cursor == 0)
    var g = field("当场说开，群众认可", fromEnd: 4)
    do {
      let taken = g.handle(.ctrl("k"))
      #expect(taken)
    }
    #expect(g.text == "当场说开，")
    #expect(g.cursor == 5)
  }

  /// Ctrl-W takes the word before the cursor: blanks first, then a run of Chinese characters
  /// or a run of other non-blank characters (ASCII, punctuation).
  @Test func ctrlWDeletesARunOfChineseOrOfOtherCharacters() {
    var f = field("王桂兰 13812345678")
    do {
      let taken = f.handle(.ctrl("w"))
      #expect(taken)
    }
    #expect(f.text == "王桂兰 ")
    do {
      let taken = f.handle(.ctrl("w"))
      #expect(taken)
    }
    #expect(f.text == "")
    do {
      let taken = f.handle(.ctrl("w"))
      #expect(taken)
    }
    var g = field("报修abc")
    _ = g.handle(.ctrl("w"))
    #expect(g.text == "报修")
    _ = g.handle(.ctrl("w"))
    #expect(g.text == "")
    var h = field("漏水，三天了", fromEnd: 3)
    _ = h.handle(.ctrl("w"))
    #expect(h.text == "漏水三天了")  // the comma is a run of its own
    #expect(h.cursor == 2)
    _ = h.handle(.ctrl("w"))
    #expect(h.text == "三天了")
    #expect(h.cursor == 0)
  }

  @Test func wordStartAcrossScripts() {
    func start(_ s: String) -> Int {
      let c = Array(s)
      return TextEdit.wordStart(in: c, before: c.count)
    }
    #expect(start("你好 world") == 3)
    #expect(start("你好  ") == 0)
    #expect(start("abc你好") == 3)
    #expect(start("ロボット") == 0)
    #expect(start("") == 0)
  }

  @Test func theTextAreaKnowsTheSameKeys() {
    var a = TextArea(text: "第一行文字\n楼上漏水 three days", viewWidth: 40, viewHeight: 5)
    do {
      let taken = a.handle(.ctrl("w"))
      #expect(taken)
    }
    #expect(a.text == "第一行文字\n楼上漏水 three ")
    do {
      let taken = a.handle(.ctrl("w"))
      #expect(taken)
    }
    #expect(a.text == "第一行文字\n楼上漏水 ")
    do {
      let taken = a.handle(.ctrl("w"))
      #expect(taken)
    }
    #expect(a.text == "第一行文字\n")
    do {
      let taken = a.handle(.ctrl("w"))
      #expect(taken)
    }
    #expect(a.text == "")
    var b = TextArea(text: "第一行\n第二行文字", viewWidth: 40, viewHeight: 5)
    do {
      let taken = b.handle(.ctrl("a"))
      #expect(taken)
    }
    #expect(b.cursor == 4)
    do {
      let taken = b.handle(.ctrl("e"))
      #expect(taken)
    }
    #expect(b.cursor == 9)
    do {
      let taken = b.handle(.home)
      #expect(taken)
    }
    do {
      let taken = b.handle(.ctrl("k"))
      #expect(taken)
    }
    #expect(b.text == "第一行\n")
    b.text = "第一行\n第二行文字"
    do {
      let taken = b.handle(.ctrl("u"))
      #expect(taken)
    }
    #expect(b.text == "第一行\n")
    do {
      let taken = b.handle(.end)
      #expect(taken)
    }
    #expect(b.cursor == 4)
  }

  @Test func everyEditHasItsKeysAndNoKeyTwo() {
    let keys = TextEdit.allCases.flatMap(\.keys)
    #expect(Set(keys).count == keys.count)
    for edit in TextEdit.allCases {
      for key in edit.keys { #expect(TextEdit(key) == edit) }
    }
    #expect(TextEdit(.ctrl("s")) == nil)
    #expect(TextEdit(.char("w")) == nil)
  }
}
