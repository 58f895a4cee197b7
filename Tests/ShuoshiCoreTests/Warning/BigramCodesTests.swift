import Foundation
import TestSupport
import Testing

@testable import ShuoshiCore

/// The integer bigram codes give the same bigrams, and so exactly the same similarity, as
/// the `Set<String>` they replace: on the scenarios, on texts of every kind a booth
/// meets (full-width, emoji, combining marks, compatibility ideographs, very long), and the
/// fast path's table agrees with `Character` on every scalar it holds.
@Suite("Bigram codes")
struct BigramCodesTests {
  typealias T = MatterLinkerTests

  /// Texts the fast path does not take, or takes at its edges.
  static let odd: [String] = [
    "", "。", "水", "停水！", "ＡＢ栋３号楼漏水", "中瑞物业\r\n不修", "物业👍👍🏽不管", "👨‍👩‍👧 一家没水",
    "cafe\u{301} café", "e\u{301}", "\u{F900}\u{F901}漏水", "\u{8C48}\u{66F4}漏水", "한글 물 ᄀ\u{1161}",
    "か\u{3099}が", "〇〇七厂拖欠工资", "A·B物业", "楼上\u{200D}漏水", "①②③ 停电", "Ⅻ号楼",
    String(repeating: "一二三四五六七八九十百千万亿", count: 40),
    (0..<600).map { String(Character(Unicode.Scalar(0x4E00 + $0 * 7)!)) }.joined()
      + "，水，电，气",
  ]

  static var corpus: [String] { (T.compound + T.noise).map(\.text) + odd }

  @Test func everyTextHasItsBigramsAndEveryPairTheSameSimilarity() {
    let texts = Self.corpus
    let codes = texts.map(BigramCodes.of)
    let strings = texts.map(BigramReference.bigrams)
    for (c, s) in zip(codes, strings) {
      #expect(c.count == s.count)
      #expect(c == c.sorted() && Set(c).count == c.count)
    }
    for i in texts.indices {
      for j in texts.indices {
        #expect(
          BigramCodes.jaccard(codes[i], codes[j])
            == BigramReference.jaccard(strings[i], strings[j]), "\(texts[i]) / \(texts[j])")
      }
    }
  }

  @Test func canonicallyEqualCharactersHaveOneCode() {
    #expect(BigramCodes.of("\u{F900}漏水") == BigramCodes.of("\u{8C48}漏水"))
    #expect(BigramCodes.of("cafe\u{301}") == BigramCodes.of("café"))
    #expect(BigramCodes.of("ｂ３栋") == BigramCodes.of("b3栋"))
    #expect(BigramCodes.of("停水") != BigramCodes.of("停电"))
  }

  /// The fast path reads scalars as characters: each scalar of the table is one character
  /// beside any other (CR LF aside, both separators), its own canonical form, and a letter
  /// exactly when `Character` says so.
  @Test func theFastPathTableAgreesWithCharacterOnEveryScalar() {
    var scalars: [Unicode.Scalar] = []
    for v in 0..<UInt32(BigramCodes.table.count) where BigramCodes.table[Int(v)] != 0 {
      let s = Unicode.Scalar(v)!
      scalars.append(s)
      let ch = Character(s)
      #expect((BigramCodes.table[Int(v)] == 2) == (ch.isLetter || ch.isNumber || ch == "·"))
      #expect(String(ch).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([s]))
    }
    #expect(scalars.count > 27_000)
    // Each scalar after itself and after a Han letter, and the whole table in a row.
    var run = String.UnicodeScalarView()
    for s in scalars where s != "\r" {
      run.append("水")
      run.append(s)
      run.append(s)
    }
    #expect(String(run).count == run.count)
  }

  @Test func theLimitKeepsTheFirstFourHundredAsTheSetDid() {
    let long = Self.odd[Self.odd.count - 1]
    #expect(BigramCodes.of(long).count == BigramReference.bigrams(long).count)
    #expect(BigramCodes.of(long).count > 400)
  }
}
