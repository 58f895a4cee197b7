import Testing

@testable import TerminalUI

@Suite("KeySpec")
struct KeySpecTests {
  static let specs = [
    "j", "J", "?", "/", "<", "中", "<Enter>", "<Tab>", "<S-Tab>", "<Esc>", "<Backspace>", "<Del>",
    "<Ins>", "<Up>", "<Down>", "<Left>", "<Right>", "<Home>", "<End>", "<PgUp>", "<PgDn>", "<F1>",
    "<F12>", "<C-s>", "<C-a>", "<Space>",
  ]

  @Test(arguments: specs)
  func roundTrip(_ text: String) throws {
    let spec = try #require(KeySpec(parsing: text))
    #expect(spec.description == text)
    #expect(KeySpec(parsing: spec.description) == spec)
  }

  @Test func parsesToKeys() {
    #expect(KeySpec(parsing: "j")?.key == .char("j"))
    #expect(KeySpec(parsing: "J")?.key == .char("J"))
    #expect(KeySpec(parsing: "<Space>")?.key == .char(" "))
    #expect(KeySpec(parsing: "<C-s>")?.key == .ctrl("s"))
    #expect(KeySpec(parsing: "<C-S>")?.key == .ctrl("s"))
    #expect(KeySpec(parsing: "<F2>")?.key == .f(2))
    #expect(KeySpec(parsing: "<S-Tab>")?.key == .backTab)
  }

  @Test func aliasesAndCase() {
    #expect(KeySpec(parsing: "<enter>")?.key == .enter)
    #expect(KeySpec(parsing: "<CR>")?.key == .enter)
    #expect(KeySpec(parsing: "<Return>")?.key == .enter)
    #expect(KeySpec(parsing: "<ESCAPE>")?.key == .escape)
    #expect(KeySpec(parsing: "<PageDown>")?.key == .pageDown)
    #expect(KeySpec(parsing: "<lt>")?.key == .char("<"))
    // Control combinations the terminal sends as other keys.
    #expect(KeySpec(parsing: "<C-i>")?.key == .tab)
    #expect(KeySpec(parsing: "<C-m>")?.key == .enter)
    #expect(KeySpec(parsing: "<C-h>")?.key == .backspace)
  }

  @Test func rejectsNonsense() {
    for bad in ["", "jj", "<>", "<Nope>", "<F0>", "<F99>", "<C-1>", "<C-ab>", "\u{7}", "Enter"] {
      #expect(KeySpec(parsing: bad) == nil, "\(bad)")
    }
  }

  @Test func labels() {
    #expect(Key.enter.label == "Enter")
    #expect(Key.ctrl("s").label == "Ctrl-S")
    #expect(Key.f(2).label == "F2")
    #expect(Key.pageDown.label == "PgDn")
    #expect(Key.char("j").label == "j")
    #expect(Key.char(" ").label == "Space")
    #expect(Key.backTab.label == "Shift-Tab")
    #expect(Key.escape.label == "Esc")
  }

  @Test func controlBytes() {
    #expect(Key.control(byte: 1) == .ctrl("a"))
    #expect(Key.control(byte: 19) == .ctrl("s"))
    #expect(Key.control(byte: 3) == .ctrl("c"))
    #expect(Key.control(byte: 9) == .tab)
    #expect(Key.control(byte: 13) == .enter)
    #expect(Key.control(byte: 10) == .enter)
    #expect(Key.control(byte: 127) == .backspace)
    #expect(Key.control(byte: 8) == .backspace)
    #expect(Key.control(byte: 27) == .escape)
    #expect(Key.control(byte: 0) == nil)
    #expect(Key.control(byte: 28) == nil)
  }
}
