import Testing

@testable import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
  @Test func ascii() {
    #expect("hello".displayWidth == 5)
    #expect(Character("a").displayWidth == 1)
    #expect("".displayWidth == 0)
  }

  @Test func cjkIsTwoCells() {
    #expect("中文".displayWidth == 4)
    #expect("漏水ABC".displayWidth == 7)
    #expect(Character("\u{20000}").displayWidth == 2)  // CJK extension B
    #expect("한국어".displayWidth == 6)
    #expect("カナ".displayWidth == 4)
    #expect("ｶﾅ".displayWidth == 2)  // halfwidth katakana stays narrow
  }

  @Test func fullwidthFormsAndPunctuation() {
    #expect("（）".displayWidth == 4)
    #expect("，。、".displayWidth == 6)
    #expect(Character("\u{3000}").displayWidth == 2)  // ideographic space
    #expect(Character("￥").displayWidth == 2)  // U+FFE5
  }

  @Test func emoji() {
    #expect(Character("😀").displayWidth == 2)
    #expect(Character("👨‍👩‍👧‍👦").displayWidth == 2)  // one ZWJ family grapheme
    #expect("👨‍👩‍👧‍👦".count == 1)
    #expect(Character("🇨🇳").displayWidth == 2)  // a flag
    #expect(Character("❤️").displayWidth == 2)  // text-default + VS16
    #expect(Character("👍🏽").displayWidth == 2)  // skin tone modifier
  }

  @Test func combiningAndZeroWidth() {
    #expect(Character("e\u{301}").displayWidth == 1)
    #expect("e\u{301}".displayWidth == 1)
    #expect(Unicode.Scalar(0x301)!.displayWidth == 0)
    #expect(Unicode.Scalar(0x200D)!.displayWidth == 0)  // ZWJ
    #expect(Unicode.Scalar(0xFE0F)!.displayWidth == 0)  // variation selector
    #expect(Character("\u{7}").displayWidth == 0)  // control
    #expect(Character("\t").displayWidth == 0)
  }

  @Test func ambiguousCountsAsOne() {
    #expect("…".displayWidth == 1)
    #expect("─│┌┐└┘".displayWidth == 6)
  }
}
