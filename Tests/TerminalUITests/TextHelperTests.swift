import Testing

@testable import TerminalUI

@Suite("Clip, pad, wrap")
struct TextHelperTests {
  @Test func clipLeavesFittingTextAlone() {
    #expect("中文".clipped(to: 4) == "中文")
    #expect("abc".clipped(to: 10) == "abc")
  }

  @Test func clipAddsEllipsis() {
    #expect("abcdef".clipped(to: 4) == "abc…")
    #expect("中文字符".clipped(to: 5) == "中文…")
    #expect("abcdef".clipped(to: 1) == "…")
    #expect("abcdef".clipped(to: 0) == "")
  }

  @Test func clipNeverSplitsWideCharacters() {
    // 4 cells: room for 3 before "…"; 中 文 need 4, so 中 + pad + …
    let c = "中文字".clipped(to: 4)
    #expect(c == "中 …")
    #expect(c.displayWidth == 4)
    let noEllipsis = DisplayWidth.clip("中文字", to: 5, ellipsis: false)
    #expect(noEllipsis == "中文 ")
    #expect(noEllipsis.displayWidth == 5)
    for w in 0...12 {
      #expect("a中b文c字😀d".clipped(to: w).displayWidth == min(w, 12))
    }
  }

  @Test func padAndAlign() {
    #expect("中".padded(to: 4) == "中  ")
    #expect("中".padded(to: 4, alignment: .right) == "  中")
    #expect("中".rightAligned(to: 3) == " 中")
    #expect("ab".padded(to: 5, alignment: .center) == " ab  ")
    #expect("中文字符".padded(to: 5) == "中文…")
  }

  @Test func wrapByDisplayWidth() {
    #expect("中文中文中文".wrapped(to: 5) == ["中文", "中文", "中文"])
    #expect("hello world again".wrapped(to: 11) == ["hello world", "again"])
    #expect("hello world".wrapped(to: 5) == ["hello", "world"])
    #expect("第一行\n\n第三".wrapped(to: 20) == ["第一行", "", "第三"])
    #expect("abcdefgh".wrapped(to: 3) == ["abc", "def", "gh"])
    #expect("".wrapped(to: 3) == [""])
    for line in "居民反映楼道灯不亮 since Monday，已联系物业 please check".wrapped(to: 9) {
      #expect(line.displayWidth <= 9)
    }
  }
}
