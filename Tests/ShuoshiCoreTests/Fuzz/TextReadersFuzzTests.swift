import Foundation
import ShuoshiCore
import Testing

/// SplitMix64, so each run of these tests replays exactly (`SHUOSHI_FUZZ_SEED` changes it).
private struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

private let seed =
  ProcessInfo.processInfo.environment["SHUOSHI_FUZZ_SEED"].flatMap(UInt64.init)
  ?? 20_261_128
/// 1,500 per test in CI, times `SHUOSHI_FUZZ_SCALE` (10 in `tests/fault/run.sh --full`).
private let iterations =
  1_500 * (ProcessInfo.processInfo.environment["SHUOSHI_FUZZ_SCALE"].flatMap(Int.init) ?? 1)

/// Hostile text for the pure readers under the register import: the CSV parser, the address
/// parser and Chinese numerals. No input may trap; the CSV parser's line numbers stay inside
/// the text and RFC 4180 files read back exactly.
@Suite("Fuzz: CSV, address and numeral readers")
struct TextReadersFuzzTests {
  /// Regression: a run of 19 or more Chinese numerals before 栋/号/组 overflowed `Int` and
  /// trapped (`shuoshi import households` died with SIGILL on such an address cell).
  @Test func longNumeralRunsAreKeptNotOverflowed() {
    let run = String(repeating: "九", count: 21)
    #expect(ChineseNumber.digits(in: run + "栋") == run + "栋")
    #expect(
      ChineseNumber.digits(in: String(repeating: "九", count: 18) + "栋") == String(
        repeating: "9", count: 18) + "栋")
    let parsed = AddressParser.parse("六堰社区\(run)栋2单元502")
    #expect(parsed.address.building == run)
    _ = AddressParser.parse(String(repeating: "一二三四五六七八九零", count: 500) + "组15号")
  }

  static let addressPieces: [String] = [
    "六堰社区", "七里垭村", "六堰", "3", "02", "99999999999999999999", "栋", "幢", "号楼", "楼",
    "单元", "室", "组", "号", "-", "—", "－", "三", "十", "百", "零", "两", "九", "〇", "壹", "拾",
    "佰", "３", "０", " ", "\u{3000}", "(", "）", "第", "网格", "😀", "👨‍👩‍👧", "\u{0}", "\u{7}",
    "\u{FEFF}", "\u{200D}", "\n", "\"", ",", "a", "Z", "é", "\u{301}",
  ]

  @Test func addressesAndNumeralsNeverTrap() {
    var rng = SplitMix(state: seed)
    let units = [
      AddressParser.UnitName(name: "六堰社区", kind: .community),
      AddressParser.UnitName(name: "七里垭村", kind: .village),
    ]
    for _ in 0..<(iterations * 10) {
      let n = Int.random(in: 0..<40, using: &rng)
      var text = ""
      for _ in 0..<n {
        let piece = Self.addressPieces.randomElement(using: &rng)!
        text +=
          Bool.random(using: &rng)
          ? piece : String(repeating: piece, count: Int.random(in: 1..<30, using: &rng))
      }
      let parsed = AddressParser.parse(text, units: units)
      _ = parsed.address.key
      _ = ChineseNumber.digits(in: text)
      _ = AddressNormalizer.normalize(text)
      _ = PhoneNumber.digits(text)
    }
  }

  static let csvPieces: [String] = [
    ",", "\"", "\"\"", "\r", "\n", "\r\n", "\t", "a", "漏水", " ", "\u{0}", "\u{FEFF}", "😀",
    "\u{2028}", "\u{85}", "é", "e\u{301}",
  ]

  @Test func csvLinesStayInsideTheText() {
    var rng = SplitMix(state: seed &+ 1)
    for i in 0..<(iterations * 4) {
      let text = (0..<Int.random(in: 0..<60, using: &rng)).map { _ in
        Self.csvPieces.randomElement(using: &rng)!
      }.joined()
      let breaks = text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count
      do {
        let records = try CSVParser.parse(text)
        let lines = records.map(\.line)
        #expect(
          lines == lines.sorted() && Set(lines).count == lines.count,
          "\(i): \(text.debugDescription) → \(lines)")
        #expect(
          lines.allSatisfy { $0 >= 1 && $0 <= breaks + 1 },
          "\(i): \(text.debugDescription) → \(lines)")
      } catch {
        #expect(text.contains("\""), "\(i): refused without a quote: \(text.debugDescription)")
        #expect(
          error.line >= 1 && error.line <= breaks + 1,
          "\(i): \(text.debugDescription) → line \(error.line)")
      }
    }
  }

  /// Any table written the RFC 4180 way (every field quoted, quotes doubled) reads back as it
  /// was, whatever the fields hold, with CRLF, LF or CR between records.
  @Test func quotedTablesRoundTrip() throws {
    var rng = SplitMix(state: seed &+ 2)
    for i in 0..<iterations {
      let width = Int.random(in: 1..<6, using: &rng)
      let rows = (0..<Int.random(in: 1..<8, using: &rng)).map { _ in
        (0..<width).map { c in
          // The first field is never blank, so no row is skipped as Excel's trailing `,,,`.
          (c == 0 ? "x" : "")
            + (0..<Int.random(in: 0..<6, using: &rng)).map { _ in
              Self.csvPieces.randomElement(using: &rng)!
            }.joined()
        }
      }
      let end = ["\r\n", "\n", "\r"].randomElement(using: &rng)!
      let text = rows.map { row in
        row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(
          separator: ",")
      }.joined(separator: end)
      let read = try CSVParser.parse(text, separator: ",").map(\.fields)
      // Line breaks inside quotes read as \n, whatever the file used.
      let expected = rows.map { row in
        row.map { field in
          String(
            String.UnicodeScalarView(
              field.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.map {
                $0 == "\r" ? "\n" : $0
              }))
        }
      }
      #expect(read == expected, "\(i): \(text.debugDescription)")
    }
  }
}
