import Testing

@testable import TerminalUI

/// Terminal input bytes to scalars. Regression: ncurses's `wget_wch` stopped taking input
/// after an invalid sequence such as `C3 28`; input is now read byte by byte and decoded by
/// `UTF8Assembler`, which drops bad bytes at once (tests/fault/console-hostile.sh sends them
/// to the real console).
@Suite("UTF-8 input bytes")
struct UTF8AssemblerTests {
  func decode(_ bytes: [UInt8]) -> String {
    var a = UTF8Assembler()
    var out = String.UnicodeScalarView()
    for b in bytes { if let s = a.feed(b) { out.append(s) } }
    return String(out)
  }

  @Test func validTextPassesWhole() {
    let text = "王秀英 13812345678 楼上漏水😀👨‍👩‍👧🇨🇳é"
    #expect(decode(Array(text.utf8)) == text)
    #expect(decode([0x44, 0xEF, 0xBF, 0xBD, 0x23]) == "D\u{FFFD}#")  // a real U+FFFD is text
  }

  @Test func invalidBytesNeverSwallowWhatFollows() {
    #expect(decode([0xC3, 0x28] + Array("记".utf8)) == "(记")
    #expect(decode([0xFF, 0xFE] + Array("ab".utf8)) == "ab")
    #expect(decode([0xED, 0xA0, 0x80] + Array("x".utf8)) == "x")  // a surrogate
    #expect(decode([0xC0, 0xAF, 0x41]) == "A")  // overlong '/'
    #expect(decode([0xF4, 0x90, 0x80, 0x80, 0x42]) == "B")  // past U+10FFFF
    #expect(decode([0xE6, 0xB0] + Array("卯".utf8)) == "卯")  // cut short by the next character
    var a = UTF8Assembler()
    #expect(a.feed(0xE6) == nil && a.isPending)
    a.reset()
    #expect(!a.isPending && a.feed(0x41) == "A")
  }

  /// Random bytes decode to what the standard library's decoder gives, less its errors: the
  /// same maximal-subpart rule, with bad bytes dropped. (The errors are skipped as errors, not
  /// by filtering U+FFFD from a decoded string: random bytes can spell a real U+FFFD, EF BF BD,
  /// which must pass through — that made this test fail about once in fifteen runs.)
  @Test func randomBytesMatchTheStandardDecoder() {
    var rng = SystemRandomNumberGenerator()
    let alphabet: [UInt8] = [
      0x00, 0x1F, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE6,
      0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
    ]
    for _ in 0..<20_000 {
      let bytes = (0..<Int.random(in: 0..<12, using: &rng)).map { _ in
        Bool.random(using: &rng)
          ? alphabet.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
      }
      var expected = String.UnicodeScalarView()
      var input = bytes.makeIterator()
      var utf8 = UTF8()
      decoding: while true {
        switch utf8.decode(&input) {
        case .scalarValue(let s): expected.append(s)
        case .error: continue
        case .emptyInput: break decoding
        }
      }
      #expect(decode(bytes) == String(expected), "\(bytes.map { String($0, radix: 16) })")
    }
  }
}
