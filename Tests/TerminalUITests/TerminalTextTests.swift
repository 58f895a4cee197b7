import Testing

@testable import TerminalUI

@Suite("Terminal text sanitiser")
struct TerminalTextTests {
  @Test func escapeSequencesBecomeVisible() {
    #expect("\u{1B}]0;pwned\u{07}王".terminalSafe() == "\\e]0;pwned\\x07王")
    #expect("\u{1B}[2J".terminalSafe() == "\\e[2J")
    // OSC 52: the paste-buffer write from the probe.
    let osc52 = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
    #expect(osc52.terminalSafe() == "\\e]52;c;cm0gLXJmIH4=\\x07")
  }

  @Test func c0C1AndDelAreEscaped() {
    #expect("a\u{00}b".terminalSafe() == "a\\x00b")
    #expect("a\u{7F}b".terminalSafe() == "a\\x7Fb")
    #expect("a\u{9B}31m".terminalSafe() == "a\\x9B31m")
    #expect("a\u{85}b".terminalSafe() == "a\\x85b")
    #expect("a\rb".terminalSafe() == "a\\rb")
  }

  @Test func bidiControlsAndIsolatesAreEscaped() {
    #expect("abc\u{202E}fdp.exe".terminalSafe() == "abc⟨U+202E⟩fdp.exe")
    for v: UInt32 in [
      0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
      0x200F, 0x061C,
    ] {
      let s = "x" + String(Unicode.Scalar(v)!) + "y"
      #expect(TerminalText.sanitized(s).unicodeScalars.allSatisfy { $0.value != v })
      #expect(TerminalText.sanitized(s).contains("⟨U+"))
    }
  }

  @Test func joinersOutsideEmojiAreEscapedInsideKept() {
    let family = "👨‍👩‍👧"
    #expect(family.terminalSafe() == family)
    #expect("👩🏽‍💻 修电脑".terminalSafe() == "👩🏽‍💻 修电脑")
    #expect("王\u{200D}英".terminalSafe() == "王⟨U+200D⟩英")
    #expect("ab\u{200C}c".terminalSafe() == "ab⟨U+200C⟩c")
    // A joiner after an emoji with nothing to join is not a sequence.
    #expect("👍\u{200D}".terminalSafe() == "👍⟨U+200D⟩")
  }

  @Test func chineseAndPlainTextAreUntouched() {
    let text = "楼上卫生间漏水，把我家天花板泡了（六堰社区3栋2单元502）Room 5-B, \"ok\" \\ path"
    #expect(text.terminalSafe() == text)
    #expect(text.terminalSafe(lines: .keep) == text)
  }

  @Test func newlinesKeptOnlyWhenAsked() {
    #expect("一\n二\r\n三\t四".terminalSafe(lines: .keep) == "一\n二\r\n三\t四")
    #expect("一\n二\r\n三\t四".terminalSafe() == "一\\n二\\r\\n三\\t四")
    // A lone carriage return rewrites the line on screen: escaped in both modes.
    #expect("ok\rfake".terminalSafe(lines: .keep) == "ok\\rfake")
  }

  @Test func sanitisingTwiceChangesNothing() {
    let s = "\u{1B}[31m红\u{202E}\n\u{07}".terminalSafe()
    #expect(s.terminalSafe() == s)
    #expect(s.unicodeScalars.allSatisfy { !TerminalText.isSuspect($0) })
  }
}
